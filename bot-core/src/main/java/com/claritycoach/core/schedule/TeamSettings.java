package com.claritycoach.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How a team's check-ins run, as its managers set them. Teams that never changed anything get
 * {@link #DEFAULTS}.
 *
 * @param schedule       the weekly slot, or null when check-ins are only started by hand
 * @param deadline       how long a check-in stays open, for scheduled and manual ones alike
 * @param reminderBefore how long before the deadline the one reminder goes out
 * @param playbookId     the playbook scheduled check-ins (and a plain {@code start}) use, or null for the usual choice
 * @param askAtLocalTime whether each member is asked at the scheduled hour in their own time zone
 * @param acceptLate     whether answers after the deadline are saved (their time shows they are late) rather than refused
 */
public record TeamSettings(WeeklySchedule schedule, Duration deadline, Duration reminderBefore, String playbookId,
                           boolean askAtLocalTime, boolean acceptLate) {
    public static final Duration DEFAULT_DEADLINE = Duration.ofHours(24);
    public static final Duration DEFAULT_REMINDER = Duration.ofHours(2);
    public static final TeamSettings DEFAULTS =
            new TeamSettings(null, DEFAULT_DEADLINE, DEFAULT_REMINDER, null, false, false);

    public TeamSettings {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(reminderBefore, "reminderBefore");
    }

    public TeamSettings withSchedule(WeeklySchedule value) {
        return new TeamSettings(value, deadline, reminderBefore, playbookId, askAtLocalTime, acceptLate);
    }

    public TeamSettings withDeadline(Duration value) {
        return new TeamSettings(schedule, value, reminderBefore, playbookId, askAtLocalTime, acceptLate);
    }

    public TeamSettings withReminderBefore(Duration value) {
        return new TeamSettings(schedule, deadline, value, playbookId, askAtLocalTime, acceptLate);
    }

    public TeamSettings withPlaybook(String value) {
        return new TeamSettings(schedule, deadline, reminderBefore, value, askAtLocalTime, acceptLate);
    }

    public TeamSettings withAskAtLocalTime(boolean value) {
        return new TeamSettings(schedule, deadline, reminderBefore, playbookId, value, acceptLate);
    }

    public TeamSettings withAcceptLate(boolean value) {
        return new TeamSettings(schedule, deadline, reminderBefore, playbookId, askAtLocalTime, value);
    }
}
