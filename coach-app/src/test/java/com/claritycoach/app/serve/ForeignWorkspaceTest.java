package com.claritycoach.app.serve;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackEvents;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a single bot token the app serves the token's workspace only: a correctly signed request
 * naming another {@code team_id} is refused and changes nothing, while the token's own workspace
 * works as before. Real server, real Bolt app, the fake Slack Web API (whose {@code auth.test} names
 * {@code T0CLARITY}), over loopback.
 */
class ForeignWorkspaceTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String FOREIGN = "T0FOREIGN";
    private static final TenantRef OURS = new TenantRef(Platform.SLACK, "T0CLARITY");

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private CoachServer server;
    private SignedSlackClient client;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user("U0ANA0001", "Ana", "America/Sao_Paulo", false, false, false)
                .channel(CHANNEL, List.of("U0MGR0001", "U0ANA0001", "U0COACHBOT"));
        ServeConfig config = new ServeConfig(0, database(), null, Optional.of(new SlackOptions(
                "xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null)));
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
        client = new SignedSlackClient("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        slack.close();
    }

    @Test
    void aSignedRequestForAnotherWorkspaceIsRefusedAndChangesNothing() {
        assertThat(client.postForm(command("start", "T0CLARITY")).statusCode()).isEqualTo(200);
        slack.await(c -> c.method().equals("chat.postMessage") && "DU0ANA0001".equals(c.param("channel")), WAIT);

        HttpResponse<String> close = client.postForm(command("close", FOREIGN));
        HttpResponse<String> answer = client.postJson(SlackEvents.directMessage("Ev0FOREIGN01", "U0ANA0001",
                "D0ANA0001", "Shoppers", "1763870400.000100").replace("T0CLARITY", FOREIGN));
        HttpResponse<String> click = client.postForm("payload=" + URLEncoder.encode(
                fixture("block_actions_skip.json").replace("T0CLARITY", FOREIGN), StandardCharsets.UTF_8));

        assertThat(List.of(close, answer, click)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("does not serve that Slack workspace");
        });
        assertThat(openCheckIn()).as("our check-in is still open").isPresent();
        assertThat(storeKnowsOf(new TenantRef(Platform.SLACK, FOREIGN))).as("nothing stored for the other workspace")
                .isFalse();

        assertThat(client.postForm(command("close", "T0CLARITY")).statusCode()).isEqualTo(200);
        slack.await(c -> c.method().equals("chat.postMessage") && CHANNEL.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains("closed the check-in"), WAIT);
        assertThat(openCheckIn()).as("the token's own workspace still closes its check-in").isEmpty();
    }

    private static String command(String text, String teamId) {
        return fixture("slash_command_start.txt").replace("text=start+discovery", "text=" + text)
                .replace("team_id=T0CLARITY", "team_id=" + teamId)
                .replace("trigger_id=1234567890.123456789", "trigger_id=" + text + "." + teamId);
    }

    private Optional<CheckIn> openCheckIn() {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            return store.read(tx -> tx.currentCheckIn(tx.findTeam(new TeamRef(OURS, CHANNEL)).orElseThrow().id()));
        }
    }

    private boolean storeKnowsOf(TenantRef tenant) {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            return store.read(tx -> tx.findTeam(new TeamRef(tenant, CHANNEL)).isPresent()
                    || !tx.teamsOf(new MemberRef(tenant, "U0MGR0001")).isEmpty()
                    || tx.findProfile(new MemberRef(tenant, "U0ANA0001")).isPresent());
        }
    }

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }
}
