package com.claritycoach.core.coaching.rules;

import com.claritycoach.core.coaching.CoachingRule;
import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.coaching.Nudge;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vendor, journalist or tool named as the customer: those are resources we use to reach the
 * customer. People-resources match anywhere; tools and systems only as the whole answer, so
 * "nurses who use the app" is not caught.
 */
public final class ResourceAsCustomerRule implements CoachingRule {
    public static final String ID = "resource-as-customer";

    private static final Pattern PEOPLE = AnswerText.anyWord(
            "journalists?", "press", "media", "reporters?", "newspapers?", "vendors?", "suppliers?", "agency",
            "agencies", "contractors?", "consultants?", "consultancy", "freelancers?", "outsourcers?", "recruiters?");
    private static final Pattern SYSTEMS = Pattern.compile("^(?:the |our )?(?:system|database|db|crm|erp|platform|"
            + "api|server|servers|backend|pipeline|cloud|tool|tools|jira|salesforce|sap|excel|confluence|servicenow|"
            + "hubspot|zendesk|github|gitlab|aws|azure|kubernetes|slack|teams|the app)$");

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
        Matcher people = PEOPLE.matcher(text.normal());
        String named;
        if (people.find()) {
            named = people.group();
        } else if (SYSTEMS.matcher(text.trimmed()).matches()) {
            named = text.core();
        } else {
            return Optional.empty();
        }
        return Optional.of(new Nudge(ID,
                "\"" + named + "\" sounds like a resource we use to reach the customer, not the customer.",
                "Is that the person our work exists for, or someone who helps us reach them? "
                        + "If it is a resource, who is at the end of that chain?"));
    }
}
