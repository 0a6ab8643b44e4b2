package com.claritycoach.core.outbox;

import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends committed outbox rows through the platform's messenger and marks them sent. A failed send
 * is retried with exponential backoff and jitter (no sooner than a platform's Retry-After) and given
 * up after a bounded number of attempts; a permanent failure is given up at once. Rows are read in
 * small batches, so a large fan-out is never held in memory.
 */
public final class OutboxDispatcher {
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final CoachStore store;
    private final Messenger messenger;
    private final Clock clock;

    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock) {
        this.store = store;
        this.messenger = messenger;
        this.clock = clock;
    }

    /**
     * Sends every message that is due now.
     *
     * @return how many were sent
     */
    public int drainOnce() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxEntry> due = store.read(tx -> tx.pendingOutbox(now, BATCH));
            if (due.isEmpty()) {
                return sent;
            }
            for (OutboxEntry entry : due) {
                sent += deliver(entry) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(OutboxEntry entry) {
        try {
            messenger.send(entry.message(), entry.idempotencyKey());
            store.inTransaction(tx -> {
                tx.markSent(entry.id(), clock.instant());
                return null;
            });
            return true;
        } catch (DeliveryException e) {
            failed(entry, e);
            return false;
        } catch (RuntimeException e) {
            failed(entry, DeliveryException.transientFailure(e.toString(), e));
            return false;
        }
    }

    private void failed(OutboxEntry entry, DeliveryException e) {
        int attempts = entry.attempts() + 1;
        if (e.isPermanent() || attempts >= MAX_ATTEMPTS) {
            LOG.warn("Giving up on outbox message {} to {} after {} attempt(s): {}",
                    entry.id(), entry.message().to().tenant().platform(), attempts, e.getMessage());
            store.inTransaction(tx -> {
                tx.abandonOutbox(entry.id(), e.getMessage());
                return null;
            });
            return;
        }
        Duration wait = e.retryAfter().orElseGet(() -> backoff(attempts));
        LOG.info("Outbox message {} not sent (attempt {}), retrying in {}: {}", entry.id(), attempts, wait, e.getMessage());
        store.inTransaction(tx -> {
            tx.rescheduleOutbox(entry.id(), clock.instant().plus(wait), e.getMessage());
            return null;
        });
    }

    /** Exponential backoff with full jitter, capped. */
    static Duration backoff(int attempts) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(FIRST_BACKOFF.toMillis() / 2 + ThreadLocalRandom.current().nextLong(ceiling));
    }
}
