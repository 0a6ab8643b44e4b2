package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.StoreTx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Commits this process's SQLite transactions in groups. SQLite admits one writer at a time, and a
 * commit writes every page the transaction changed to the log: an answer step changes about nine (the
 * answer, the conversation, the outbox row and their indexes) where a one-row insert changes one, so
 * alone a step costs several bare inserts, and steps queued behind each other paid that one by one.
 *
 * <p>Transactions wait in a fair lock, in arrival order. The first one to get in begins a
 * transaction; when it is done and others are waiting, it leaves the transaction open and the next
 * one runs in it, in a savepoint of its own, and so on until nobody is waiting or {@link #MAX_GROUP}
 * have run: the last one commits for all. Each runs its own work on its own thread. A transaction
 * that throws is rolled back to its savepoint and fails alone; a commit that fails fails every
 * transaction of the group. Nobody returns before the commit that holds their work, so a step is
 * still committed before it is acknowledged. A transaction that finds nobody waiting commits at once,
 * without a savepoint, exactly as if it ran alone. The busy timeout still covers other processes on
 * the same file.
 */
final class GroupCommit implements Transactions {
    /** Bounds how long the first of a group waits for the others to run. */
    static final int MAX_GROUP = 32;

    private final TransactionSteps steps;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** The group whose transaction is open, guarded by {@link #lock}. */
    private Group open;

    GroupCommit(TransactionSteps steps) {
        this.steps = steps;
    }

    @Override
    public <T> T run(Function<StoreTx, T> work) {
        Group group;
        T result;
        lock.lock();
        try {
            if (open == null) {
                open = new Group(steps.begin());
            }
            group = open;
            try {
                result = group.run(work);
            } finally {
                if (group.ended() || !lock.hasQueuedThreads() || group.size() >= MAX_GROUP) {
                    open = null;
                    group.finish();
                }
            }
        } finally {
            lock.unlock();
        }
        group.awaitCommit();
        return result;
    }

    @Override
    public <T> T exclusively(Supplier<T> action) {
        lock.lock();
        try {
            if (open != null) {
                open.finish();
                open = null;
            }
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** One open transaction and the transactions that ran in it; touched only by the holder of the lock until finished. */
    private final class Group {
        private final Connection connection;
        private final CountDownLatch finished = new CountDownLatch(1);
        private int size;
        private boolean ended;
        private volatile StoreException failure;

        Group(Connection connection) {
            this.connection = connection;
        }

        int size() {
            return size;
        }

        boolean ended() {
            return ended;
        }

        /** Runs {@code work} in this group's transaction; when it throws, undoes it and rethrows. */
        <T> T run(Function<StoreTx, T> work) {
            if (size == 0) {
                return runFirst(work);
            }
            Savepoint savepoint = steps.savepoint(connection);
            T result;
            try {
                result = work.apply(steps.storeTx(connection));
                steps.release(connection, savepoint);
            } catch (RuntimeException | Error e) {
                undo(savepoint, e);
                throw e;
            }
            size++;
            return result;
        }

        /** The first needs no savepoint: when it throws, the whole transaction is rolled back and the group ends. */
        private <T> T runFirst(Function<StoreTx, T> work) {
            try {
                T result = steps.apply(connection, work);
                size++;
                return result;
            } catch (RuntimeException | Error e) {
                ended = true;
                throw e;
            }
        }

        private void undo(Savepoint savepoint, Throwable cause) {
            try {
                steps.rollbackTo(connection, savepoint);
            } catch (SQLException e) {
                cause.addSuppressed(e);
                failure = new StoreException("Could not undo a failed change alone, so the changes committed with it "
                        + "were undone too: " + JdbcErrors.oneLine(e), e);
                steps.rollback(connection, failure);
                ended = true;
            }
        }

        /** Commits unless the group ended, gives the connection back and lets everyone in the group return. */
        void finish() {
            try {
                if (!ended) {
                    steps.commit(connection);
                }
            } catch (StoreException e) {
                failure = e;
            } finally {
                ended = true;
                try {
                    steps.giveBack(connection, failure);
                } finally {
                    finished.countDown();
                }
            }
        }

        /** Returns once the group is finished; throws when its commit failed. */
        void awaitCommit() {
            boolean interrupted = false;
            while (finished.getCount() > 0) {
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            StoreException cause = failure;
            if (cause != null) {
                throw new StoreException(cause.getMessage(), cause);
            }
        }
    }
}
