package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.CoachStoreContract;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.store.OutboxEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a real SQLite file, plus what only SQLite needs: its settings and several processes on one file. */
class SqliteCoachStoreTest extends CoachStoreContract {

    @TempDir
    Path directory;

    private DatabaseConfig config() {
        return DatabaseConfig.of("jdbc:sqlite:" + directory.resolve("coach.db"));
    }

    @Override
    protected CoachStore openNewStore() {
        return CoachStores.open(config());
    }

    @Override
    protected CoachStore reopenStore() {
        return CoachStores.open(config());
    }

    @Test
    void connectionsUseWalNormalSyncForeignKeysAndABusyTimeout() throws SQLException {
        JdbcCoachStore jdbc = (JdbcCoachStore) store;

        assertThat(jdbc.dialect()).isEqualTo(Dialect.SQLITE);
        try (Connection connection = jdbc.dataSource().getConnection()) {
            assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(connection, "synchronous")).isEqualTo("1");
            assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(connection, "busy_timeout")).isEqualTo("1500");
            assertThat(pragma(connection, "wal_autocheckpoint")).as("checkpoints run in the background").isEqualTo("0");
        }
    }

    @Test
    void twoStoresOnOneFileCanBothWriteAtOnce() throws Exception {
        CoachStore second = track(reopenStore());
        long sales = team(ACME_SALES);
        long checkIn = openCheckIn(sales);
        List<CoachStore> stores = List.of(store, second);

        List<Integer> revisions = runConcurrently(4, worker -> {
            CoachStore mine = stores.get(worker % 2);
            MemberRef member = new MemberRef(ACME, "U-" + worker);
            int revision = 0;
            for (int step = 0; step < 10; step++) {
                revision = mine.inTransaction(tx -> {
                    tx.ensureMember(sales, member);
                    return tx.saveAnswer(checkIn, member, "customer", "answer", T0, Set.of(), null).revision();
                });
            }
            return revision;
        });

        assertThat(revisions).containsOnly(10);
        assertThat(second.read((StoreTx tx) -> tx.members(sales))).hasSize(4);
    }

    @Test
    void anUnreadableOutboxRowIsAbandonedInsteadOfBlockingTheQueue() throws SQLException {
        JdbcCoachStore jdbc = (JdbcCoachStore) store;
        try (Connection connection = jdbc.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO outbox (platform, tenant_id, message, created_at, not_before) "
                    + "VALUES ('SLACK', 'T-ACME', '{not json', 0, 0)");
        }
        long good = store.inTransaction(tx -> tx.enqueue(dm(ANA, "hello"), T0));

        assertThat(store.inTransaction((StoreTx tx) -> tx.pendingOutbox(T0, 10))).extracting(OutboxEntry::id)
                .containsExactly(good);
        try (Connection connection = jdbc.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT abandoned, last_error FROM outbox WHERE id <> " + good)) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean("abandoned")).isTrue();
            assertThat(row.getString("last_error")).contains("unreadable");
        }
    }

    @Test
    void anAdapterCanKeepItsOwnMigratedTablesInTheSameDatabase() throws Exception {
        JdbcCoachStore jdbc = (JdbcCoachStore) store;
        Path migrations = Files.createDirectories(directory.resolve("adapter-migrations"));
        Files.writeString(migrations.resolve("V1__installs.sql"),
                "CREATE TABLE adapter_installs (team_id TEXT PRIMARY KEY, token TEXT NOT NULL);");

        Flyway.configure().dataSource(jdbc.dataSource()).locations("filesystem:" + migrations)
                .table("adapter_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        store.close();
        store = track(reopenStore());

        try (Connection connection = ((JdbcCoachStore) store).dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("INSERT INTO adapter_installs VALUES ('T1', 'xoxb')")).isEqualTo(1);
        }
        assertThat(team(ACME_SALES)).isPositive();
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
