package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.StoreTx;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on a real SQLite file. Each test holds a first transaction open until the next ones
 * are parked waiting for the writer, so the group they form is certain, not a matter of timing.
 */
class GroupCommitTest {
    private static final TenantRef ACME = new TenantRef(Platform.SLACK, "T-ACME");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private JdbcCoachStore store;
    private final List<Running<?>> running = new ArrayList<>();

    @BeforeEach
    void open() {
        store = CoachStores.open(DatabaseConfig.of(url()));
    }

    @AfterEach
    void close() throws InterruptedException {
        for (Running<?> each : running) {
            each.thread.interrupt();
            each.thread.join(PATIENCE.toMillis());
        }
        store.close();
    }

    @Test
    void transactionsQueuedBehindAnotherCommitWithItAndNoneReturnsBeforeThatCommit() throws Exception {
        Gate first = new Gate();
        Running<Boolean> a = start("a", first.holding(tx -> tx.markDelivered(ACME, "a", T0)));
        first.entered();
        Running<Boolean> b = start("b", tx -> tx.markDelivered(ACME, "b", T0)).queued();
        List<Object> seenByTheLast = new ArrayList<>();
        Running<Boolean> c = start("c", tx -> {
            seenByTheLast.addAll(List.of(a.result.isDone(), b.result.isDone(), committed("a")));
            return tx.markDelivered(ACME, "c", T0);
        }).queued();

        first.open();

        assertThat(List.of(a.get(), b.get(), c.get())).containsOnly(true);
        assertThat(seenByTheLast).as("while the last of the group ran, the first two had not returned and "
                + "nothing was committed").containsExactly(false, false, false);
        assertThat(committedIds()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aTransactionThatFailsInAGroupIsUndoneAloneAndTheOthersCommit() throws Exception {
        Gate first = new Gate();
        Running<Boolean> a = start("a", first.holding(tx -> tx.markDelivered(ACME, "a", T0)));
        first.entered();
        Running<Boolean> b = start("b", tx -> {
            tx.markDelivered(ACME, "b", T0);
            throw new IllegalStateException("b changed its mind");
        }).queued();
        Running<Boolean> c = start("c", tx -> tx.markDelivered(ACME, "c", T0)).queued();

        first.open();

        assertThat(a.get()).isTrue();
        assertThat(c.get()).isTrue();
        assertThat(b.failure()).isInstanceOf(IllegalStateException.class).hasMessage("b changed its mind");
        assertThat(committedIds()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void whenTheFirstOfAGroupFailsTheOnesWaitingBehindItStillCommit() throws Exception {
        Gate first = new Gate();
        Running<Boolean> a = start("a", first.holding(tx -> {
            tx.markDelivered(ACME, "a", T0);
            throw new IllegalStateException("a changed its mind");
        }));
        first.entered();
        Running<Boolean> b = start("b", tx -> tx.markDelivered(ACME, "b", T0)).queued();
        Running<Boolean> c = start("c", tx -> tx.markDelivered(ACME, "c", T0)).queued();

        first.open();

        assertThat(a.failure()).isInstanceOf(IllegalStateException.class).hasMessage("a changed its mind");
        assertThat(List.of(b.get(), c.get())).containsOnly(true);
        assertThat(committedIds()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void aCommitThatFailsFailsEveryTransactionOfItsGroup() throws Exception {
        execute("CREATE TABLE deferred_child (team_id INTEGER REFERENCES teams (id) DEFERRABLE INITIALLY DEFERRED)",
                "CREATE TRIGGER checked_at_commit AFTER INSERT ON deliveries WHEN NEW.delivery_id = 'orphan' "
                        + "BEGIN INSERT INTO deferred_child VALUES (-1); END");
        Gate first = new Gate();
        Running<Boolean> a = start("a", first.holding(tx -> tx.markDelivered(ACME, "a", T0)));
        first.entered();
        Running<Boolean> b = start("b", tx -> tx.markDelivered(ACME, "orphan", T0)).queued();
        Running<Boolean> c = start("c", tx -> tx.markDelivered(ACME, "c", T0)).queued();

        first.open();

        for (Running<Boolean> each : List.of(a, b, c)) {
            assertThat(each.failure()).as(each.thread.getName()).isInstanceOf(StoreException.class)
                    .hasMessageContaining("commit").hasMessageContaining("FOREIGN KEY");
        }
        assertThat(committedIds()).isEmpty();
    }

    @Test
    void aFailureThatCannotBeUndoneAloneFailsTheGroupAndTheNextGroupStartsAfresh() throws Exception {
        execute("CREATE TRIGGER rolls_back_everything AFTER INSERT ON deliveries WHEN NEW.delivery_id = 'fatal' "
                + "BEGIN SELECT RAISE(ROLLBACK, 'the whole transaction is gone'); END");
        Gate first = new Gate();
        Running<Boolean> a = start("a", first.holding(tx -> tx.markDelivered(ACME, "a", T0)));
        first.entered();
        Running<Boolean> b = start("b", tx -> tx.markDelivered(ACME, "fatal", T0)).queued();
        Running<Boolean> c = start("c", tx -> tx.markDelivered(ACME, "c", T0)).queued();

        first.open();

        assertThat(b.failure()).isInstanceOf(StoreException.class).hasMessageContaining("whole transaction is gone");
        assertThat(a.failure()).isInstanceOf(StoreException.class).hasMessageContaining("undone too");
        assertThat(c.get()).isTrue();
        assertThat(committedIds()).containsExactly("c");
    }

    @Test
    void exclusiveWorkRunsOnlyOnceTheOpenGroupHasCommitted() throws Exception {
        GroupCommit transactions = new GroupCommit(new TransactionSteps((HikariDataSource) store.dataSource(), "test"));
        Gate first = new Gate();
        Function<StoreTx, Boolean> work = first.holding(tx -> tx.markDelivered(ACME, "a", T0));
        Running<Boolean> a = track(new Running<>("a", () -> transactions.run(work)));
        first.entered();
        Running<Boolean> exclusive = track(new Running<>("exclusive",
                () -> transactions.exclusively(() -> committed("a")))).queued();

        first.open();

        assertThat(a.get()).isTrue();
        assertThat(exclusive.get()).as("the group's work was committed before the exclusive work ran").isTrue();
    }

    private Running<Boolean> start(String name, Function<StoreTx, Boolean> work) {
        return track(new Running<>(name, () -> store.inTransaction(work)));
    }

    private <T> Running<T> track(Running<T> started) {
        running.add(started);
        return started;
    }

    private String url() {
        return "jdbc:sqlite:" + directory.resolve("coach.db");
    }

    private boolean committed(String deliveryId) {
        return committedIds().contains(deliveryId);
    }

    /** Delivery ids committed, as another connection sees them. */
    private List<String> committedIds() {
        try (Connection connection = DriverManager.getConnection(url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT delivery_id FROM deliveries")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Holds a transaction's work until the test opens it. */
    private static final class Gate {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        <T> Function<StoreTx, T> holding(Function<StoreTx, T> work) {
            return tx -> {
                entered.countDown();
                await(open);
                return work.apply(tx);
            };
        }

        void entered() {
            await(entered);
        }

        void open() {
            open.countDown();
        }

        private static void await(CountDownLatch latch) {
            try {
                assertThat(latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).as("gate reached in time").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Work on a thread of its own, so the test can see when it is parked waiting for the writer. */
    private static final class Running<T> {
        private final Thread thread;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Running(String name, ThrowingSupplier<T> work) {
            thread = new Thread(() -> {
                try {
                    result.complete(work.get());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** Returns once the thread is parked; before the first transaction lets go, it can only be waiting for the writer. */
        Running<T> queued() {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (LockSupport.getBlocker(thread) == null) {
                assertThat(result).as(thread.getName() + " should wait for the writer").isNotDone();
                assertThat(System.nanoTime()).as(thread.getName() + " queued in time").isLessThan(deadline);
                Thread.onSpinWait();
            }
            return this;
        }

        T get() throws Exception {
            return result.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }

        Throwable failure() throws Exception {
            try {
                T value = get();
                throw new AssertionError(thread.getName() + " should have failed but returned " + value);
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
