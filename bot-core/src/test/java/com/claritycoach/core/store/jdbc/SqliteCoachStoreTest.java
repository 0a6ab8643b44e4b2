package com.claritycoach.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.CoachStoreContract;
import com.claritycoach.core.store.StoreTx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
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
            assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
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

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
