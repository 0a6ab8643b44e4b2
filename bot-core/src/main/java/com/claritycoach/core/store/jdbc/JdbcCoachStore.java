package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach's store on SQLite or PostgreSQL behind a small connection pool. Open it with
 * {@link CoachStores#open}. Adapters may keep their own tables in the same database through
 * {@link #dataSource()}, with their own migration history table.
 */
public final class JdbcCoachStore implements CoachStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCoachStore.class);

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String description;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private final Transactions transactions;
    private final WalCheckpoints checkpoints;

    JdbcCoachStore(HikariDataSource pool, Dialect dialect, String description) {
        this.pool = pool;
        this.dialect = dialect;
        this.description = description;
        this.transactions = Transactions.of(dialect, new TransactionSteps(pool, description));
        this.checkpoints = WalCheckpoints.of(dialect, pool, transactions);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** @throws IllegalStateException when called from inside another transaction of this store */
    @Override
    public <T> T inTransaction(Function<StoreTx, T> work) {
        Objects.requireNonNull(work, "work");
        if (inTransaction.get()) {
            throw new IllegalStateException("Store transactions do not nest; finish the current one first");
        }
        inTransaction.set(true);
        try {
            T result = transactions.run(work);
            checkpoints.committed();
            return result;
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    public void close() {
        checkpoints.close();
        transactions.exclusively(() -> null);
        pool.close();
        LOG.info("Closed store {}", description);
    }

    @Override
    public String toString() {
        return "JdbcCoachStore[" + description + "]";
    }
}
