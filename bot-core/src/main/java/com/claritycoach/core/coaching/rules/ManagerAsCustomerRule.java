package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "My manager is my customer": pleasing the boss is not serving the customer. Fires on the member's
 * own manager ("my boss", "our director", a bare "manager", or a team manager's name), not on a
 * manager inside the customer's organisation ("the clinic's operations manager").
 */
public final class ManagerAsCustomerRule implements CoachingRule {
    public static final String ID = "manager-as-customer";

    private static final String ROLES = "(?:line |direct |team |project |product |engineering )?"
            + "(?:manager|boss|lead|supervisor|director|vp|vice president|head|superior|ceo|cto|cfo|coo|cio|"
            + "executives?|management|leadership team|higher[- ]ups?|bosses|managers)";
    private static final Pattern POSSESSIVE = AnswerText.anyWord("(?:my|our) " + ROLES);
    private static final Pattern BARE = Pattern.compile("^(?:the )?" + ROLES + "$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.of(PromptKind.CUSTOMER, PromptKind.LISTENING, PromptKind.CUSTOMERS_CUSTOMER);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        AnswerText text = new AnswerText(answer);
        boolean manager = POSSESSIVE.matcher(text.normal()).find() || BARE.matcher(text.trimmed()).matches()
                || namesAManager(text, context);
        if (!manager) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "Your manager is not your customer: managers help us reach the customer, but they are not the ones "
                        + "who use what we deliver.",
                "Whom does your manager's work serve? Follow that chain to the person who uses the result."));
    }

    private static boolean namesAManager(AnswerText text, MemberContext context) {
        String said = text.trimmed().replaceFirst("^@", "");
        return context.managerNames().stream()
                .map(n -> n.toLowerCase(Locale.ROOT).strip())
                .filter(n -> !n.isEmpty())
                .anyMatch(n -> said.equals(n) || said.equals(n.split("\\s+")[0]));
    }
}
