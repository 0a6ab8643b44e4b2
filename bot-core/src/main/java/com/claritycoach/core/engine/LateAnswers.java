package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.store.StoreTx;
import java.util.Optional;

/**
 * Where a message goes after the deadline when the member's team takes late answers: the member's
 * unfinished conversation in the team's latest, closed check-in. The saved answer's time, after the
 * check-in's deadline, is what marks it late.
 */
final class LateAnswers {
    private final Places places;

    LateAnswers(Places places) {
        this.places = places;
    }

    Optional<Place> place(StoreTx tx, MemberRef member) {
        for (Team team : tx.teamsOf(member)) {
            if (!tx.teamSettings(team.id()).acceptLate()) {
                continue;
            }
            Optional<CheckIn> latest = tx.latestCheckIn(team.id()).filter(c -> !c.isOpen());
            Optional<Place> place = latest.filter(c -> !tx.skipped(c.id()).contains(member))
                    .flatMap(c -> tx.conversation(c.id(), member))
                    .filter(c -> c.state() != ConversationState.DONE)
                    .flatMap(c -> places.load(tx, c));
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    static String note(Place place) {
        return "The check-in for " + place.team().name() + " has closed, but your team still takes late answers, "
                + "so I saved this one as late.";
    }
}
