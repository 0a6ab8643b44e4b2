package com.claritycoach.core.schedule;

import com.claritycoach.core.domain.CheckIn;
import java.time.Instant;

/**
 * What the scheduler asks the coach to do when time passes. Each call runs in its own transaction
 * and claims what it fires in the database, so instances sharing one may all call it safely.
 */
public interface ScheduledWork {

    /**
     * Opens the team's scheduled check-in if its weekly slot has come (and not gone by a whole deadline).
     *
     * @return whether this call opened it
     */
    boolean openIfDue(long teamId, Instant now);

    /**
     * Moves an open check-in along: asks members whose local hour has come, sends the one reminder,
     * or closes it at its deadline and posts the summary.
     *
     * @return how many of those things this call did
     */
    int progress(CheckIn checkIn, Instant now);
}
