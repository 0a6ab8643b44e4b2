package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.schedule.WeeklySchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How a team's schedule and timing settings read in replies. */
final class ScheduleText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);

    private ScheduleText() {
    }

    static String describe(TeamSettings settings, Instant now) {
        WeeklySchedule s = settings.schedule();
        String when = s == null
                ? "No weekly schedule: check-ins start when a manager says start. "
                        + "Set one with e.g. schedule weekly monday 09:00 Europe/Berlin."
                : "Check-ins open every " + s.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + s.time()
                        + " (" + s.zone().getId() + "). Next one: " + LOCAL.format(s.nextAfter(now).atZone(s.zone())) + ".";
        return when + "\nEach check-in stays open " + hours(settings.deadline()) + "; the reminder goes "
                + hours(settings.reminderBefore()) + " before the deadline. Playbook: "
                + (settings.playbookId() == null ? "the usual choice" : settings.playbookId()) + ". "
                + (settings.askAtLocalTime() ? "Members are asked at that hour in their own time zone."
                        : "Everyone is asked at once.")
                + (settings.acceptLate() ? " Late answers are saved, marked late." : " Late answers are politely refused.");
    }

    static String hours(Duration duration) {
        long h = duration.toHours();
        return h + (h == 1 ? " hour" : " hours");
    }
}
