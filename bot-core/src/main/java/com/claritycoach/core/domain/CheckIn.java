package com.claritycoach.core.domain;

import java.time.Instant;

/** One round of coaching for a team: a playbook asked of every member between two instants. */
public record CheckIn(long id, long teamId, String playbookId, Instant opened, Instant closes, CheckInState state) {
    public boolean isOpen() {
        return state == CheckInState.OPEN;
    }
}
