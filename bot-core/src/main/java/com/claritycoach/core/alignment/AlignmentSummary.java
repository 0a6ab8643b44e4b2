package com.claritycoach.core.alignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far a team agrees on its ultimate customer, and where each member's work loses sight of that
 * customer: the product's payoff, computed from one check-in (plus earlier ones for the trend).
 *
 * @param alignmentScore members in the largest customer group / respondents to customer questions (0..1)
 * @param customerRespondents members who answered a customer question
 * @param flags per coaching rule id: every standard id, in precedence order, then any other rule that fired
 * @param undecided pairs of customer groups the model could not call, closest first, for a manager to decide
 * @param trend earlier check-ins then this one, oldest first
 * @param answers the answers summarised, with the coaching flags each fell into
 */
public record AlignmentSummary(
        String checkIn,
        Participation participation,
        double alignmentScore,
        int customerRespondents,
        List<Group> customerGroups,
        List<UndecidedPair> undecided,
        List<Group> notCustomers,
        LineOfSight lineOfSight,
        List<Group> enablers,
        List<Group> nonEnablers,
        List<Group> measures,
        List<Group> listening,
        Map<String, FlagCount> flags,
        List<TrendPoint> trend,
        List<AnswerRecord> answers) {

    public AlignmentSummary {
        customerGroups = List.copyOf(customerGroups);
        undecided = List.copyOf(undecided);
        answers = List.copyOf(answers);
        notCustomers = List.copyOf(notCustomers);
        enablers = List.copyOf(enablers);
        nonEnablers = List.copyOf(nonEnablers);
        measures = List.copyOf(measures);
        listening = List.copyOf(listening);
        flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        trend = List.copyOf(trend);
    }

    public int distinctCustomers() {
        return customerGroups.size();
    }

    /** The customer most members named, if anyone named one. */
    public Optional<Group> topCustomer() {
        return customerGroups.stream().findFirst();
    }

    /** The previous check-in's point, when there is one. */
    public Optional<TrendPoint> previous() {
        return trend.size() < 2 ? Optional.empty() : Optional.of(trend.get(trend.size() - 2));
    }
}
