package com.claritycoach.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.engine.Person;
import com.claritycoach.core.engine.Transcript;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The periodic clean-up of {@code serve}, run over a real SQLite file after a real check-in. */
class StoreHousekeepingTest {
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    @TempDir
    Path dir;

    @Test
    void closedCheckInIsDeletedOnceItsDeadlineIsOlderThanTheRetentionPeriod() {
        try (Transcript team = Transcript.open(dir)) {
            Person maria = team.joins("maria");
            Person ana = team.joins("ana");
            maria.runs("start");
            ana.says("Patients leave hospital a day sooner");
            maria.runs("close");
            StoreHousekeeping housekeeping = new StoreHousekeeping(team.store(), team.clock(), Optional.of(THIRTY_DAYS));

            team.clock().advance(THIRTY_DAYS);
            housekeeping.runOnce();
            assertThat(team.answers()).containsKey("ana");

            team.clock().advance(Duration.ofDays(1).plusMinutes(1));
            housekeeping.runOnce();
            assertThat(team.answers()).isEmpty();
            assertThat(ana.says("my answers").to(ana)).doesNotContain("Patients leave hospital");
        }
    }

    @Test
    void withoutARetentionPeriodClosedCheckInsAreKeptForever() {
        try (Transcript team = Transcript.open(dir)) {
            Person maria = team.joins("maria");
            maria.runs("start");
            maria.says("Patients leave hospital a day sooner");
            maria.runs("close");

            team.clock().advance(Duration.ofDays(3650));
            new StoreHousekeeping(team.store(), team.clock(), Optional.empty()).runOnce();

            assertThat(team.answers()).containsEntry("maria", Map.of("outcome", "Patients leave hospital a day sooner"));
        }
    }

    @Test
    void deliveryIdsAreForgottenAfterTwoDays() {
        try (Transcript team = Transcript.open(dir)) {
            team.store().inTransaction(tx -> tx.markDelivered(Transcript.TENANT, "Ev-1", team.clock().instant()));
            StoreHousekeeping housekeeping = new StoreHousekeeping(team.store(), team.clock(), Optional.empty());

            team.clock().advance(Duration.ofDays(1));
            housekeeping.runOnce();
            assertThat(redelivered(team)).isTrue();

            team.clock().advance(StoreHousekeeping.DELIVERY_RETENTION.plusMinutes(1));
            housekeeping.runOnce();
            assertThat(redelivered(team)).isFalse();
        }
    }

    /** Whether the store still remembers delivery Ev-1 (and so would drop it as a redelivery). */
    private static boolean redelivered(Transcript team) {
        return !team.store().inTransaction(tx -> tx.markDelivered(Transcript.TENANT, "Ev-1", team.clock().instant()));
    }
}
