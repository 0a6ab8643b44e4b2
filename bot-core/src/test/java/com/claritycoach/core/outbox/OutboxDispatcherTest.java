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
import com.claritycoach.core.store.OutboxEntry;
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
    void givesUpAfterTheAttemptBudget() {
        for (int i = 0; i < OutboxDispatcher.MAX_ATTEMPTS + 2; i++) {
            messenger.failures.add(DeliveryException.transientFailure("down", null));
        }
        queue("never");

        for (int i = 0; i < OutboxDispatcher.MAX_ATTEMPTS + 2; i++) {
            dispatcher.drainOnce();
            clock.advance(OutboxDispatcher.MAX_BACKOFF.plusSeconds(1));
        }

        assertThat(messenger.attempts).isEqualTo(OutboxDispatcher.MAX_ATTEMPTS);
        List<OutboxEntry> pending = store.read(tx -> tx.pendingOutbox(clock.instant(), 10));
        assertThat(pending).isEmpty();
    }

    @Test
    void backoffGrowsButStaysCapped() {
        assertThat(OutboxDispatcher.backoff(1)).isLessThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(OutboxDispatcher.backoff(30)).isLessThanOrEqualTo(OutboxDispatcher.MAX_BACKOFF.plusMillis(500));
        assertThat(OutboxDispatcher.backoff(30)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
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
