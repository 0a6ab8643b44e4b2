package com.claritycoach.app.serve;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.domain.Answer;
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
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that stalls — here SQLite's write lock held by another connection, as a backup or a
 * second process would — must not make Slack wait past its 3 seconds: the request fails fast with a
 * 503 so Slack retries it, {@code /readyz} says the store does not answer while {@code /healthz} still
 * says the process lives, and nothing acknowledged before is lost. Real server, real Bolt app, real
 * SQLite file, over loopback.
 */
class StalledStoreTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The bound of the issue: Slack gives up after 3 s, so a failure must be answered well before. */
    private static final Duration FAIL_FAST = Duration.ofMillis(2_500);
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String ANA = "U0ANA0001";

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private CoachServer server;
    private SignedSlackClient client;
    private String base;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user(ANA, "Ana", "America/Sao_Paulo", false, false, false)
                .channel(CHANNEL, List.of("U0MGR0001", ANA, "U0COACHBOT"));
        ServeConfig config = new ServeConfig(0, database(), null, Optional.of(new SlackOptions(
                "xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null)));
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(),
                "127.0.0.1");
        base = "http://127.0.0.1:" + server.port();
        client = new SignedSlackClient(base + SlackAdapter.EVENTS_PATH, SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        slack.close();
    }

    @Test
    void aStalledDatabaseGetsA503WithinTheBoundAndNothingAckedIsLost() throws Exception {
        assertThat(client.postForm(fixture("slash_command_start.txt").replace("text=start+discovery", "text=start"))
                .statusCode()).isEqualTo(200);
        slack.await(dmTo(ANA, "Question 1 of 2"), WAIT);
        assertThat(client.postJson(dm("Ev0ANSWER0001", "1763870400.000100", "Shoppers get the right part")).statusCode())
                .isEqualTo(200);
        slack.await(dmTo(ANA, "Question 2 of 2"), WAIT);
        assertThat(get(CoachHttpServer.READY_PATH).statusCode()).isEqualTo(200);

        String second = dm("Ev0ANSWER0002", "1763870400.000200", "The mechanic who fits the part");
        try (Connection other = DriverManager.getConnection(database().url());
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");

            long started = System.nanoTime();
            HttpResponse<String> stalled = client.postJson(second);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(stalled.statusCode()).as(stalled.body()).isEqualTo(503);
            assertThat(took).as("time to the 503").isLessThan(FAIL_FAST);

            started = System.nanoTime();
            HttpResponse<String> ready = get(CoachHttpServer.READY_PATH);
            took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"unavailable\"");
            assertThat(took).as("time to the readiness answer").isLessThan(FAIL_FAST);
            assertThat(get(CoachHttpServer.HEALTH_PATH).statusCode()).as("still alive").isEqualTo(200);

            lock.execute("ROLLBACK");
        }

        assertThat(anasAnswers()).as("the acked answer is kept and the refused one was not stored")
                .extracting(Answer::promptId, Answer::revision).containsExactly(tuple("outcome", 1));
        assertThat(get(CoachHttpServer.READY_PATH).body()).contains("\"status\":\"ready\"");
        assertThat(client.postJson(second, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_error"))
                .statusCode()).isEqualTo(200);
        slack.await(dmTo(ANA, "Thank you"), WAIT);
        assertThat(anasAnswers()).extracting(Answer::promptId, Answer::text, Answer::revision).containsExactly(
                tuple("outcome", "Shoppers get the right part", 1),
                tuple("customer", "The mechanic who fits the part", 1));
    }

    private HttpResponse<String> get(String path) {
        return client.get(base + path, Map.of());
    }

    private static Predicate<FakeSlackApi.Call> dmTo(String user, String containing) {
        return c -> c.method().equals("chat.postMessage") && c.ok() && ("D" + user).equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing);
    }

    private List<Answer> anasAnswers() {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            TeamRef team = new TeamRef(new TenantRef(Platform.SLACK, "T0CLARITY"), CHANNEL);
            return store.read(tx -> tx.currentAnswers(
                            tx.latestCheckIn(tx.findTeam(team).orElseThrow().id()).orElseThrow().id()))
                    .stream().filter(a -> a.member().userId().equals(ANA)).toList();
        }
    }

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    private static String dm(String eventId, String ts, String text) {
        return SlackEvents.directMessage(eventId, ANA, "D0ANA0001", text, ts);
    }
}
