package com.claritycoach.slack.oauth;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The Slack adapter's own tables, next to the coach's in the same database but migrated with their
 * own Flyway history table, so the core and the adapter evolve their schemas independently.
 */
public final class SlackSchema {
    static final String HISTORY_TABLE = "flyway_slack_history";

    private SlackSchema() {
    }

    /** Creates or upgrades the tables; safe to run at every start and from several instances. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/slack/" + dialect(dataSource))
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    static String dialect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("sqlite")) {
                return "sqlite";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("the Slack installation store supports SQLite and PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database for the Slack tables: " + e.getMessage(), e);
        }
    }
}
