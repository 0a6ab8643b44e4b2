package com.claritycoach.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies SQLite's write-ahead log back into the database file. Left to SQLite, the commit that takes
 * the log past 1,000 pages does it: one step in about a hundred then copied every page and waited for
 * two fsyncs with the write queue held, and on the bench that was half the cost of an answer step.
 * SQLite connections therefore switch the automatic checkpoint off ({@link #AUTOMATIC_OFF}) and a
 * background thread checkpoints after every {@link Sqlite#COMMITS} transactions and every
 * {@link Sqlite#INTERVAL}: first passively, beside the steps that keep committing, which copies the
 * bulk; then once more with the store's transactions held back ({@link Transactions#exclusively}),
 * which copies only what those steps added. The log starts over only once it is copied completely, and under steady load the first pass alone never
 * got there: the log grew past a gigabyte in a minute at 500 events/s. A commit is durable once it
 * is in the log, as before. PostgreSQL needs none of this.
 */
sealed interface WalCheckpoints extends AutoCloseable {
    String AUTOMATIC_OFF = "PRAGMA wal_autocheckpoint=0";

    /** Called after each committed transaction of the store. */
    void committed();

    @Override
    void close();

    static WalCheckpoints of(Dialect dialect, DataSource pool, Transactions transactions) {
        return dialect == Dialect.SQLITE ? new Sqlite(pool, transactions) : new None();
    }

    final class Sqlite implements WalCheckpoints {
        static final int COMMITS = 64;
        static final Duration INTERVAL = Duration.ofSeconds(5);
        private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);

        private final DataSource pool;
        private final Transactions transactions;
        private final AtomicInteger commits = new AtomicInteger();
        private final AtomicBoolean queued = new AtomicBoolean();
        private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sqlite-checkpoint");
            thread.setDaemon(true);
            return thread;
        });

        Sqlite(DataSource pool, Transactions transactions) {
            this.pool = pool;
            this.transactions = transactions;
            executor.scheduleWithFixedDelay(this::checkpoint, INTERVAL.toMillis(), INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        @Override
        public void committed() {
            if (commits.incrementAndGet() >= COMMITS && queued.compareAndSet(false, true)) {
                executor.execute(this::checkpoint);
            }
        }

        private void checkpoint() {
            queued.set(false);
            commits.set(0);
            try {
                copyLog();
                transactions.exclusively(this::copyLog);
            } catch (RuntimeException e) {
                LOG.warn("{}; will try again", e.getMessage());
            }
        }

        private Void copyLog() {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
                return null;
            } catch (SQLException e) {
                throw Sql.failure("copy the SQLite log into the database file", e);
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    final class None implements WalCheckpoints {
        @Override
        public void committed() {
        }

        @Override
        public void close() {
        }
    }
}
