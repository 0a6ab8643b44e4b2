package com.claritycoach.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreException;
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

/** Pacing, leases across a crash and restart, the time budget, and the note to managers. */
class OutboxHardeningTest {
    static final MemberRef ANA = OutboxDispatcherTest.ANA;
    static final MemberRef BEN = new MemberRef(ANA.tenant(), "ben");
    static final MemberRef MAX = new MemberRef(ANA.tenant(), "max");
    static final TeamRef PRODUCT = new TeamRef(ANA.tenant(), "product");

    @TempDir
    Path dir;
    CoachStore store;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    RecordingMessenger messenger = new RecordingMessenger();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CoachStore openStore() {
        return CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("outbox.db"), null, null));
    }

    private long queue(MemberRef to, String text) {
        return store.inTransaction(tx -> tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(to), text),
                clock.instant()));
    }

    @Test
    void pacingSpacesMessagesToOneMemberButNotAcrossMembers() {
        OutboxDispatcher paced = new OutboxDispatcher(store, messenger, clock, Pacer.perDestination(Duration.ofSeconds(1)), "a", 1);
        queue(ANA, "ana 1");
        queue(ANA, "ana 2");
        queue(BEN, "ben 1");
        queue(ANA, "ana 3");

        assertThat(paced.drainOnce()).isEqualTo(2);
        assertThat(messenger.texts).containsExactly("ana 1", "ben 1");
        clock.advance(Duration.ofMillis(999));
        assertThat(paced.drainOnce()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(paced.drainOnce()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(paced.drainOnce()).isEqualTo(1);
        assertThat(messenger.texts).containsExactly("ana 1", "ben 1", "ana 2", "ana 3");
        assertThat(messenger.attempts).as("waiting for pacing is not a failed attempt").isEqualTo(4);
    }

    @Test
    void aRateLimitHoldsTheOtherMessagesToThatPlaceButNotToOthers() {
        queue(ANA, "ana 1");
        queue(ANA, "ana 2");
        queue(BEN, "ben 1");
        messenger.failures.add(DeliveryException.rateLimited(Duration.ofSeconds(30)));
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, messenger, clock);

        assertThat(dispatcher.drainOnce()).isEqualTo(1);
        assertThat(messenger.texts).containsExactly("ben 1");
        assertThat(messenger.attempts).as("ana 2 waits without being tried").isEqualTo(2);
        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.drainOnce()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.drainOnce()).isEqualTo(2);
        assertThat(messenger.texts).containsExactly("ben 1", "ana 1", "ana 2");
    }

    @Test
    void rateLimitsNeverUseUpAnAttemptBudgetNorDropAnHoursOldMessage() {
        queue(ANA, "patient");
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, messenger, clock);
        clock.advance(Duration.ofHours(20));
        for (int i = 0; i < 20; i++) {
            messenger.failures.add(DeliveryException.rateLimited(Duration.ofMinutes(1)));
        }

        for (int i = 0; i < 20; i++) {
            assertThat(dispatcher.drainOnce()).isZero();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(dispatcher.drainOnce()).isEqualTo(1);
        assertThat(messenger.texts).containsExactly("patient");
    }

    @Test
    void aMessageRateLimitedForADayIsGivenUp() {
        queue(ANA, "never");
        clock.advance(OutboxDispatcher.RETRY_FOR);
        messenger.failures.add(DeliveryException.rateLimited(Duration.ofMinutes(1)));

        new OutboxDispatcher(store, messenger, clock).drainOnce();

        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(1)), 10))).isEmpty();
    }

    @Test
    void aSendCutShortByACrashIsResumedAfterRestartWithTheSameKey() {
        long id = queue(ANA, "hello");
        store.inTransaction(tx -> tx.claimOutbox("crashed-instance", clock.instant(),
                clock.instant().plus(OutboxDispatcher.LEASE), 10));
        store.close();

        store = openStore();
        OutboxDispatcher restarted = new OutboxDispatcher(store, messenger, clock);
        assertThat(restarted.drainOnce()).as("still leased to the crashed instance").isZero();
        clock.advance(OutboxDispatcher.LEASE);
        assertThat(restarted.drainOnce()).isEqualTo(1);
        assertThat(messenger.keys).containsExactly("outbox-" + id);
    }

    @Test
    void aBatchThatRunsIntoTheEndOfItsLeaseLeavesTheRestForLater() {
        queue(ANA, "first");
        queue(BEN, "second");
        Messenger slow = (message, key) -> {
            messenger.send(message, key);
            clock.advance(OutboxDispatcher.LEASE.minus(OutboxDispatcher.LEASE_MARGIN));
        };
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, slow, clock);

        assertThat(dispatcher.drainOnce()).isEqualTo(1);
        assertThat(dispatcher.drainOnce()).as("still leased").isZero();
        clock.advance(OutboxDispatcher.LEASE_MARGIN);
        assertThat(dispatcher.drainOnce()).isEqualTo(1);
        assertThat(messenger.texts).containsExactly("first", "second");
    }

    @Test
    void giveUpTellsTheTeamsManagersAndAFailedNoteIsNotNotedAgain() {
        store.inTransaction(tx -> {
            long team = tx.ensureTeam(PRODUCT, "Product").id();
            tx.ensureMember(team, ANA);
            tx.setRole(team, MAX, Role.MANAGER);
            return null;
        });
        messenger.failures.add(DeliveryException.permanent("user_not_found"));
        messenger.failures.add(DeliveryException.permanent("bot removed"));
        queue(ANA, "Question 1 of 5");
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, messenger, clock);

        dispatcher.drainOnce();
        dispatcher.drainOnce();
        dispatcher.drainOnce();

        assertThat(messenger.tried).hasSize(2);
        assertThat(messenger.tried.get(1).to()).isEqualTo(new Destination.DirectMessage(MAX));
        assertThat(messenger.tried.get(1).text()).startsWith("Delivery problem:")
                .contains("member ana", "Product", "user_not_found");
        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant(), 10))).isEmpty();
    }

    @Test
    void managersAreToldOnceWhenEveryMessageOfAFanOutFailsForGood() {
        store.inTransaction(tx -> {
            long team = tx.ensureTeam(PRODUCT, "Product").id();
            tx.ensureMember(team, ANA);
            tx.ensureMember(team, BEN);
            tx.setRole(team, MAX, Role.MANAGER);
            return null;
        });
        for (int i = 0; i < 4; i++) {
            messenger.failures.add(DeliveryException.permanent("the coach's Slack token is no longer valid (token_revoked)"));
        }
        queue(ANA, "Question 1 of 5");
        queue(BEN, "Question 1 of 5");
        queue(ANA, "Reminder");
        queue(BEN, "Reminder");
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, messenger, clock);

        dispatcher.drainOnce();
        dispatcher.drainOnce();
        clock.advance(Duration.ofHours(1));
        queue(ANA, "Question 2 of 5");
        messenger.failures.add(DeliveryException.permanent("the coach's Slack token is no longer valid (token_revoked)"));
        dispatcher.drainOnce();

        assertThat(messenger.tried).filteredOn(m -> m.text().startsWith("Delivery problem:")).singleElement()
                .satisfies(note -> {
                    assertThat(note.to()).isEqualTo(new Destination.DirectMessage(MAX));
                    assertThat(note.text()).contains("Product", "token_revoked", "today are only logged");
                });
        assertThat(messenger.texts).containsExactly(messenger.tried.stream()
                .filter(m -> m.text().startsWith("Delivery problem:")).map(OutboundMessage::text).toArray(String[]::new));
        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant(), 10))).isEmpty();
    }

    @Test
    void aMessageStillFailingADayAfterItWasQueuedIsGivenUp() {
        queue(ANA, "late");
        messenger.failures.add(DeliveryException.transientFailure("timeout", null));
        clock.advance(OutboxDispatcher.RETRY_FOR);

        new OutboxDispatcher(store, messenger, clock).drainOnce();

        assertThat(messenger.attempts).isEqualTo(1);
        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(1)), 10))).isEmpty();
    }

    @Test
    void whileTheDatabaseIsGoneDrainingFailsClearlyAndTheQueueResumesOnceItIsBack() {
        queue(ANA, "kept");
        store.close();

        assertThatThrownBy(() -> new OutboxDispatcher(store, messenger, clock).drainOnce())
                .isInstanceOf(StoreException.class).hasMessageContaining("Cannot reach SQLite database");
        assertThat(messenger.attempts).isZero();

        store = openStore();
        assertThat(new OutboxDispatcher(store, messenger, clock).drainOnce()).isEqualTo(1);
        assertThat(messenger.texts).containsExactly("kept");
    }

    @Test
    void aFanOutLargerThanOneBatchIsSentCompletelyInOneDrain() {
        int count = OutboxDispatcher.BATCH * 2 + 7;
        store.inTransaction(tx -> {
            for (int i = 0; i < count; i++) {
                tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(new MemberRef(ANA.tenant(), "m" + i)), "hi"),
                        clock.instant());
            }
            return null;
        });

        assertThat(new OutboxDispatcher(store, messenger, clock).drainOnce()).isEqualTo(count);
        assertThat(messenger.keys).hasSize(count).doesNotHaveDuplicates();
    }

    /** Fails with the queued failures first, then delivers; remembers everything it was asked to send. */
    static final class RecordingMessenger implements Messenger {
        final Deque<DeliveryException> failures = new ArrayDeque<>();
        final List<OutboundMessage> tried = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        int attempts;

        @Override
        public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
            attempts++;
            tried.add(message);
            DeliveryException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            texts.add(message.text());
            keys.add(idempotencyKey);
        }
    }
}
