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
 * "The business" or "stakeholders": a group cannot judge whether what we deliver is fit for use; a
 * person can. Matches the whole answer, so "small business owners" (people) is not caught.
 */
public final class GroupNotPersonRule implements CoachingRule {
    public static final String ID = "group-not-person";

    private static final Pattern GROUP = Pattern.compile("^(?:the )?(?:whole |entire )?"
            + "(?:business|company|organi[sz]ation|org|enterprise|firm|corporation|group|department|division|"
            + "board|market|management|leadership|shareholders?|stakeholders?|c-suite|executive team)"
            + "(?: as a whole)?$");
    private static final Pattern STAKEHOLDERS = AnswerText.anyWord("stakeholders?", "shareholders?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.of(PromptKind.CUSTOMER, PromptKind.CUSTOMERS_CUSTOMER);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        AnswerText text = new AnswerText(answer);
        if (!GROUP.matcher(text.core()).matches() && !STAKEHOLDERS.matcher(text.normal()).find()) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "A group can't tell us whether what we deliver is fit for use; a person can.",
                "Who, as one person, judges whether what you deliver really works for them?"));
    }
}
