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
 * (with the same idempotency key, so the platform can drop the duplicate). A platform outage (5xx,
 * timeouts, refused connections) is only a delay: a transient failure is retried with backoff that
 * doubles up to {@link #MAX_BACKOFF}, with jitter, and a rate limit (a failure with Retry-After) is
 * waited out, for as long as {@link #RETRY_FOR} after the message was queued. Only a permanent answer
 * (the channel is gone, the token revoked) or a message still undeliverable after that is given up,
 * with a log line and a private note to the team's managers (see {@link GiveUpNotice}). A
 * {@link Pacer} spaces messages to the same channel.
 *
 * <p>A platform answers each send after a network round trip, so a server sends to several places at
 * once ({@code senders} threads), each place's messages in order: a message that has to wait holds
 * back the later messages to its place, so a member never reads the next question before the one it
 * follows.
 */
public final class OutboxDispatcher implements AutoCloseable {
    static final int BATCH = 100;
    /**
     * Outages and rate limits only slow a message down; one that still cannot be sent this long after
     * it was queued is given up, so the queue stays bounded.
     */
    static final Duration RETRY_FOR = Duration.ofDays(1);
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
    private final PlaceLanes lanes;

    /**
     * An unpaced dispatcher that sends one message at a time, for one-shot tools such as the console;
     * servers pace and send to several places at once (see the other constructor).
     */
    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock) {
        this(store, messenger, clock, Pacer.none(), "instance-" + UUID.randomUUID(), 1);
    }

    /**
     * @param owner names this instance in the lease column; unique per running instance
     * @param senders how many places are sent to at once; 1 sends on the calling thread
     */
    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock, Pacer pacer, String owner, int senders) {
        this.store = store;
        this.messenger = messenger;
        this.clock = clock;
        this.pacer = pacer;
        this.owner = owner;
        this.lanes = new PlaceLanes(senders);
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
            Instant sendBefore = leaseEnd.minus(LEASE_MARGIN);
            sent += lanes.runAll(PlaceLanes.byPlace(due), place -> sendInOrder(place, sendBefore));
            if (!clock.instant().isBefore(sendBefore)) {
                LOG.info("Outbox batch ran close to the end of its lease; the rest is picked up again after it");
                return sent;
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }

    /**
     * Sends one place's messages one after another. When one has to wait (pacing, a rate limit, a retry
     * later), the rest wait with it, so they cannot overtake it; one given up does not hold the rest.
     */
    private int sendInOrder(List<OutboxEntry> place, Instant sendBefore) {
        int sent = 0;
        for (int i = 0; i < place.size(); i++) {
            if (!clock.instant().isBefore(sendBefore)) {
                return sent;
            }
            Outcome outcome = deliver(place.get(i));
            if (outcome.waitUntil() != null) {
                holdBack(place.subList(i + 1, place.size()), outcome.waitUntil());
                return sent;
            }
            sent += outcome.sent() ? 1 : 0;
        }
        return sent;
    }

    private Outcome deliver(OutboxEntry entry) {
        Destination to = entry.message().to();
        Instant now = clock.instant();
        Instant ready = pacer.readyAt(to, now);
        if (ready.isAfter(now)) {
            store.inTransaction(tx -> {
                tx.deferOutbox(entry.id(), ready);
                return null;
            });
            return Outcome.waitUntil(ready);
        }
        try {
            pacer.sent(to, now);
            messenger.send(entry.message(), entry.idempotencyKey());
            store.inTransaction(tx -> {
                tx.markSent(entry.id(), clock.instant());
                return null;
            });
            return Outcome.SENT;
        } catch (DeliveryException e) {
            return failed(entry, e);
        } catch (RuntimeException e) {
            return failed(entry, DeliveryException.transientFailure(e.toString(), e));
        }
    }

    /** Gives the rest of a place's claimed messages back, due when the one before them is. */
    private void holdBack(List<OutboxEntry> rest, Instant until) {
        if (rest.isEmpty()) {
            return;
        }
        store.inTransaction(tx -> {
            rest.forEach(entry -> tx.deferOutbox(entry.id(), until));
            return null;
        });
    }

    private Outcome failed(OutboxEntry entry, DeliveryException e) {
        Instant now = clock.instant();
        int attempts = entry.attempts() + 1;
        if (e.isPermanent() || !now.isBefore(entry.createdAt().plus(RETRY_FOR))) {
            giveUp(entry, attempts, e.getMessage());
            return Outcome.GIVEN_UP;
        }
        if (e.retryAfter().isPresent()) {
            return rateLimited(entry, now.plus(e.retryAfter().get()));
        }
        Duration wait = backoff(attempts);
        LOG.info("Outbox message {} not sent (attempt {}), retrying in {}: {}", entry.id(), attempts, wait, e.getMessage());
        pacer.hold(entry.message().to(), now.plus(wait));
        store.inTransaction(tx -> {
            tx.rescheduleOutbox(entry.id(), now.plus(wait), e.getMessage());
            return null;
        });
        return Outcome.waitUntil(now.plus(wait));
    }

    /**
     * Waits out a platform's rate limit without counting a failed attempt, so a large fan-out that
     * the platform slows down is never dropped; other messages to the same place wait too.
     */
    private Outcome rateLimited(OutboxEntry entry, Instant until) {
        pacer.hold(entry.message().to(), until);
        LOG.info("Outbox message {} rate limited by the platform; sending it again at {}", entry.id(), until);
        store.inTransaction(tx -> {
            tx.deferOutbox(entry.id(), until);
            return null;
        });
        return Outcome.waitUntil(until);
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

    /**
     * Doubles from {@link #FIRST_BACKOFF} with each failed attempt up to {@link #MAX_BACKOFF}; each wait
     * is between half and all of that ceiling, so senders that failed together do not retry together.
     */
    static Duration backoff(int attempts) {
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 20));
        return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
    }

    /** Stops the sender threads; a drain still running finishes its sends first. */
    @Override
    public void close() {
        lanes.close();
    }

    /** What became of one message: sent, given up, or back in the queue until {@code waitUntil}. */
    private record Outcome(boolean sent, Instant waitUntil) {
        static final Outcome SENT = new Outcome(true, null);
        static final Outcome GIVEN_UP = new Outcome(false, null);

        static Outcome waitUntil(Instant until) {
            return new Outcome(false, until);
        }
    }
}
