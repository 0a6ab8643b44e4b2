package com.claritycoach.teams.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

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
        book = new TeamsAddressBook(store.dataSource(), clock);
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

    @Test
    void valuesThisInstanceJustWroteAreNotWrittenAgainButAChangeIs() throws Exception {
        Instant first = clock.instant();
        book.rememberTenant(new TenantRoute("t1", "https://smba.example/emea/", "28:bot", "Clarity Coach"));
        book.rememberMember("t1", "29:ana", "Ana Lima", "America/Sao_Paulo");
        book.rememberChat("t1", "29:ana", "a:1chat");
        clock.advance(Duration.ofMinutes(1));

        book.rememberTenant(new TenantRoute("t1", "https://smba.example/emea/", "28:bot", "Clarity Coach"));
        book.rememberMember("t1", "29:ana", "Ana Lima", "America/Sao_Paulo");
        book.rememberChat("t1", "29:ana", "a:1chat");

        assertThat(updatedAt("teams_tenant")).as("the same route is not rewritten").isEqualTo(first);
        assertThat(updatedAt("teams_member")).as("the same name, zone and chat are not rewritten").isEqualTo(first);

        book.rememberMember("t1", "29:ana", "Ana Lima", "Europe/Lisbon");

        assertThat(updatedAt("teams_member")).isEqualTo(clock.instant());
        assertThat(book.member("t1", "29:ana").orElseThrow().timeZone()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void aForgottenMemberIsLearnedAgainFromTheirNextActivity() {
        book.rememberMember("t1", "29:ana", "Ana Lima", "America/Sao_Paulo");
        book.forgetMember("t1", "29:ana");

        book.rememberMember("t1", "29:ana", "Ana Lima", "America/Sao_Paulo");

        assertThat(book.member("t1", "29:ana").orElseThrow())
                .extracting(KnownMember::displayName, KnownMember::timeZone)
                .containsExactly("Ana Lima", "America/Sao_Paulo");
    }

    private Instant updatedAt(String table) throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT updated_at FROM " + table)) {
            assertThat(row.next()).as(table + " has a row").isTrue();
            return Instant.ofEpochMilli(row.getLong(1));
        }
    }
}
