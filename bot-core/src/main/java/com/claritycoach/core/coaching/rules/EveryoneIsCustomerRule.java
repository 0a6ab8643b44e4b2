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

/**
 * "Everyone is our customer": when everyone is, nobody's needs decide what the team does. Fires on a
 * quantifier over people in general ("everyone", "anyone who…", "all our users", "every customer",
 * "our customer base", "the whole community", "people in general"), not over a role ("all ward
 * nurses" is a role), not on one that a negation turns round ("not everyone", "can't release anyone"), and
 * not on "whoever", which picks out one person by what they do ("whoever signs the loadsheet").
 */
public final class EveryoneIsCustomerRule implements CoachingRule {
    public static final String ID = "everyone";

    private static final Pattern EVERYONE = AnswerText.anyWord(
            "everyone", "everybody", "anyone", "anybody",
            "all (?:of )?(?:our |the |its )?(?:end[- ]users|users|customers|clients|people|humans|stakeholders|staff|"
                    + "employees|members|colleagues|citizens|residents|consumers|departments|teams|parties)",
            "every (?:single )?(?:end[- ]user|user|customer|client|person|human|employee|member|department|team)",
            "(?:the |our )?(?:whole |entire )?(?:customer|user|client) base",
            "internal (?:and|&|\\+|/) external", "external (?:and|&|\\+|/) internal",
            "(?:the )?(?:general )?(?:world|public)(?=\\s*(?:$|[,.;:!?]))",
            "(?:the )?(?:whole|entire) (?:world|public|planet|country|nation|population|society|region|state|city|"
                    + "town|village|neighbou?rhood|community)",
            "the general population", "(?:people|consumers|users|customers|humans) (?:in general|at large)",
            "society at large", "humanity", "mankind");
    /** A negation earlier in the same clause: "not sure anyone reads it", "we can't release anyone". */
    private static final Pattern NEGATED = Pattern.compile("(?:\\bnot|n't|\\bnever|\\bno|\\bwithout|\\bhardly)\\b"
            + "[^,.;:!?()\\u2013\\u2014]*$");

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
        if (EVERYONE.matcher(text).results().allMatch(m -> NEGATED.matcher(text.substring(0, m.start())).find())) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "When everyone is the customer, no one's needs get to decide what we do, and the real customer gets lost.",
                "If you could delight only one person with your work, who would it be?"));
    }
}
