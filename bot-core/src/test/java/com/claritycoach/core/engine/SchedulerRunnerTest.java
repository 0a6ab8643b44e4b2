package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.schedule.Scheduler;
import com.claritycoach.core.schedule.SchedulerRunner;
import com.claritycoach.core.store.StoreTx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background runner ticks on its own and says when a tick queued something. */
class SchedulerRunnerTest {
    @TempDir
    Path dir;

    @Test
    void runnerOpensTheDueCheckInInTheBackgroundAndKicksDelivery() throws Exception {
        try (Transcript t = Transcript.open(dir)) {
            t.clock().set(Instant.parse("2026-11-20T12:00:00Z"));
            t.joins("ada").runs("schedule weekly monday 09:00 UTC");
            t.clock().set(Instant.parse("2026-11-23T09:00:00Z"));
            CountDownLatch kicked = new CountDownLatch(1);

            try (SchedulerRunner runner = new SchedulerRunner(new Scheduler(t.store(), t.engine().scheduledWork(), t.clock()),
                    Duration.ofMillis(20), kicked::countDown)) {
                runner.start();
                assertThat(kicked.await(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(t.store().read((StoreTx tx) -> tx.currentCheckIn(tx.findTeam(t.teamRef()).orElseThrow().id()))).isPresent();
        }
    }
}
