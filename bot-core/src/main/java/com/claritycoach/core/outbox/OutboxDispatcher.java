package com.claritycoach.core.outbox;

import com.claritycoach.core.message.Destination;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends committed outbox rows through the platform's messenger and marks them sent. Rows are leased
 * in small batches, so instances sharing a database never send the same row at once, a large fan-out
 * is never held in memory, and a row whose sender died is picked up again when its lease runs out
 * (with the same idempotency key, so the platform can drop the duplicate). A failed send is retried
 * with exponential backoff and jitter (no sooner than a platform's Retry-After) and given up after a
 * bounded number of attempts or time, with a log line and a private note to the team's managers; a
 * permanent failure is given up at once. A platform's rate limit (a failure with Retry-After) is
 * waited out without counting as an attempt. A {@link Pacer} spaces messages to the same channel.
 */
public final class OutboxDispatcher {
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 8;
    static final Duration MAX_AGE = Duration.ofHours(1);
    /** A platform's rate limit only slows a message down; one still limited after this long is given up. */
    static final Duration RATE_LIMITED_MAX_AGE = Duration.ofDays(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final Duration LEASE = Duration.ofMinutes(2);
    /** A row is not sent this close to the end of its lease, so another instance can never send it too. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final CoachStore store;
    private final Messenger messenger;
    private final Clock clock;
    private final Pacer pacer;
    private final String owner;

    /** An unpaced dispatcher, for one-shot tools such as the console; servers pace (see the other constructor). */
    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock) {
        this(store, messenger, clock, Pacer.none(), "instance-" + UUID.randomUUID());
    }

    /**
     * @param owner names this instance in the lease column; unique per running instance
     */
    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock, Pacer pacer, String owner) {
        this.store = store;
        this.messenger = messenger;
        this.clock = clock;
        this.pacer = pacer;
        this.owner = owner;
    }

    /**
     * Sends every message that is due now; messages that must wait for pacing go back to the queue.
     *
     * @return how many were sent
     */
    public int drainOnce() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            Instant leaseEnd = now.plus(LEASE);
            List<OutboxEntry> due = store.inTransaction(tx -> tx.claimOutbox(owner, now, leaseEnd, BATCH));
            if (due.isEmpty()) {
                return sent;
            }
            for (OutboxEntry entry : due) {
                if (!clock.instant().isBefore(leaseEnd.minus(LEASE_MARGIN))) {
                    LOG.info("Outbox batch ran close to the end of its lease; the rest is picked up again after it");
                    return sent;
                }
                sent += deliver(entry) ? 1 : 0;
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }

    private boolean deliver(OutboxEntry entry) {
        Destination to = entry.message().to();
        Instant now = clock.instant();
        Instant ready = pacer.readyAt(to, now);
        if (ready.isAfter(now)) {
            store.inTransaction(tx -> {
                tx.deferOutbox(entry.id(), ready);
                return null;
            });
            return false;
        }
        try {
            pacer.sent(to, now);
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
        Instant now = clock.instant();
        if (!e.isPermanent() && e.retryAfter().isPresent() && now.isBefore(entry.createdAt().plus(RATE_LIMITED_MAX_AGE))) {
            rateLimited(entry, now.plus(e.retryAfter().get()));
            return;
        }
        int attempts = entry.attempts() + 1;
        boolean tooOld = !now.isBefore(entry.createdAt().plus(MAX_AGE));
        if (e.isPermanent() || attempts >= MAX_ATTEMPTS || tooOld) {
            giveUp(entry, attempts, e.getMessage());
            return;
        }
        Duration wait = e.retryAfter().orElseGet(() -> backoff(attempts));
        LOG.info("Outbox message {} not sent (attempt {}), retrying in {}: {}", entry.id(), attempts, wait, e.getMessage());
        store.inTransaction(tx -> {
            tx.rescheduleOutbox(entry.id(), now.plus(wait), e.getMessage());
            return null;
        });
    }

    /**
     * Waits out a platform's rate limit without counting a failed attempt, so a large fan-out that
     * the platform slows down is never dropped; other messages to the same place wait too.
     */
    private void rateLimited(OutboxEntry entry, Instant until) {
        pacer.hold(entry.message().to(), until);
        LOG.info("Outbox message {} rate limited by the platform; sending it again at {}", entry.id(), until);
        store.inTransaction(tx -> {
            tx.deferOutbox(entry.id(), until);
            return null;
        });
    }

    private void giveUp(OutboxEntry entry, int attempts, String reason) {
        boolean notice = GiveUpNotice.isNotice(entry.message());
        LOG.warn("Giving up on outbox message {} to {} after {} attempt(s){}: {}", entry.id(),
                entry.message().to().tenant().platform(), attempts,
                notice ? " (a delivery-problem note; not noted again)" : "", reason);
        store.inTransaction(tx -> {
            tx.abandonOutbox(entry.id(), reason);
            if (!notice) {
                GiveUpNotice.queue(tx, entry.message(), reason, clock.instant());
            }
            return null;
        });
    }

    /** Exponential backoff with full jitter, capped. */
    static Duration backoff(int attempts) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(FIRST_BACKOFF.toMillis() / 2 + ThreadLocalRandom.current().nextLong(ceiling));
    }
}
