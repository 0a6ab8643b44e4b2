package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The little JDBC the row classes need, on the transaction's connection, with statements reused across
 * transactions ({@link StatementCache}). Binds instants as epoch millis and enums by name, so the SQL
 * stays the same on SQLite and PostgreSQL, and turns every {@link SQLException} into a
 * {@link StoreException} that says what was being done.
 */
final class Sql {

    /** Reads one row; called with the cursor on that row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A null bound with its SQL type, which PostgreSQL needs to accept it. */
    record Null(int sqlType) {
        static final Null TEXT = new Null(Types.VARCHAR);
        static final Null BIGINT = new Null(Types.BIGINT);
    }

    private final StatementCache.Statements statements;

    Sql(StatementCache.Statements statements) {
        this.statements = statements;
    }

    <T> List<T> list(String what, String sql, RowMapper<T> mapper, Object... params) {
        try (ResultSet rows = prepare(sql, params).executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    <T> Optional<T> one(String what, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(what, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String what, String sql, Object... params) {
        try {
            return prepare(sql, params).executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs an {@code INSERT ... RETURNING} of one number, usually the new row's id. */
    long insert(String what, String sql, Object... params) {
        return one(what, sql, row -> row.getLong(1), params)
                .orElseThrow(() -> new StoreException("Could not " + what + ": the database returned no id", null));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Object millis(Instant instant) {
        return instant == null ? Null.BIGINT : instant.toEpochMilli();
    }

    static Object text(String value) {
        return value == null ? Null.TEXT : value;
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + ": " + JdbcErrors.oneLine(e), e);
    }

    /** A reused statement with every parameter bound afresh. */
    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = statements.prepare(sql);
        for (int i = 0; i < params.length; i++) {
            bind(statement, i + 1, params[i]);
        }
        return statement;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Null nothing) {
            statement.setNull(index, nothing.sqlType());
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Instant instant) {
            statement.setLong(index, instant.toEpochMilli());
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            throw new IllegalArgumentException("Cannot bind " + (value == null ? "null" : value.getClass().getName())
                    + " at parameter " + index + "; wrap nulls in Sql.Null");
        }
    }
}
