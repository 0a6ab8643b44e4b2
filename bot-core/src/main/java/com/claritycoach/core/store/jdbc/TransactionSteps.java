package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.StoreTx;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JDBC moves every way of running a store transaction is made of, with the driver quirks dealt
 * with once: borrowing a pooled connection, beginning, savepoints, committing, rolling back.
 */
final class TransactionSteps {
    private final HikariDataSource pool;
    private final String description;
    private final OutboundMessageCodec codec = new OutboundMessageCodec();
    private final StatementCache statements = new StatementCache();
    private final Set<Connection> dropped = Collections.newSetFromMap(new ConcurrentHashMap<>());

    TransactionSteps(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /** A connection of the pool with a transaction begun on it. */
    Connection begin() {
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot reach " + description + ": " + JdbcErrors.oneLine(e), e);
        }
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            StoreException failure = Sql.failure("start a transaction on " + description, e);
            giveBack(connection, failure);
            throw failure;
        }
    }

    /** The store's view of the transaction on {@code connection}, with the connection's reused statements. */
    StoreTx storeTx(Connection connection) {
        try {
            return new JdbcStoreTx(new Sql(statements.of(connection)), codec);
        } catch (SQLException e) {
            throw Sql.failure("start a transaction on " + description, e);
        }
    }

    /** Runs {@code work} on the transaction of {@code connection}, rolling the transaction back when it throws. */
    <T> T apply(Connection connection, Function<StoreTx, T> work) {
        try {
            return work.apply(storeTx(connection));
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        }
    }

    Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw Sql.failure("mark a savepoint on " + description, e);
        }
    }

    /** Undoes what was done since {@code savepoint} and forgets it; the transaction goes on. */
    void rollbackTo(Connection connection, Savepoint savepoint) throws SQLException {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
    }

    void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw Sql.failure("release a savepoint on " + description, e);
        }
    }

    /**
     * Commits by switching auto-commit back on rather than calling {@code commit()}: sqlite-jdbc's
     * {@code commit()} immediately begins the next (IMMEDIATE, so locking) transaction, which can
     * wait on another writer and then report a failure for a commit that succeeded. The JDBC
     * contract makes both drivers commit when auto-commit is switched on. When the commit fails the
     * transaction is rolled back.
     */
    void commit(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            StoreException failure = Sql.failure("commit to " + description, e);
            rollback(connection, failure);
            throw failure;
        }
    }

    /**
     * Rolls back; a connection that cannot even roll back is dropped from the pool, which closes it and
     * so ends its transaction.
     */
    void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            dropped.add(connection);
            pool.evictConnection(connection);
        }
    }

    /**
     * Returns the connection to the pool, unless it was dropped (the pool has closed it already and
     * fails on a second close); a failure to return it is added to {@code pending}, if any.
     */
    void giveBack(Connection connection, Throwable pending) {
        if (dropped.remove(connection)) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            StoreException failure = Sql.failure("return a connection to the pool of " + description, e);
            if (pending == null) {
                throw failure;
            }
            pending.addSuppressed(failure);
        }
    }
}
