package com.claritycoach.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several places at once, each place in order: the dispatcher with more than one sender, on a real
 * SQLite outbox. A send that blocks until another place has been sent proves the sends overlap; if
 * they did not, it would wait out its latch and the test would fail.
 */
class SendingInOrderTest {
    static final MemberRef ANA = OutboxDispatcherTest.ANA;
    static final MemberRef BEN = OutboxHardeningTest.BEN;
    static final long LATCH_SECONDS = 10;

    @TempDir
    Path dir;
    CoachStore store;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    PerPlace messenger = new PerPlace();

    @BeforeEach
    void open() {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("outbox.db"), null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void queue(MemberRef to, String text) {
        store.inTransaction(tx -> tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(to), text), clock.instant()));
    }

    private OutboxDispatcher dispatcher(int senders) {
        return new OutboxDispatcher(store, messenger, clock, Pacer.none(), "test", senders);
    }

    @Test
    void messagesToDifferentMembersGoOutAtOnce() {
        queue(ANA, "ana 1");
        queue(BEN, "ben 1");
        messenger.waitBefore("ana 1", "ben 1");

        try (OutboxDispatcher dispatcher = dispatcher(2)) {
            assertThat(dispatcher.drainOnce()).isEqualTo(2);
        }

        assertThat(messenger.timedOut).as("ana 1 waited for ben 1, which needs a second sender").hasValue(0);
        assertThat(messenger.sent(ANA)).containsExactly("ana 1");
        assertThat(messenger.sent(BEN)).containsExactly("ben 1");
    }

    @Test
    void aMembersMessagesKeepTheirOrderWhileOthersAreSentBeside() {
        queue(ANA, "ana 1");
        queue(BEN, "ben 1");
        queue(ANA, "ana 2");
        queue(ANA, "ana 3");
        queue(BEN, "ben 2");
        messenger.waitBefore("ana 1", "ben 2");

        try (OutboxDispatcher dispatcher = dispatcher(4)) {
            assertThat(dispatcher.drainOnce()).isEqualTo(5);
        }

        assertThat(messenger.timedOut).hasValue(0);
        assertThat(messenger.sent(ANA)).as("free senders did not take ana 2 while ana 1 was on its way")
                .containsExactly("ana 1", "ana 2", "ana 3");
        assertThat(messenger.sent(BEN)).containsExactly("ben 1", "ben 2");
    }

    @Test
    void aMessageThatMustBeRetriedHoldsBackTheLaterOnesToTheSameMember() {
        queue(ANA, "ana 1");
        queue(ANA, "ana 2");
        queue(BEN, "ben 1");
        messenger.failOnce("ana 1");

        try (OutboxDispatcher dispatcher = dispatcher(2)) {
            assertThat(dispatcher.drainOnce()).isEqualTo(1);
            assertThat(messenger.tried(ANA)).as("ana 2 was not tried before ana 1 went").containsExactly("ana 1");
            clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
            assertThat(dispatcher.drainOnce()).isEqualTo(2);
        }

        assertThat(messenger.sent(ANA)).containsExactly("ana 1", "ana 2");
        assertThat(messenger.sent(BEN)).containsExactly("ben 1");
    }

    @Test
    void aRetryAlsoHoldsBackTheMembersMessagesInTheNextBatch() {
        queue(ANA, "ana 1");
        for (int i = 0; i < OutboxDispatcher.BATCH; i++) {
            queue(new MemberRef(ANA.tenant(), "m" + i), "hi");
        }
        queue(ANA, "ana 2");
        messenger.failOnce("ana 1");

        try (OutboxDispatcher dispatcher = dispatcher(2)) {
            assertThat(dispatcher.drainOnce()).isEqualTo(OutboxDispatcher.BATCH);
            assertThat(messenger.tried(ANA)).containsExactly("ana 1");
            clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
            assertThat(dispatcher.drainOnce()).isEqualTo(2);
        }

        assertThat(messenger.sent(ANA)).containsExactly("ana 1", "ana 2");
    }

    @Test
    void aMemberGivenUpOnDoesNotHoldBackTheirLaterMessages() {
        queue(ANA, "ana 1");
        queue(ANA, "ana 2");
        messenger.failPermanently("ana 1");

        try (OutboxDispatcher dispatcher = dispatcher(2)) {
            assertThat(dispatcher.drainOnce()).isEqualTo(1);
        }

        assertThat(messenger.sent(ANA)).containsExactly("ana 2");
    }

    /** Records, per member, what was tried and what was sent; can hold or fail chosen messages. */
    static final class PerPlace implements Messenger {
        private final Map<String, List<String>> tried = new ConcurrentHashMap<>();
        private final Map<String, List<String>> sent = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> sentLatches = new ConcurrentHashMap<>();
        private final Map<String, String> waits = new ConcurrentHashMap<>();
        private final Map<String, DeliveryException> failures = new ConcurrentHashMap<>();
        final AtomicInteger timedOut = new AtomicInteger();

        /** {@code text} is sent only once {@code other} has been. */
        void waitBefore(String text, String other) {
            waits.put(text, other);
        }

        /** The first try of {@code text} fails with a timeout, to be retried. */
        void failOnce(String text) {
            failures.put(text, DeliveryException.transientFailure("timeout", null));
        }

        /** The first try of {@code text} fails for good, so it is given up. */
        void failPermanently(String text) {
            failures.put(text, DeliveryException.permanent("user_not_found"));
        }

        List<String> tried(MemberRef member) {
            return List.copyOf(tried.getOrDefault(member.userId(), List.of()));
        }

        List<String> sent(MemberRef member) {
            return List.copyOf(sent.getOrDefault(member.userId(), List.of()));
        }

        @Override
        public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
            String member = ((Destination.DirectMessage) message.to()).member().userId();
            String text = message.text();
            List<String> attempts = tried.computeIfAbsent(member, m -> new ArrayList<>());
            synchronized (attempts) {
                attempts.add(text);
            }
            DeliveryException failure = failures.remove(text);
            if (failure != null) {
                throw failure;
            }
            String other = waits.get(text);
            if (other != null) {
                awaitSent(other);
            }
            List<String> done = sent.computeIfAbsent(member, m -> new ArrayList<>());
            synchronized (done) {
                done.add(text);
            }
            latch(text).countDown();
        }

        private void awaitSent(String other) {
            try {
                if (!latch(other).await(LATCH_SECONDS, TimeUnit.SECONDS)) {
                    timedOut.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private CountDownLatch latch(String text) {
            return sentLatches.computeIfAbsent(text, t -> new CountDownLatch(1));
        }
    }
}
