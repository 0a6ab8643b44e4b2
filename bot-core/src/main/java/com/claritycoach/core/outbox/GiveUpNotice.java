package com.claritycoach.core.outbox;

import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tells a team's managers privately that the coach gave up on a message, so a silent failure
 * (a member the bot cannot reach, a channel it was removed from) gets noticed. A removed bot or a
 * revoked token fails every message of a fan-out, so a team's managers are told once a day at most
 * (claimed in the store, so once across instances too); later failures that day are only logged. A
 * notice that itself fails is only logged, never noticed again, so failures cannot feed each other.
 */
final class GiveUpNotice {
    static final String PREFIX = "Delivery problem: ";
    static final String JOB = "delivery-problem-notice";

    private GiveUpNotice() {
    }

    static boolean isNotice(OutboundMessage message) {
        return message.text().startsWith(PREFIX);
    }

    /**
     * Queues one notice per manager of every team the failed message belonged to whose managers were
     * not told yet today; returns how many.
     */
    static int queue(StoreTx tx, OutboundMessage failed, String reason, Instant now) {
        Set<TeamMember> managers = new LinkedHashSet<>();
        List<String> teams = new ArrayList<>();
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        for (Team team : teamsOf(tx, failed.to())) {
            if (tx.claimJob(team.id(), JOB, today, now)) {
                teams.add(team.name());
                tx.members(team.id()).stream().filter(TeamMember::isManager).forEach(managers::add);
            }
        }
        for (TeamMember manager : managers) {
            tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(manager.ref()), PREFIX
                    + "I could not deliver a message to " + describe(failed.to()) + " (" + String.join(", ", teams)
                    + ") and have stopped trying: " + Objects.toString(reason, "no reason given") + ". Please check that I am still in the channel and "
                    + "can message that person. Further delivery problems in this team today are only logged."), now);
        }
        return managers.size();
    }

    private static List<Team> teamsOf(StoreTx tx, Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return tx.teamsOf(dm.member());
        }
        if (to instanceof Destination.ChannelPost post) {
            return tx.findTeam(post.team()).stream().toList();
        }
        return tx.findTeam(((Destination.PrivateReply) to).team()).stream().toList();
    }

    private static String describe(Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return "member " + dm.member().userId();
        }
        if (to instanceof Destination.ChannelPost) {
            return "the team channel";
        }
        return "member " + ((Destination.PrivateReply) to).member().userId() + " in the team channel";
    }
}
