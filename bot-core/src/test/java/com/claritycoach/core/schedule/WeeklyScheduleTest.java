package com.claritycoach.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Weekly slots around daylight-saving changes, where a wall-clock time is missing or happens twice. */
class WeeklyScheduleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant SINCE = Instant.parse("2027-01-01T00:00:00Z");

    private static WeeklySchedule sundayAt(int hour, int minute) {
        return new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(hour, minute), NEW_YORK, SINCE);
    }

    @Test
    void aTimeThatHappensTwiceOnTheFallBackNightIsOneSlotAtItsFirstOccurrence() {
        WeeklySchedule schedule = sundayAt(1, 30);
        Instant first = Instant.parse("2027-11-07T05:30:00Z");

        assertThat(schedule.latestAtOrBefore(first)).contains(first);
        assertThat(schedule.latestAtOrBefore(Instant.parse("2027-11-07T06:40:00Z")))
                .as("01:40 EST, after the second 01:30").contains(first);
        assertThat(schedule.nextAfter(Instant.parse("2027-11-07T05:00:00Z"))).isEqualTo(first);
        assertThat(schedule.nextAfter(first)).isEqualTo(Instant.parse("2027-11-14T06:30:00Z"));
    }

    @Test
    void aTimeMissingOnTheSpringForwardNightMovesOnByTheGap() {
        WeeklySchedule schedule = sundayAt(2, 30);

        assertThat(schedule.nextAfter(Instant.parse("2027-03-14T06:00:00Z")))
                .as("03:30 EDT").isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        assertThat(schedule.latestAtOrBefore(Instant.parse("2027-03-14T07:29:00Z")))
                .as("last week's slot until then").contains(Instant.parse("2027-03-07T07:30:00Z"));
    }

    @Test
    void slotsBeforeTheScheduleWasSetNeverFire() {
        WeeklySchedule schedule = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK,
                Instant.parse("2027-11-08T15:00:00Z"));

        assertThat(schedule.latestAtOrBefore(Instant.parse("2027-11-08T16:00:00Z"))).isEmpty();
        assertThat(schedule.nextAfter(Instant.parse("2027-11-08T16:00:00Z")))
                .isEqualTo(Instant.parse("2027-11-15T14:00:00Z"));
    }

    @Test
    void eachMemberIsAskedAtTheSameWallClockTimeInTheirOwnZone() {
        WeeklySchedule schedule = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), SINCE);
        Instant slot = Instant.parse("2027-11-08T08:00:00Z");

        assertThat(schedule.inZone(slot, NEW_YORK)).isEqualTo(Instant.parse("2027-11-08T14:00:00Z"));
        assertThat(schedule.inZone(slot, ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse("2027-11-08T00:00:00Z"));
    }
}
