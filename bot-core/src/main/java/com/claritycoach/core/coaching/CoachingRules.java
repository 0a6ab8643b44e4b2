package com.claritycoach.core.coaching;

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

    /** The product's rules, most telling trap first. */
    public static CoachingRules standard() {
        return new CoachingRules(List.of());
    }

    /** The first rule (in precedence order, applicable to the prompt's kind, not yet fired) that fires. */
    public Optional<Nudge> firstNudge(Prompt prompt, String answer, MemberContext context, Set<String> alreadyFired) {
        return rules.stream()
                .filter(r -> r.appliesTo().contains(prompt.kind()) && !alreadyFired.contains(r.id()))
                .map(r -> r.check(prompt, answer, context))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Every rule that fires on the answer; used for answers imported without a conversation. */
    public List<Nudge> allNudges(Prompt prompt, String answer, MemberContext context) {
        return rules.stream()
                .filter(r -> r.appliesTo().contains(prompt.kind()))
                .map(r -> r.check(prompt, answer, context))
                .flatMap(Optional::stream)
                .toList();
    }

    public List<CoachingRule> rules() {
        return rules;
    }
}
