package com.claritycoach.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's weekly check-in slot as people say it: a day and a wall-clock time in a time zone. The
 * instant is worked out per week, so 09:00 stays 09:00 local across daylight-saving changes.
 *
 * @param since when the schedule was set; earlier slots never fire, so setting a schedule never
 *              opens a check-in for a slot that has already passed
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time, ZoneId zone, Instant since) {
    public WeeklySchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(since, "since");
    }

    /** The latest slot at or before {@code now} that is not older than the schedule itself, if any. */
    public Optional<Instant> latestAtOrBefore(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime slot = local.with(TemporalAdjusters.previousOrSame(day)).with(time);
        if (slot.toInstant().isAfter(now)) {
            slot = slot.minusWeeks(1).with(time);
        }
        Instant at = slot.toInstant();
        return at.isBefore(since) ? Optional.empty() : Optional.of(at);
    }

    /** The first slot strictly after {@code now}. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime slot = local.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!slot.toInstant().isAfter(now)) {
            slot = slot.plusWeeks(1).with(time);
        }
        return slot.toInstant();
    }

    /** The same wall-clock slot seen from another zone: the instant a member there is asked in the week of {@code slot}. */
    public Instant inZone(Instant slot, ZoneId memberZone) {
        return slot.atZone(zone).toLocalDate().atTime(time).atZone(memberZone).toInstant();
    }
}
