package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreTx;
import java.sql.Connection;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the store's transactions reach the database: each on its own connection where the database
 * runs writers side by side (PostgreSQL), committed in groups where it admits one writer at a time
 * (SQLite, {@link GroupCommit}).
 */
sealed interface Transactions permits Transactions.Separate, GroupCommit {

    /** Runs {@code work} in a transaction and returns once it is committed; rolls it back when it throws. */
    <T> T run(Function<StoreTx, T> work);

    /** Runs {@code action} while no transaction of this store is open or can begin. */
    <T> T exclusively(Supplier<T> action);

    static Transactions of(Dialect dialect, TransactionSteps steps) {
        return dialect == Dialect.SQLITE ? new GroupCommit(steps) : new Separate(steps);
    }

    /** One transaction per connection, committed as soon as its work returns. */
    final class Separate implements Transactions {
        private final TransactionSteps steps;

        Separate(TransactionSteps steps) {
            this.steps = steps;
        }

        @Override
        public <T> T run(Function<StoreTx, T> work) {
            Connection connection = steps.begin();
            T result;
            try {
                result = steps.apply(connection, work);
                steps.commit(connection);
            } catch (RuntimeException | Error e) {
                steps.giveBack(connection, e);
                throw e;
            }
            steps.giveBack(connection, null);
            return result;
        }

        @Override
        public <T> T exclusively(Supplier<T> action) {
            return action.get();
        }
    }
}
