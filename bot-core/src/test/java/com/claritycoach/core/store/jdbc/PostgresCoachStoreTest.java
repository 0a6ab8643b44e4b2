package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.CoachStoreContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The contract on a real PostgreSQL, when {@code COACH_TEST_POSTGRES_URL} points at one (e.g.
 * {@code jdbc:postgresql://127.0.0.1:55432/coach_test?user=coach}). Each test gets its own schema,
 * dropped afterwards, so runs never see each other's rows.
 */
@EnabledIfEnvironmentVariable(named = PostgresCoachStoreTest.URL_VARIABLE, matches = "jdbc:postgresql:.+")
class PostgresCoachStoreTest extends CoachStoreContract {

    static final String URL_VARIABLE = "COACH_TEST_POSTGRES_URL";

    private final List<String> schemas = new ArrayList<>();

    @Override
    protected CoachStore openNewStore() throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
        schemas.add(schema);
        return reopenStore();
    }

    @Override
    protected CoachStore reopenStore() {
        return CoachStores.open(DatabaseConfig.of(withSchema(baseUrl(), schemas.get(schemas.size() - 1))));
    }

    @AfterEach
    void dropSchemas() throws SQLException {
        closeStores();
        for (String schema : schemas) {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void storeSaysItIsPostgres() {
        assertThat(((JdbcCoachStore) store).dialect()).isEqualTo(Dialect.POSTGRESQL);
    }

    static String baseUrl() {
        return System.getenv(URL_VARIABLE);
    }

    static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(baseUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
