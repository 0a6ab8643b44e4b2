package com.claritycoach.core.schedule;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.store.CoachStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does all due scheduled work once: opens weekly check-ins, asks members at their local hour, sends
 * reminders and closes check-ins at their deadline. Teams and check-ins are read in pages, and one
 * team's failure never stops the others.
 */
public final class Scheduler {
    static final int PAGE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final CoachStore store;
    private final ScheduledWork work;
    private final Clock clock;

    public Scheduler(CoachStore store, ScheduledWork work, Clock clock) {
        this.store = store;
        this.work = work;
        this.clock = clock;
    }

    /**
     * Runs everything due at the clock's current instant.
     *
     * @return how many things were done (check-ins opened, members asked, reminders, closes)
     */
    public int tick() {
        Instant now = clock.instant();
        return openDue(now) + progressOpen(now);
    }

    private int openDue(Instant now) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> teams = store.read(tx -> tx.scheduledTeams(from, PAGE));
            for (long teamId : teams) {
                try {
                    done += work.openIfDue(teamId, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.warn("Could not open the scheduled check-in of team {}: {}", teamId, e.toString());
                }
                after = teamId;
            }
            if (teams.size() < PAGE) {
                return done;
            }
        }
    }

    private int progressOpen(Instant now) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<CheckIn> open = store.read(tx -> tx.openCheckIns(from, PAGE));
            for (CheckIn checkIn : open) {
                try {
                    done += work.progress(checkIn, now);
                } catch (RuntimeException e) {
                    LOG.warn("Could not move check-in {} along: {}", checkIn.id(), e.toString());
                }
                after = checkIn.id();
            }
            if (open.size() < PAGE) {
                return done;
            }
        }
    }
}
