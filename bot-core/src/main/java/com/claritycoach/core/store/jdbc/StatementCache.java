package com.claritycoach.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open per physical connection and reused by every transaction that gets
 * that connection from the pool. Preparing (parsing and planning) cost more than running most of the
 * coach's statements, and sqlite-jdbc, unlike the PostgreSQL driver, keeps none of its own. The
 * statements belong to the connection: when the pool closes a connection they close with it, and its
 * entry here is dropped the next time a connection is seen for the first time.
 */
final class StatementCache {
    /** More than the store has distinct statements; a bound in case one is ever built from data. */
    static final int PER_CONNECTION = 256;

    private final Map<Connection, Statements> byConnection = new ConcurrentHashMap<>();

    /** The statements of the connection behind {@code pooled}; only its current borrower may use them. */
    Statements of(Connection pooled) throws SQLException {
        Connection physical = pooled.unwrap(Connection.class);
        Statements statements = byConnection.get(physical);
        if (statements == null) {
            byConnection.keySet().removeIf(StatementCache::isClosed);
            statements = new Statements(physical);
            byConnection.put(physical, statements);
        }
        return statements;
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** One connection's statements by SQL text, least recently used closed first beyond the bound. */
    static final class Statements {
        private final Connection connection;
        private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(64, 0.75f, true);

        private Statements(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement statement = bySql.get(sql);
            if (statement == null || statement.isClosed()) {
                statement = connection.prepareStatement(sql);
                bySql.put(sql, statement);
                if (bySql.size() > PER_CONNECTION) {
                    evictEldest();
                }
            }
            return statement;
        }

        private void evictEldest() throws SQLException {
            var eldest = bySql.entrySet().iterator();
            PreparedStatement evicted = eldest.next().getValue();
            eldest.remove();
            evicted.close();
        }
    }
}
