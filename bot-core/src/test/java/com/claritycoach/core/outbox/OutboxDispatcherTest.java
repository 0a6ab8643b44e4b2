package com.claritycoach.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxDispatcherTest {
    static final MemberRef ANA = new MemberRef(new TenantRef(Platform.CONSOLE, "acme"), "ana");

    @TempDir
    Path dir;
    CoachStore store;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    ScriptedMessenger messenger = new ScriptedMessenger();
    OutboxDispatcher dispatcher;

    @BeforeEach
    void open() {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("outbox.db"), null, null));
        dispatcher = new OutboxDispatcher(store, messenger, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void queue(String text) {
        store.inTransaction(tx -> tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(ANA), text), clock.instant()));
    }

    @Test
    void sendsQueuedMessagesInOrderAndOnlyOnce() {
        queue("one");
        queue("two");

        assertThat(dispatcher.drainOnce()).isEqualTo(2);
        assertThat(dispatcher.drainOnce()).isZero();
        assertThat(messenger.delivered).containsExactly("one", "two");
    }

    @Test
    void rateLimitedMessageWaitsForRetryAfterThenIsDeliveredOnce() {
        messenger.failures.add(DeliveryException.rateLimited(Duration.ofSeconds(30)));
        queue("hello");

        assertThat(dispatcher.drainOnce()).isZero();
        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.drainOnce()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.drainOnce()).isEqualTo(1);
        assertThat(messenger.delivered).containsExactly("hello");
    }

    @Test
    void transientFailuresAreRetriedWithBackoff() {
        messenger.failures.add(DeliveryException.transientFailure("timeout", null));
        messenger.failures.add(new IllegalStateException("connection reset"));
        queue("hello");

        dispatcher.drainOnce();
        clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
        dispatcher.drainOnce();
        clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
        dispatcher.drainOnce();

        assertThat(messenger.delivered).containsExactly("hello");
        assertThat(messenger.attempts).isEqualTo(3);
    }

    @Test
    void permanentFailureIsGivenUpAtOnceAndOthersStillGo() {
        messenger.failures.add(DeliveryException.permanent("channel_not_found"));
        queue("lost");
        queue("fine");

        dispatcher.drainOnce();
        clock.advance(Duration.ofHours(1));
        dispatcher.drainOnce();

        assertThat(messenger.delivered).containsExactly("fine");
        assertThat(messenger.attempts).isEqualTo(2);
    }

    @Test
    void anOutageIsRetriedWithCappedBackoffUntilADayAfterQueueingThenGivenUp() {
        queue("patient");
        for (int i = 0; i < 1_000; i++) {
            messenger.failures.add(DeliveryException.transientFailure("Slack answered HTTP 503", null));
        }

        Instant giveUpAt = clock.instant().plus(OutboxDispatcher.RETRY_FOR);
        while (clock.instant().isBefore(giveUpAt)) {
            dispatcher.drainOnce();
            assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(2)), 10)))
                    .as("still queued at " + clock.instant()).hasSize(1);
            clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
        }
        dispatcher.drainOnce();

        assertThat(messenger.attempts).as("about one try per capped backoff for a day")
                .isGreaterThan((int) (OutboxDispatcher.RETRY_FOR.toMinutes() / OutboxDispatcher.MAX_BACKOFF.plusSeconds(1).toMinutes()) - 2);
        assertThat(messenger.delivered).isEmpty();
        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(2)), 10))).isEmpty();
    }

    @Test
    void backoffDoublesWithJitterUpToItsCap() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            long ceiling = Math.min(OutboxDispatcher.MAX_BACKOFF.toMillis(), 1000L << Math.min(attempt - 1, 20));
            assertThat(OutboxDispatcher.backoff(attempt).toMillis()).as("attempt " + attempt)
                    .isBetween(ceiling / 2, ceiling);
        }
    }

    /** Fails with the queued failures first, then delivers. */
    static final class ScriptedMessenger implements Messenger {
        final Deque<Exception> failures = new ArrayDeque<>();
        final List<String> delivered = new ArrayList<>();
        int attempts;

        @Override
        public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
            attempts++;
            Exception failure = failures.poll();
            if (failure instanceof DeliveryException d) {
                throw d;
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            delivered.add(message.text());
        }
    }
}
