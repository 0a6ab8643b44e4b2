package com.claritycoach.teams.store;

import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

@EnabledIfEnvironmentVariable(named = "COACH_TEST_POSTGRES_URL", matches = ".+")
class TeamsAddressBookPostgresTest extends TeamsAddressBookTest {
    @Override
    DatabaseConfig database(Path dir) {
        return DatabaseConfig.of(System.getenv("COACH_TEST_POSTGRES_URL"));
    }
}
