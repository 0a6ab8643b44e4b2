package com.claritycoach.teams.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on a SQLite file, and on PostgreSQL too when {@code COACH_TEST_POSTGRES_URL} is set (see the subclass). */
class TeamsAddressBookTest {
    @TempDir
    Path dir;
    private JdbcCoachStore store;
    private TeamsAddressBook book;

    DatabaseConfig database(Path dir) {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    @BeforeEach
    void open() throws Exception {
        store = CoachStores.open(database(dir));
        TeamsSchema.migrate(store.dataSource());
        TeamsSchema.migrate(store.dataSource());
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("teams_tenant", "teams_channel", "teams_member", "teams_thread")) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
        book = new TeamsAddressBook(store.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void tenantsAreKeptApartAndTheLatestRouteWins() {
        book.rememberTenant(new TenantRoute("t1", "https://smba.example/emea/", "28:bot", "Clarity Coach"));
        book.rememberTenant(new TenantRoute("t2", "https://smba.example/amer/", "28:bot", null));
        book.rememberTenant(new TenantRoute("t1", "https://smba.example/apac/", "28:bot", null));

        assertThat(book.tenant("t1").orElseThrow())
                .isEqualTo(new TenantRoute("t1", "https://smba.example/apac/", "28:bot", "Clarity Coach"));
        assertThat(book.tenant("t2").orElseThrow().serviceUrl()).isEqualTo("https://smba.example/amer/");
        assertThat(book.tenant("t3")).isEmpty();
    }

    @Test
    void aMembersNameZoneAndChatAreKeptWhenOneOfThemChanges() {
        book.rememberMember("t1", "29:ana", "Ana Lima", "America/Sao_Paulo");
        book.rememberChat("t1", "29:ana", "a:1chat");
        book.rememberMember("t1", "29:ana", null, null);
        book.rememberNames("t1", Map.of("29:ana", "Ana L."));

        assertThat(book.member("t1", "29:ana").orElseThrow())
                .isEqualTo(new KnownMember("t1", "29:ana", "Ana L.", "America/Sao_Paulo", "a:1chat"));
        assertThat(book.member("t2", "29:ana")).isEmpty();
    }

    @Test
    void manyMembersAreLookedUpInChunks() {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            names.put("29:m" + i, "Member " + i);
            ids.add("29:m" + i);
        }
        book.rememberNames("t1", names);
        ids.add("29:unknown");

        Map<String, KnownMember> found = book.members("t1", ids);

        assertThat(found).hasSize(1_200);
        assertThat(found.get("29:m1199").displayName()).isEqualTo("Member 1199");
    }

    @Test
    void channelsBelongToTheirTeamAndThreadsToTheirMember() {
        book.rememberChannel("t1", "19:general", "19:general", "Parts Team");
        book.rememberChannel("t1", "19:product", "19:general", null);
        book.rememberChannel("t1", "19:chat", null, null);
        book.rememberChannel("t1", "19:general", null, null);
        book.rememberThread("t1", "19:product", "29:ana", "19:product;messageid=111", "111");
        book.rememberThread("t1", "19:product", "29:ana", "19:product", "222");

        assertThat(book.channelsOf("t1", "19:general")).containsExactly("19:general", "19:product");
        assertThat(book.teamOf("t1", "19:chat")).isEmpty();
        assertThat(book.channelName("t1", "19:general")).contains("Parts Team");
        assertThat(book.teamOf("t1", "19:general")).contains("19:general");
        assertThat(book.thread("t1", "19:product", "29:ana")).contains(new TeamsAddressBook.Thread("19:product", "222"));
        assertThat(book.thread("t1", "19:product", "29:bo")).isEmpty();
    }
}
