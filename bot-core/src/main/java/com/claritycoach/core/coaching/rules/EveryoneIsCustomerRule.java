package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** "Everyone is our customer": when everyone is, nobody's needs decide what the team does. */
public final class EveryoneIsCustomerRule implements CoachingRule {
    public static final String ID = "everyone";

    private static final Pattern EVERYONE = AnswerText.anyWord(
            "everyone", "everybody", "anyone", "anybody", "whoever", "every one of (?:them|us)",
            "all (?:of )?(?:our |the )?(?:users|customers|clients|people|humans|stakeholders|of them|of us)",
            "internal and external", "external and internal",
            "(?:the )?(?:whole |entire |general )?(?:world|public)(?=\\s*(?:$|[,.;:!?]))");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.of(PromptKind.CUSTOMER, PromptKind.LISTENING, PromptKind.CUSTOMERS_CUSTOMER, PromptKind.RELIES_ON_ME);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        String text = new AnswerText(answer).normal();
        if (!EVERYONE.matcher(text).find() || text.matches(".*\\bnot (?:everyone|everybody|anyone|anybody)\\b.*")) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "When everyone is the customer, no one's needs get to decide what we do, and the real customer gets lost.",
                "If you could delight only one person with your work, who would it be?"));
    }
}
