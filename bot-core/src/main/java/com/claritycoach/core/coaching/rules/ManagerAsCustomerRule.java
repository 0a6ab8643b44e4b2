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
 * own line of management, said three ways:
 * <ul>
 * <li>as theirs: "my boss", "my shift manager", "my TL", "our head of ops";</li>
 * <li>as the one they report to or who checks their work: "whoever I report to", "she's who checks
 * our work" (so "whoever I report to" is this trap, not "everyone");</li>
 * <li>by a team manager's name, as what the answer names first ("Maria I guess, she checks it");</li>
 * <li>bare, as what the answer names first: "the manager", "the ops director and finance",
 * "leadership"; or the company's leadership anywhere ("Deborah and the leadership team").</li>
 * </ul>
 * A manager inside the customer's world is not the trap ("the clinic's operations manager", "store
 * managers in our shops", "the team lead on each ward"), and on the customer's-customer question a
 * bare title is the customer's own ("the CFO"), so there a bare title does not count.
 */
public final class ManagerAsCustomerRule implements CoachingRule {
    public static final String ID = "manager-as-customer";

    private static final String TITLE = "(?:manager|boss|lead|leader|supervisor|director|vp|vice president|superior|"
            + "head(?: of [\\w&-]+)?|(?:director|vp) of [\\w&-]+|ceo|cto|cfo|coo|cio|tl|em|pm|skip[- ]level(?: manager)?)";
    private static final String LEADERS = "(?:managers|bosses|leads|leaders|supervisors|directors|superiors|"
            + "execs|executives|higher[- ]ups?|(?:senior |upper |executive )?(?:management|leadership)(?: team)?|"
            + "(?:exec|executive|senior|management) team|c-suite|slt|elt)";
    private static final String INTERNAL = "(?:line |direct |team |project |product |engineering |delivery |ops |"
            + "operations )";
    private static final Pattern MINE = AnswerText.anyWord("my (?:[\\w-]+ ){0,2}?(?:" + TITLE + "|" + LEADERS + "|skip)",
            "our " + INTERNAL + "?(?:" + TITLE + "|" + LEADERS + ")");
    private static final Pattern REPORTING_LINE = AnswerText.anyWord(
            "i (?:\\w+ )?report to", "(?:my|our) (?:team |group )?reports? to", "reporting line",
            "chain of command", "(?:checks|reviews|approves|signs off(?: on)?|grades|marks) (?:my|our) "
                    + "(?:work|code|prs?|output|reports?|timesheets?)");
    private static final Pattern BARE = Pattern.compile("^(?:the )?" + INTERNAL + "?(?:" + TITLE + "|" + LEADERS + ")$");
    private static final Pattern LEADERSHIP = AnswerText.anyWord(
            "(?<!'s )(?:senior|upper|executive|exec) (?:management|leadership)(?: team)?",
            "the (?:leadership|management|exec|executive|senior) team", "the (?:execs|higher[- ]ups|c-suite)");

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
        boolean own = MINE.matcher(text.normal()).find() || REPORTING_LINE.matcher(text.normal()).find()
                || namesAManager(text, context);
        boolean bare = prompt.kind() != PromptKind.CUSTOMERS_CUSTOMER
                && (BARE.matcher(text.head()).matches() || LEADERSHIP.matcher(text.normal()).find());
        if (!own && !bare) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "Your manager is not your customer: managers help us reach the customer, but they are not the ones "
                        + "who use what we deliver.",
                "Whom does your manager's work serve? Follow that chain to the person who uses the result."));
    }

    private static boolean namesAManager(AnswerText text, MemberContext context) {
        String said = text.head().replaceFirst("^@", "");
        return context.managerNames().stream()
                .map(n -> n.toLowerCase(Locale.ROOT).strip())
                .filter(n -> !n.isEmpty())
                .anyMatch(n -> said.equals(n) || said.equals(n.split("\\s+")[0]));
    }
}
