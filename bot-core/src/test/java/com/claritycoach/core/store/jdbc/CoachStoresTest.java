package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachStoresTest {

    @TempDir
    Path directory;

    @Test
    void missingDirectoriesOfASqliteFileAreCreated() {
        Path file = directory.resolve("data/coach/coach.db");

        try (JdbcCoachStore store = CoachStores.open(DatabaseConfig.of("jdbc:sqlite:" + file))) {
            store.inTransaction(tx -> tx.ensureTeam(new TeamRef(new TenantRef(Platform.CONSOLE, "local"), "demo"), "Demo"));
        }

        assertThat(file).isRegularFile();
    }

    @Test
    void aSqlitePathThatCannotBeCreatedGivesAOneLineReason() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "not a directory");
        String url = "jdbc:sqlite:" + notADirectory.resolve("coach.db");

        assertThatThrownBy(() -> CoachStores.open(DatabaseConfig.of(url)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(notADirectory.resolve("coach.db").toString())
                .hasMessageContaining("is not a directory")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aSqliteFileThatIsNotADatabaseGivesAOneLineReason() throws Exception {
        Path garbage = Files.write(directory.resolve("coach.db"), new byte[4096]);
        Files.writeString(garbage, "this is not a database file, just text that goes on for a while");

        assertThatThrownBy(() -> CoachStores.open(DatabaseConfig.of("jdbc:sqlite:" + garbage)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot ")
                .hasMessageContaining(garbage.toString())
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnsupportedUrlIsRefusedWithTheSupportedForms() {
        assertThatThrownBy(() -> CoachStores.open(DatabaseConfig.of("jdbc:mysql://db/coach?password=hunter2")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:mysql://db/coach")
                .hasMessageContaining("jdbc:sqlite:")
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anInMemorySqliteDatabaseIsRefused() {
        assertThatThrownBy(() -> CoachStores.open(DatabaseConfig.of("jdbc:sqlite::memory:")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("file path");
    }

    @Test
    void anUnreachablePostgresGivesAOneLineReasonWithoutThePassword() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/coach?password=hunter2&connectTimeout=2",
                "coach", "s3cret");

        assertThatThrownBy(() -> CoachStores.open(config))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot open PostgreSQL database jdbc:postgresql://127.0.0.1:1/coach")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }

    @Test
    void configDoesNotShowItsPassword() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://db/coach?password=hunter2", "coach", "s3cret");

        assertThat(config.toString()).contains("coach").doesNotContain("hunter2").doesNotContain("s3cret");
    }

    @Test
    void environmentDefaultsToTheSqliteFile() {
        assertThat(DatabaseConfig.fromEnvironment(Map.of()))
                .isEqualTo(new DatabaseConfig("jdbc:sqlite:clarity-coach.db", null, null));
        assertThat(DatabaseConfig.fromEnvironment(Map.of("COACH_DB_URL", "jdbc:postgresql://db/coach",
                "COACH_DB_USER", "coach", "COACH_DB_PASSWORD", "s3cret", "OTHER", "x")))
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db/coach", "coach", "s3cret"));
        assertThat(DatabaseConfig.fromEnvironment(Map.of("COACH_DB_URL", " ", "COACH_DB_USER", "")))
                .isEqualTo(new DatabaseConfig("jdbc:sqlite:clarity-coach.db", null, null));
    }

    @Test
    void passwordsAreRedactedFromUrls() {
        assertThat(JdbcErrors.redact("jdbc:postgresql://h/db?user=a&password=p%40ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        assertThat(JdbcErrors.redact("jdbc:postgresql://a:secret@h/db")).isEqualTo("jdbc:postgresql://a:***@h/db");
        assertThat(JdbcErrors.redact("jdbc:sqlite:coach.db")).isEqualTo("jdbc:sqlite:coach.db");
    }
}
