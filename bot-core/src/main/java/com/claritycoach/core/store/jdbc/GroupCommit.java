package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.StoreTx;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits this process's SQLite transactions in groups. SQLite admits one writer at a time, and a
 * commit writes every page the transaction changed to the log: an answer step changes about nine (the
 * answer, the conversation, the outbox row and their indexes) where a one-row insert changes one, so
 * alone a step costs several bare inserts, and steps queued behind each other paid that one by one.
 * Handing the writer from thread to thread cost as much again: with eight threads answering at once
 * on two cores, steps ran slower than one thread alone.
 *
 * <p>So transactions wait in a queue, in arrival order, and whichever thread gets the writer lock
 * runs the waiting ones itself, back to back, in one database transaction: each in a savepoint of
 * its own, then one commit for all (flat combining). A transaction that throws is rolled back to its
 * savepoint and fails alone; a commit that fails fails every transaction of the group. Nobody returns
 * before the commit that holds their work, so a step is still committed before it is acknowledged. A
 * transaction that finds nobody waiting runs and commits on its own thread, without a savepoint,
 * exactly as if alone. The work of a waiting transaction may therefore run on another thread: store
 * work must not depend on the thread it runs on (none does; nesting is still refused). The busy
 * timeout still covers other processes on the same file.
 */
final class GroupCommit implements Transactions {
    /** Bounds how long the first of a group waits for the others to run. */
    static final int MAX_GROUP = 32;
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final TransactionSteps steps;
    private final ReentrantLock writer = new ReentrantLock();
    private final Queue<Request<?>> waiting = new ConcurrentLinkedQueue<>();

    GroupCommit(TransactionSteps steps) {
        this.steps = steps;
    }

    @Override
    public <T> T run(Function<StoreTx, T> work) {
        Request<T> request = new Request<>(work, Thread.currentThread());
        waiting.add(request);
        boolean interrupted = false;
        while (!request.isDone()) {
            if (writer.tryLock()) {
                try {
                    while (!request.isDone()) {
                        runGroup();
                    }
                } finally {
                    writer.unlock();
                }
                wakeNextLeader();
            } else {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return request.outcome();
    }

    @Override
    public <T> T exclusively(Supplier<T> action) {
        writer.lock();
        try {
            return action.get();
        } finally {
            writer.unlock();
            wakeNextLeader();
        }
    }

    /**
     * Lets the longest-waiting transaction take the writer lock: it may have queued after the last
     * group was taken, while the lock was still held.
     */
    private void wakeNextLeader() {
        Request<?> next = waiting.peek();
        if (next != null) {
            LockSupport.unpark(next.thread);
        }
    }

    /** Runs up to {@link #MAX_GROUP} waiting transactions in one database transaction and commits it. */
    private void runGroup() {
        Connection connection;
        try {
            connection = steps.begin();
        } catch (RuntimeException e) {
            failEveryoneWaiting(e);
            return;
        }
        List<Request<?>> ran = new ArrayList<>();
        StoreException groupFailure = null;
        try {
            Request<?> next;
            while (groupFailure == null && ran.size() < MAX_GROUP && (next = waiting.poll()) != null) {
                if (ran.isEmpty()) {
                    if (!runFirst(connection, next)) {
                        return;
                    }
                    ran.add(next);
                } else {
                    groupFailure = runInSavepoint(connection, next);
                    if (next.succeeded()) {
                        ran.add(next);
                    }
                }
            }
            if (groupFailure == null) {
                steps.commit(connection);
            }
        } catch (StoreException e) {
            groupFailure = e;
        } finally {
            giveBack(connection, groupFailure);
        }
        for (Request<?> each : ran) {
            if (groupFailure == null) {
                each.commit();
            } else {
                each.fail(new StoreException(groupFailure.getMessage(), groupFailure));
            }
        }
    }

    /**
     * The database did not even begin a transaction (its write lock is held elsewhere, the pool is
     * exhausted): every transaction waiting now would wait as long again, one after another, so all of
     * them fail at once and their callers can answer fast.
     */
    private void failEveryoneWaiting(RuntimeException e) {
        Request<?> next;
        while ((next = waiting.poll()) != null) {
            next.fail(new StoreException(e.getMessage(), e));
        }
    }

    /**
     * Returns the group's connection. Its transaction is over by then, committed or rolled back, so a
     * connection the pool will not take back must not fail the group: it is only logged.
     */
    private void giveBack(Connection connection, StoreException groupFailure) {
        try {
            steps.giveBack(connection, groupFailure);
        } catch (StoreException e) {
            LOG.warn("{}", e.getMessage());
        }
    }

    /** The first needs no savepoint: when it throws, the whole transaction is rolled back and nothing else ran in it. */
    private <T> boolean runFirst(Connection connection, Request<T> request) {
        try {
            request.result = steps.apply(connection, request.work);
            return true;
        } catch (RuntimeException | Error e) {
            request.fail(e);
            return false;
        }
    }

    /**
     * Runs a later transaction in a savepoint, rolled back to when it throws. Returns the failure of
     * the whole group when even that fails, which leaves the database transaction rolled back.
     */
    private <T> StoreException runInSavepoint(Connection connection, Request<T> request) {
        Savepoint savepoint;
        try {
            savepoint = steps.savepoint(connection);
        } catch (StoreException e) {
            request.fail(e);
            return null;
        }
        try {
            request.result = request.work.apply(steps.storeTx(connection));
            steps.release(connection, savepoint);
            return null;
        } catch (RuntimeException | Error e) {
            StoreException groupFailure = null;
            try {
                steps.rollbackTo(connection, savepoint);
            } catch (SQLException undo) {
                e.addSuppressed(undo);
                groupFailure = new StoreException("Could not undo a failed change alone, so the changes committed "
                        + "with it were undone too: " + JdbcErrors.oneLine(undo), undo);
                steps.rollback(connection, groupFailure);
            }
            request.fail(e);
            return groupFailure;
        }
    }

    /** One transaction's work and, once its group is done, what came of it. */
    private static final class Request<T> {
        private final Function<StoreTx, T> work;
        private final Thread thread;
        private T result;
        private Throwable failure;
        private volatile boolean done;

        Request(Function<StoreTx, T> work, Thread thread) {
            this.work = work;
            this.thread = thread;
        }

        boolean isDone() {
            return done;
        }

        boolean succeeded() {
            return failure == null;
        }

        /** Its work is committed: the waiting thread returns the result. */
        void commit() {
            finish();
        }

        /** Its work failed or was undone: the waiting thread throws {@code cause}. */
        void fail(Throwable cause) {
            failure = cause;
            finish();
        }

        private void finish() {
            done = true;
            LockSupport.unpark(thread);
        }

        T outcome() {
            if (failure == null) {
                return result;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        }
    }
}
