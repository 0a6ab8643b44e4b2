package com.claritycoach.teams.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The Teams adapter's own tables, migrated with their own Flyway history so that the core's schema
 * and the adapter's evolve independently in one database.
 */
public final class TeamsSchema {
    static final String HISTORY_TABLE = "flyway_teams_history";

    private TeamsSchema() {
    }

    /** Creates or upgrades the tables; safe to run at every start and from several instances. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/teams")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
