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
 * "The business", "the university" or "stakeholders": a group cannot judge whether what we deliver is
 * fit for use; a person can. Reads what the answer names first ("the company I suppose", "the board,
 * they sign it off"), without whose group it is ("the client's board"), and fires when that is
 * <ul>
 * <li>the organisation or its owners, bare or whole ("the business", "our parent company", "the market",
 * "shareholders");</li>
 * <li>an institution or a unit of one, with at most one word saying which ("the university", "the
 * school district", "the local council", "the IT department", "the stroke unit");</li>
 * <li>a business function by name ("finance", "the legal side");</li>
 * <li>anything taken whole ("the entire sales org", "the team as a whole"; "the whole community" is
 * everyone, a rule before).</li>
 * </ul>
 * A person inside a group is a person ("small business owners", "the company's payroll clerk", "the
 * school nurse"), and so is a small team the answer names by its people ("the trial team (associate +
 * partner)"), so "team" alone is not a group here.
 */
public final class GroupNotPersonRule implements CoachingRule {
    public static final String ID = "group-not-person";

    private static final String AS_GROUP = "(?: side| as a whole| at large| overall| itself)?";
    private static final Pattern ORGANISATION = Pattern.compile("^(?:(?:whole|entire|wider|parent|local|central) )?"
            + "(?:business|company|firm|corporation|enterprise|market|industry|sector|business units?|board|trustees|"
            + "management|leadership|shareholders?|stakeholders?|c-suite|executive team|head office|hq|headquarters|"
            + "state|city|county|nhs|police)" + AS_GROUP + "$");
    private static final Pattern INSTITUTION = Pattern.compile("^(?:[\\w&-]+ )?"
            + "(?:organi[sz]ation|org|group|department|dept|division|unit|committee|council|authority|government|"
            + "ministry|municipality|university|college|school|academy|district|trust|hospital|ward|clinic|lab|"
            + "laboratory|institute|institution|library|foundation|charity|ngo|non-?profit|practice|partnership|"
            + "church|community|society|(?:school|health|advisory|governing) board)" + AS_GROUP + "$");
    private static final Pattern FUNCTION = Pattern.compile("^(?:finance|legal|hr|it|ops|operations|sales|marketing|"
            + "procurement|compliance|accounting|audit|engineering|treasury|payroll)" + AS_GROUP + "$");
    private static final Pattern WHOLE = Pattern.compile("^(?:whole|entire) .+|.+ as a whole$");
    private static final Pattern WHOSE = Pattern.compile("^(?:[\\w&.-]+ ){0,2}[\\w&.-]+(?:'s|s') ");
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
        String named = AnswerText.withoutArticles(WHOSE.matcher(AnswerText.withoutArticles(text.nounPhrase()))
                .replaceFirst(""));
        boolean group = ORGANISATION.matcher(named).matches() || INSTITUTION.matcher(named).matches()
                || FUNCTION.matcher(named).matches() || WHOLE.matcher(named).matches()
                || STAKEHOLDERS.matcher(text.normal()).find();
        if (!group) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "A group can't tell us whether what we deliver is fit for use; a person can.",
                "Who, as one person, judges whether what you deliver really works for them?"));
    }
}
