package com.claritycoach.core.store.jdbc;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets this process's store transactions into the database one at a time, in arrival order, where
 * the database itself admits only one writer. SQLite makes a second writer sleep and retry (its busy
 * timeout backs off up to 100 ms a try), which under load turned a 1 ms step into acks of a second
 * and more; every store transaction on SQLite writes ({@code BEGIN IMMEDIATE}), so queueing them
 * here in a fair lock loses no parallelism. The busy timeout still covers other processes on the
 * same file. PostgreSQL locks rows, not the database, so its writers are not queued.
 */
sealed interface WriterQueue {

    <T> T run(Supplier<T> transaction);

    static WriterQueue of(Dialect dialect) {
        return dialect == Dialect.SQLITE ? new OneAtATime() : new Unqueued();
    }

    /** A fair lock: the longest-waiting transaction goes next. */
    final class OneAtATime implements WriterQueue {
        private final Lock lock = new ReentrantLock(true);

        @Override
        public <T> T run(Supplier<T> transaction) {
            lock.lock();
            try {
                return transaction.get();
            } finally {
                lock.unlock();
            }
        }
    }

    final class Unqueued implements WriterQueue {
        @Override
        public <T> T run(Supplier<T> transaction) {
            return transaction.get();
        }
    }
}
