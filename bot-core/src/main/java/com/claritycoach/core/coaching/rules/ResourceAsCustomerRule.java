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
 * A vendor, journalist or tool named as the customer: those are resources we use to reach the
 * customer. Reads the noun phrase the answer names first ("the suppliers tbh, I'm on the phone with
 * them all day" names "the suppliers") and fires when it is
 * <ul>
 * <li>a supplier, an intermediary or the press ("wholesalers", "a journalist at the local paper"), or
 * someone of theirs ("the vendor's engineers");</li>
 * <li>a contractor, freelancer or consultant of ours ("our contractors", "the freelancers we hire"):
 * on their own these are often the customer ("the freelancer filing her own return");</li>
 * <li>software ({@link Systems}: "Salesforce tbh", "the client app", "our AWS account"), or a channel
 * such as "the helpdesk queue" except on the listening question, where it is how customers are heard;</li>
 * </ul>
 * or when the answer places them in our network ("garages in our network"). A resource word that
 * describes someone else is not the trap: "supplier quality engineers", "the media buyer at each
 * agency", "the funding agency's programme officer", "nurses who use the app".
 */
public final class ResourceAsCustomerRule implements CoachingRule {
    public static final String ID = "resource-as-customer";

    private static final String SUPPLY = "vendors?|suppliers?|wholesalers?|distributors?|resellers?|outsourcers?|"
            + "recruiters?|subcontractors?|consultancy|consultancies|isps?|msps?|"
            + "(?:service|hosting|cloud|internet|software|technology|it|solutions?) providers?|"
            + "(?<!funding |government |federal |state |public |regulatory |aid )agenc(?:y|ies)";
    private static final String PRESS = "journalists?|press|media|reporters?|(?:news)?papers?|broadcasters?|"
            + "(?:tv|radio|news) (?:stations?|channels?|outlets?|desks?)|news outlets?";
    private static final String HIRED = "contractors?|freelancers?|consultants?";

    private static final Pattern SUPPLY_OR_PRESS = Pattern.compile("(?:^|\\s)(?:" + SUPPLY + "|" + PRESS + ")$");
    private static final Pattern THEIRS = AnswerText.anyWord("(?:" + SUPPLY + "|" + PRESS + "|" + HIRED + ")(?:'s|')");
    private static final Pattern OURS = Pattern.compile("^(?:our|my) (?:[\\w-]+ )?(?:" + HIRED + ")$");
    private static final Pattern HIRED_BARE = Pattern.compile("(?:^|\\s)(?:" + HIRED + ")$");
    private static final Pattern WE_HIRE = Pattern.compile("^(?:we|i) (?:hire|use|pay|engage|book|bring in|contract)\\b");
    private static final Pattern OUR_NETWORK = AnswerText.anyWord(
            "(?:in|on|from) our (?:[\\w-]+ )?(?:network|panel|roster|supply chain)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<PromptKind> appliesTo() {
        return EnumSet.of(PromptKind.CUSTOMER, PromptKind.CUSTOMERS_CUSTOMER, PromptKind.LISTENING);
    }

    @Override
    public Optional<Nudge> check(Prompt prompt, String answer, MemberContext context) {
        AnswerText text = new AnswerText(answer);
        String phrase = text.nounPhrase();
        boolean resource = SUPPLY_OR_PRESS.matcher(phrase).find() || THEIRS.matcher(phrase).find()
                || OURS.matcher(phrase).matches()
                || (HIRED_BARE.matcher(phrase).find() && WE_HIRE.matcher(text.afterNounPhrase()).find())
                || Systems.software(AnswerText.withoutArticles(phrase))
                || (Systems.channel(AnswerText.withoutArticles(phrase)) && prompt.kind() != PromptKind.LISTENING)
                || OUR_NETWORK.matcher(text.normal()).find();
        if (!resource) {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "\"" + AnswerText.withoutArticles(phrase) + "\" sounds like a resource we use to reach the customer, "
                        + "not the customer.",
                "Is that the person our work exists for, or someone who helps us reach them? "
                        + "If it is a resource, who is at the end of that chain?"));
    }
}
