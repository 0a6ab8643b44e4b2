package com.claritycoach.core.coaching;

import com.claritycoach.core.coaching.rules.EveryoneIsCustomerRule;
import com.claritycoach.core.coaching.rules.GroupNotPersonRule;
import com.claritycoach.core.coaching.rules.ManagerAsCustomerRule;
import com.claritycoach.core.coaching.rules.ResourceAsCustomerRule;
import com.claritycoach.core.coaching.rules.TooManyCustomersRule;
import com.claritycoach.core.coaching.rules.VagueAnswerRule;
import com.claritycoach.core.playbook.Prompt;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Runs the coaching rules over an answer in a fixed order of precedence. */
public final class CoachingRules {
    private final List<CoachingRule> rules;

    public CoachingRules(List<CoachingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule id, in order of precedence; summaries list flags in this order. */
    public static final List<String> RULE_IDS = List.of(VagueAnswerRule.ID, ManagerAsCustomerRule.ID,
            EveryoneIsCustomerRule.ID, TooManyCustomersRule.ID, GroupNotPersonRule.ID, ResourceAsCustomerRule.ID);

    /**
     * The product's rules, most telling trap first: a non-answer, then the member's own manager (a
     * named person says more than a quantifier, so "whoever I report to" is the manager, not
     * "everyone"), then everyone, a long list, a group, and a resource.
     */
    public static CoachingRules standard() {
        return new CoachingRules(List.of(new VagueAnswerRule(), new ManagerAsCustomerRule(),
                new EveryoneIsCustomerRule(), new TooManyCustomersRule(), new GroupNotPersonRule(),
                new ResourceAsCustomerRule()));
    }

    /**
     * The first rule (in precedence order, applicable to the prompt's kind, not yet fired) that fires: the
     * one flag an answer gets, in a chat and in an imported file alike.
     */
    public Optional<Nudge> firstNudge(Prompt prompt, String answer, MemberContext context, Set<String> alreadyFired) {
        return rules.stream()
                .filter(r -> r.appliesTo().contains(prompt.kind()) && !alreadyFired.contains(r.id()))
                .map(r -> r.check(prompt, answer, context))
                .flatMap(Optional::stream)
                .findFirst();
    }

    public List<CoachingRule> rules() {
        return rules;
    }
}
