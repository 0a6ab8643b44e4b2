package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.message.Destination.ChannelPost;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens a check-in and invites members, the same way whether a manager said {@code start} or the
 * weekly schedule fired.
 */
final class CheckInOpener {
    private final PlaybookCatalog catalog;
    private final MemberFlow flow;

    CheckInOpener(PlaybookCatalog catalog, MemberFlow flow) {
        this.catalog = catalog;
        this.flow = flow;
    }

    /** The playbook named, else the team's chosen one, else the first-time or weekly default. */
    Optional<Playbook> choose(StoreTx tx, long teamId, String named) {
        if (!named.isBlank()) {
            return catalog.find(named);
        }
        String chosen = tx.teamSettings(teamId).playbookId();
        if (chosen != null && catalog.find(chosen).isPresent()) {
            return catalog.find(chosen);
        }
        boolean first = tx.checkIns(teamId).isEmpty();
        return first ? Optional.of(catalog.defaultPlaybook()) : catalog.find(PlaybookCatalog.WEEKLY)
                .or(() -> Optional.of(catalog.defaultPlaybook()));
    }

    /**
     * Opens the check-in, announces it in the channel and invites {@code invited} now; the rest of
     * {@code members} are counted and asked later (at their local hour).
     *
     * @param starter who started it, or null when the schedule did
     */
    CheckIn open(Step step, Team team, Playbook playbook, Instant closes, List<TeamMember> members,
                 List<TeamMember> invited, TeamMember starter) {
        CheckIn checkIn = step.tx().openCheckIn(team.id(), playbook.id(), step.now(), closes);
        String who = starter == null ? "The weekly " + playbook.title() + " check-in for " + team.name() + " is open"
                : starter.profile().displayName() + " started a " + playbook.title() + " check-in for " + team.name();
        String when = invited.size() == members.size() ? "I am messaging each of you privately now. "
                : "I will message each of you privately at the scheduled hour in your own time zone. ";
        step.send(new ChannelPost(team.ref()), who + ": " + playbook.size() + " questions for " + members.size()
                + (members.size() == 1 ? " member" : " members") + ". " + when
                + "It closes " + TimeFormat.of(checkIn.closes()) + ".");
        for (TeamMember member : invited) {
            invite(step, team, checkIn, playbook, member, starter);
        }
        return checkIn;
    }

    /**
     * Asks one member the first question (or queues it behind a check-in they are already in). The
     * conversation is saved once, by {@link MemberFlow#present} when the question is shown now.
     */
    void invite(Step step, Team team, CheckIn checkIn, Playbook playbook, TeamMember member, TeamMember starter) {
        StoreTx tx = step.tx();
        boolean busy = tx.openConversationsOf(member.ref()).stream().anyMatch(Conversation::isActive);
        Conversation conversation = Conversation.start(checkIn.id(), member.ref(), Places.NOT_PRESENTED);
        DirectMessage dm = new DirectMessage(member.ref());
        String opening = starter == null ? " The weekly check-in for " + team.name() + " is open"
                : " " + (starter.ref().equals(member.ref()) ? "You" : starter.profile().displayName())
                + " started a check-in for " + team.name();
        String intro = "Hi " + member.profile().displayName() + "!" + opening + ": " + playbook.size()
                + " short questions about who our ultimate customer is and how your work reaches them. "
                + "Type your answers here; say skip, back or pause any time, or skip this week if you are away.";
        if (busy) {
            tx.saveConversation(conversation);
            step.send(dm, intro + " I will start once you finish the check-in you are in.");
            return;
        }
        step.send(dm, intro);
        flow.present(step, new Place(team, checkIn, playbook, conversation));
    }
}
