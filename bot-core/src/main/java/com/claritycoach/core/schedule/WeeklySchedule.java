package com.claritycoach.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        Instant at = slotOn(date);
        if (at.isAfter(now)) {
            at = slotOn(date.minusWeeks(1));
        }
        return at.isBefore(since) ? Optional.empty() : Optional.of(at);
    }

    /** The first slot strictly after {@code now}. */
    public Instant nextAfter(Instant now) {
        LocalDate date = now.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        Instant at = slotOn(date);
        return at.isAfter(now) ? at : slotOn(date.plusWeeks(1));
    }

    /** The same wall-clock slot seen from another zone: the instant a member there is asked in the week of {@code slot}. */
    public Instant inZone(Instant slot, ZoneId memberZone) {
        return ZonedDateTime.of(slot.atZone(zone).toLocalDate(), time, memberZone).toInstant();
    }

    /**
     * The slot's instant on one local date. Built from the date rather than by moving a zoned time,
     * so a time that happens twice when clocks fall back is one slot (its first occurrence) and a
     * time skipped when they spring forward moves on by the gap.
     */
    private Instant slotOn(LocalDate date) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
