package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.StoreTx;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
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
    private final OutboundMessageCodec codec = new OutboundMessageCodec();
    private final StatementCache statements = new StatementCache();
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private final WriterQueue writers;
    private final WalCheckpoints checkpoints;

    JdbcCoachStore(HikariDataSource pool, Dialect dialect, String description) {
        this.pool = pool;
        this.dialect = dialect;
        this.description = description;
        this.writers = WriterQueue.of(dialect);
        this.checkpoints = WalCheckpoints.of(dialect, pool, writers);
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
            return writers.run(() -> runOnPooledConnection(work));
        } finally {
            inTransaction.remove();
        }
    }

    private <T> T runOnPooledConnection(Function<StoreTx, T> work) {
        try (Connection connection = connect()) {
            return run(connection, work);
        } catch (SQLException e) {
            throw Sql.failure("return a connection to the pool of " + description, e);
        }
    }

    @Override
    public void close() {
        checkpoints.close();
        pool.close();
        LOG.info("Closed store {}", description);
    }

    @Override
    public String toString() {
        return "JdbcCoachStore[" + description + "]";
    }

    private Connection connect() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot reach " + description + ": " + JdbcErrors.oneLine(e), e);
        }
    }

    /**
     * Commits by switching auto-commit back on rather than calling {@code commit()}: sqlite-jdbc's
     * {@code commit()} immediately begins the next (IMMEDIATE, so locking) transaction, which can
     * wait on another writer and then report a failure for a commit that succeeded. The JDBC
     * contract makes both drivers commit when auto-commit is switched on.
     */
    private <T> T run(Connection connection, Function<StoreTx, T> work) {
        Sql sql;
        try {
            connection.setAutoCommit(false);
            sql = new Sql(statements.of(connection));
        } catch (SQLException e) {
            throw Sql.failure("start a transaction on " + description, e);
        }
        T result;
        try {
            result = work.apply(new JdbcStoreTx(sql, codec));
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            StoreException failure = Sql.failure("commit to " + description, e);
            rollback(connection, failure);
            throw failure;
        }
        checkpoints.committed();
        return result;
    }

    /** Rolls back; a connection that cannot even roll back is dropped from the pool, which ends its transaction. */
    private void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            pool.evictConnection(connection);
        }
    }
}
