package com.claritycoach.slack.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on a SQLite file, and on PostgreSQL too when {@code COACH_TEST_POSTGRES_URL} is set (see the subclass). */
class JdbcInstallationServiceTest {
    @TempDir
    Path dir;
    private JdbcCoachStore store;
    private JdbcInstallationService installations;

    DatabaseConfig database(Path dir) {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    @BeforeEach
    void open() throws Exception {
        store = CoachStores.open(database(dir));
        SlackSchema.migrate(store.dataSource());
        try (Connection c = store.dataSource().getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM slack_installation");
        }
        installations = new JdbcInstallationService(store.dataSource(),
                Clock.fixed(Instant.parse("2026-11-23T05:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void workspacesNeverSeeEachOthersToken() throws Exception {
        installations.saveInstallerAndBot(installer(null, "T0AAA", false, "xoxb-aaa"));
        installations.saveInstallerAndBot(installer(null, "T0BBB", false, "xoxb-bbb"));

        assertThat(installations.botToken(slack("T0AAA"))).contains("xoxb-aaa");
        assertThat(installations.botToken(slack("T0BBB"))).contains("xoxb-bbb");
        assertThat(installations.botToken(slack("T0CCC"))).isEmpty();
        assertThat(installations.botToken(new TenantRef(Platform.TEAMS, "T0AAA"))).isEmpty();
        assertThat(installations.findBot(null, "T0AAA").getBotAccessToken()).isEqualTo("xoxb-aaa");
    }

    @Test
    void reinstallReplacesTheToken() throws Exception {
        installations.saveInstallerAndBot(installer(null, "T0AAA", false, "xoxb-old"));
        installations.saveInstallerAndBot(installer(null, "T0AAA", false, "xoxb-new"));

        assertThat(installations.botToken(slack("T0AAA"))).contains("xoxb-new");
    }

    @Test
    void orgWideInstallServesEveryWorkspaceOfTheOrganisation() throws Exception {
        installations.saveInstallerAndBot(installer("E0ORG", null, true, "xoxb-org"));

        assertThat(installations.botToken(slack("E0ORG"))).contains("xoxb-org");
        assertThat(installations.findBot("E0ORG", "T0ANY").getBotAccessToken()).isEqualTo("xoxb-org");
        assertThat(installations.findBot(null, "T0ANY")).isNull();
    }

    @Test
    void deleteAllRemovesTheWorkspaceOnly() throws Exception {
        installations.saveInstallerAndBot(installer(null, "T0AAA", false, "xoxb-aaa"));
        installations.saveInstallerAndBot(installer(null, "T0BBB", false, "xoxb-bbb"));

        installations.deleteAll(null, "T0AAA");

        assertThat(installations.botToken(slack("T0AAA"))).isEmpty();
        assertThat(installations.botToken(slack("T0BBB"))).contains("xoxb-bbb");
    }

    @Test
    void revokedBotUserIsDeleted() throws Exception {
        installations.saveInstallerAndBot(installer(null, "T0AAA", false, "xoxb-aaa"));

        assertThat(installations.deleteByBotUser("T0AAA", "U0BOT")).isEqualTo(1);
        assertThat(installations.botToken(slack("T0AAA"))).isEmpty();
    }

    @Test
    void slackTablesKeepTheirOwnMigrationHistoryAndMigratingAgainIsHarmless() throws Exception {
        SlackSchema.migrate(store.dataSource());

        try (Connection c = store.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM " + SlackSchema.HISTORY_TABLE + " WHERE version = '1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static TenantRef slack(String id) {
        return new TenantRef(Platform.SLACK, id);
    }

    private static DefaultInstaller installer(String enterpriseId, String teamId, boolean orgWide, String token) {
        DefaultInstaller i = new DefaultInstaller();
        i.setEnterpriseId(enterpriseId);
        i.setTeamId(teamId);
        i.setIsEnterpriseInstall(orgWide);
        i.setAppId("A0COACH01");
        i.setInstallerUserId("U0MGR0001");
        i.setBotId("B0BOT");
        i.setBotUserId("U0BOT");
        i.setBotAccessToken(token);
        i.setBotScope("commands,chat:write");
        return i;
    }
}
