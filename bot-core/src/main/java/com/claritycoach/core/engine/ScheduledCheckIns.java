package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.schedule.ScheduledWork;
import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.schedule.WeeklySchedule;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach's side of the weekly rhythm. Every action first claims its job row ({@code open} at the
 * slot, {@code ask <member>} at the member's local slot, {@code remind} and {@code close} at their
 * instants) in the same transaction as its effects, so exactly one instance fires it even when
 * several share the database, and a failed step leaves it unclaimed for the next tick. A scheduled
 * check-in closes one deadline after its slot, which is how it is told from one a manager started.
 */
public final class ScheduledCheckIns implements ScheduledWork {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledCheckIns.class);

    private final CoachStore store;
    private final Directory directory;
    private final PlaybookCatalog catalog;
    private final CheckInOpener opener;
    private final CheckInCloser closer;
    private final Reminders reminders;

    ScheduledCheckIns(CoachStore store, Directory directory, PlaybookCatalog catalog, CheckInOpener opener,
                      CheckInCloser closer, Reminders reminders) {
        this.store = store;
        this.directory = directory;
        this.catalog = catalog;
        this.opener = opener;
        this.closer = closer;
        this.reminders = reminders;
    }

    @Override
    public boolean openIfDue(long teamId, Instant now) {
        Optional<Due> due = store.read(tx -> due(tx, teamId, now));
        if (due.isEmpty()) {
            return false;
        }
        Instant slot = due.get().slot();
        List<MemberProfile> roster = due.get().blocked() ? List.of() : roster(due.get().team().ref());
        return store.inTransaction(tx -> {
            TeamSettings settings = tx.teamSettings(teamId);
            if (due(tx, teamId, now).isEmpty() || !tx.claimJob(teamId, "open", slot, now)) {
                return false;
            }
            if (tx.currentCheckIn(teamId).isPresent()) {
                LOG.info("Team {} still has a check-in open at its weekly slot; skipping this week's", teamId);
                return false;
            }
            Optional<Playbook> playbook = opener.choose(tx, teamId, "");
            if (playbook.isEmpty()) {
                return false;
            }
            for (MemberProfile profile : roster) {
                tx.saveProfile(profile);
                tx.ensureMember(teamId, profile.ref());
            }
            List<TeamMember> members = tx.members(teamId);
            Instant closes = slot.plus(settings.deadline());
            List<TeamMember> askNow = settings.askAtLocalTime()
                    ? members.stream().filter(m -> askedAtOpening(settings.schedule(), slot, closes, now, m)).toList()
                    : members;
            opener.open(new Step(tx, now), due.get().team(), playbook.get(), closes, members, askNow, null);
            return true;
        });
    }

    /** A weekly slot that has come, is within its deadline and has not been claimed yet. */
    private record Due(Team team, Instant slot, boolean blocked) {
    }

    /**
     * The team's unclaimed due slot, if any. Read before the transaction, so that the platform is
     * asked for the roster only once per slot, and not at all when an open check-in blocks it.
     */
    private static Optional<Due> due(StoreTx tx, long teamId, Instant now) {
        TeamSettings settings = tx.teamSettings(teamId);
        Optional<Instant> slot = settings.schedule() == null ? Optional.empty() : settings.schedule().latestAtOrBefore(now);
        if (slot.isEmpty() || !now.isBefore(slot.get().plus(settings.deadline()))
                || tx.jobClaimed(teamId, "open", slot.get())) {
            return Optional.empty();
        }
        return tx.teamById(teamId).map(team -> new Due(team, slot.get(), tx.currentCheckIn(teamId).isPresent()));
    }

    /** The channel's members as the platform lists them; the members already known when it cannot. */
    private List<MemberProfile> roster(TeamRef team) {
        try {
            return directory.roster(team);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the roster of a {} channel; asking the members I know: {}",
                    team.tenant().platform(), e.toString());
            return List.of();
        }
    }

    @Override
    public int progress(CheckIn checkIn, Instant now) {
        if (!checkIn.closes().isAfter(now)) {
            return closeAtDeadline(checkIn, now) ? 1 : 0;
        }
        return askAtLocalHour(checkIn, now) + (remind(checkIn, now) ? 1 : 0);
    }

    private boolean closeAtDeadline(CheckIn checkIn, Instant now) {
        return store.inTransaction(tx -> {
            Optional<Team> team = tx.teamById(checkIn.teamId());
            Optional<CheckIn> current = tx.checkIn(checkIn.id()).filter(CheckIn::isOpen);
            if (team.isEmpty() || current.isEmpty() || !tx.claimJob(checkIn.teamId(), "close", checkIn.closes(), now)) {
                return false;
            }
            closer.close(new Step(tx, now), team.get(), current.get(), "The check-in has reached its deadline and is closed.");
            return true;
        });
    }

    private boolean remind(CheckIn checkIn, Instant now) {
        return store.inTransaction(tx -> {
            Instant due = checkIn.closes().minus(tx.teamSettings(checkIn.teamId()).reminderBefore());
            Optional<Team> team = tx.teamById(checkIn.teamId());
            if (due.isAfter(now) || team.isEmpty() || !tx.checkIn(checkIn.id()).map(CheckIn::isOpen).orElse(false)
                    || !tx.claimJob(checkIn.teamId(), "remind", due, now)) {
                return false;
            }
            reminders.send(new Step(tx, now), team.get(), checkIn);
            return true;
        });
    }

    /** Invites members of a local-time team whose own scheduled hour has come since the check-in opened. */
    private int askAtLocalHour(CheckIn checkIn, Instant now) {
        return store.inTransaction(tx -> {
            TeamSettings settings = tx.teamSettings(checkIn.teamId());
            WeeklySchedule schedule = settings.schedule();
            Optional<Team> team = tx.teamById(checkIn.teamId());
            Optional<Playbook> playbook = catalog.find(checkIn.playbookId());
            if (!settings.askAtLocalTime() || schedule == null || team.isEmpty() || playbook.isEmpty()) {
                return 0;
            }
            Optional<Instant> slot = schedule.latestAtOrBefore(checkIn.opened());
            if (slot.isEmpty() || !checkIn.closes().equals(slot.get().plus(settings.deadline()))) {
                return 0;
            }
            Step step = new Step(tx, now);
            Set<MemberRef> skipped = tx.skipped(checkIn.id());
            Set<MemberRef> invited = tx.conversations(checkIn.id()).stream().map(Conversation::member)
                    .collect(Collectors.toSet());
            int asked = 0;
            for (TeamMember m : tx.members(checkIn.teamId())) {
                Instant local = localSlot(schedule, slot.get(), m);
                if (!local.isAfter(now) && !skipped.contains(m.ref()) && !invited.contains(m.ref())
                        && tx.claimJob(checkIn.teamId(), askJob(m.ref()), local, now)) {
                    opener.invite(step, team.get(), checkIn, playbook.get(), m, null);
                    asked++;
                }
            }
            return asked;
        });
    }

    /**
     * Whether a local-time member is asked as the check-in opens: their own hour has come already, or
     * it would come only after the deadline, when asking would be too late.
     */
    private static boolean askedAtOpening(WeeklySchedule schedule, Instant slot, Instant closes, Instant now,
                                          TeamMember member) {
        Instant local = localSlot(schedule, slot, member);
        return !local.isAfter(now) || !local.isBefore(closes);
    }

    private static Instant localSlot(WeeklySchedule schedule, Instant slot, TeamMember member) {
        return schedule.inZone(slot, member.profile().timeZone());
    }

    private static String askJob(MemberRef member) {
        return "ask " + member.userId();
    }
}
