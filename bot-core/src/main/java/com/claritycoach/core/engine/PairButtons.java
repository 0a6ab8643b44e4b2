package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Wording;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.inbound.PairButtonClicked;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Same or Different under a pair of wordings the summary asked about: the decision the typed command
 * would make (Same is {@code merge <second> into <first>}, Different is {@code split <second> from
 * <first>}), by a manager only; anyone else is told privately that managers decide, and nothing changes.
 */
final class PairButtons {
    static final String DECIDING = "decide whether two wordings name the same customer";
    private static final Logger LOG = LoggerFactory.getLogger(PairButtons.class);

    private final ManagerGate gate;

    PairButtons(ManagerGate gate) {
        this.gate = gate;
    }

    void clicked(Step step, PairButtonClicked click, MemberProfile profile) {
        Optional<Team> team = step.tx().findTeam(click.team());
        if (team.isEmpty()) {
            LOG.debug("Ignoring a Same/Different click for a team the coach does not know");
            return;
        }
        TeamMember asker = ManagerGate.asker(step, team.get(), click.by(), profile);
        gate.admit(new CommandContext(step, team.get(), asker, "", List.of()), DECIDING)
                .ifPresent(manager -> decide(manager, click));
    }

    private static void decide(CommandContext ctx, PairButtonClicked click) {
        String first = Wording.normalise(click.first());
        String second = Wording.normalise(click.second());
        if (first.isEmpty() || second.isEmpty()) {
            ctx.reply("That button names no wording I can read; say merge <wording> into <wording> "
                    + "or split <wording> from <wording> instead.");
            return;
        }
        switch (click.verdict()) {
            case SAME -> WordingDecisions.merge(ctx, second, first);
            case DIFFERENT -> WordingDecisions.split(ctx, second, first);
        }
    }
}
