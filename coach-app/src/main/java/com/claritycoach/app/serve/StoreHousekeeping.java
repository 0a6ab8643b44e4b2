package com.claritycoach.app.serve;

import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.RetentionPurge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's periodic clean-up, so that nothing is kept longer than it is needed: delivery ids once
 * the platform has stopped redelivering, and, when the operator set {@code COACH_RETENTION_DAYS},
 * closed check-ins (answers, conversations, the coach's sent messages) past that period. A failed run
 * is logged and simply tried again at the next one.
 */
final class StoreHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(StoreHousekeeping.class);
    /** Slack retries a delivery for about an hour; ids are kept well beyond that, then purged. */
    static final Duration DELIVERY_RETENTION = Duration.ofDays(2);
    private static final long INTERVAL_MINUTES = 60;

    private final CoachStore store;
    private final Clock clock;
    private final Optional<Duration> retention;

    StoreHousekeeping(CoachStore store, Clock clock, Optional<Duration> retention) {
        this.store = store;
        this.clock = clock;
        this.retention = retention;
    }

    /** Runs {@link #runOnce()} a minute after start and then every hour, on one daemon thread; closing stops it. */
    AutoCloseable start() {
        ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-housekeeping");
            t.setDaemon(true);
            return t;
        });
        purger.scheduleWithFixedDelay(this::runOnce, 1, INTERVAL_MINUTES, TimeUnit.MINUTES);
        return purger::shutdownNow;
    }

    void runOnce() {
        Instant now = clock.instant();
        try {
            store.inTransaction(tx -> tx.purgeDeliveries(now.minus(DELIVERY_RETENTION)));
        } catch (RuntimeException e) {
            LOG.warn("Could not purge old delivery ids: {}", e.getMessage());
        }
        retention.ifPresent(period -> purgeCheckIns(now, period));
    }

    private void purgeCheckIns(Instant now, Duration period) {
        try {
            RetentionPurge purged = store.inTransaction(tx -> tx.purgeClosedCheckIns(now.minus(period)));
            if (purged.deletedAnything()) {
                LOG.info("Retention ({} days): deleted {} closed check-ins with {} answers and {} conversations, "
                                + "and {} sent messages", period.toDays(), purged.checkIns(), purged.answers(),
                        purged.conversations(), purged.messages());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not delete check-ins past the retention period: {}", e.getMessage());
        }
    }
}
