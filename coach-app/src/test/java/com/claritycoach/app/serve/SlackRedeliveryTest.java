package com.claritycoach.app.serve;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.SlackEvents;
import com.claritycoach.slack.testing.FakeSlackApi.Call;
import com.claritycoach.slack.testing.SignedSlackClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack redelivers an event it thinks went unacknowledged, marking the retry with
 * {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason}. Here every kind of request the coach
 * acts on arrives three times over real HTTP (the original and two retries) and must change the
 * store and reach the member exactly once, even when the retry comes after a restart.
 */
class SlackRedeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String ANA = "U0ANA0001";
    private static final String ANA_DM = "DU0ANA0001";
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String START = fixture("slash_command_start.txt").replace("text=start+discovery", "text=start");
    private static final List<Map<String, String>> ORIGINAL_AND_TWO_RETRIES = List.of(
            Map.of(),
            Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"),
            Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_error"));
    private static final Playbook DISCOVERY = new Playbook("discovery", "Discovery", "Test discovery", List.of(
            new Prompt("outcome", PromptKind.OUTCOME, "What is the ultimate outcome?", "So we aim at one thing.",
                    "Shoppers find the right part first time."),
            new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?", "So we serve one person.",
                    "The mechanic who fits the part."),
            new Prompt("measure", PromptKind.MEASURE, "How will we measure success?", "So we know.",
                    "Returns per thousand parts sold.")));

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private CoachServer server;
    private SignedSlackClient client;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user(ANA, "Ana", "America/Sao_Paulo", false, false, false)
                .channel(CHANNEL, List.of("U0MGR0001", ANA, "U0COACHBOT"));
        serve();
    }

    @AfterEach
    void stop() {
        server.close();
        slack.close();
    }

    @Test
    void everyEventDeliveredThreeTimesIsHandledOnce() {
        deliverThrice(START, FORM);
        slack.await(dmTo(ANA, "Question 1 of 3"), WAIT);

        String answer = dm("Ev0ANSWER0001", "1763870400.000100", "Shoppers get the right part first time");
        deliverThrice(answer, JSON);
        Call second = slack.await(dmTo(ANA, "Question 2 of 3"), WAIT);

        String skip = SlackEvents.skipClick(second.param("blocks"), "trigger-skip-1");
        deliverThrice("payload=" + URLEncoder.encode(skip, StandardCharsets.UTF_8), FORM);
        slack.await(dmTo(ANA, "Question 3 of 3"), WAIT);

        String edit = edit("Ev0EDIT00001", "1763870400.000100", "Shoppers fit the right part first time");
        deliverThrice(edit, JSON);
        slack.await(dmTo(ANA, "Updated your answer"), WAIT);

        String last = dm("Ev0ANSWER0003", "1763870400.000300", "Returns per thousand parts sold");
        deliverThrice(last, JSON);
        slack.await(dmTo(ANA, "Thank you"), WAIT);
        awaitOutboxDrained();

        assertThat(oks(c -> CHANNEL.equals(c.param("channel")) && text(c).contains("started"))).hasSize(1);
        assertThat(slack.calls("chat.postEphemeral")).extracting(SlackRedeliveryTest::text)
                .singleElement().asString().contains("now this team's manager");
        assertThat(oks(c -> ANA_DM.equals(c.param("channel"))).stream().map(SlackRedeliveryTest::text)
                .filter(t -> t.startsWith("Question") || t.startsWith("Updated") || t.startsWith("That was the last")))
                .hasSize(5)
                .anySatisfy(t -> assertThat(t).startsWith("Question 1 of 3"))
                .anySatisfy(t -> assertThat(t).startsWith("Question 2 of 3"))
                .anySatisfy(t -> assertThat(t).startsWith("Question 3 of 3"))
                .anySatisfy(t -> assertThat(t).startsWith("Updated your answer"))
                .anySatisfy(t -> assertThat(t).startsWith("That was the last question"));
        assertThat(anasAnswers()).extracting(Answer::promptId, Answer::text, Answer::revision).containsExactly(
                tuple("outcome", "Shoppers fit the right part first time", 2),
                tuple("measure", "Returns per thousand parts sold", 1));
    }

    @Test
    void aRetryThatArrivesAfterARestartIsStillHandledOnce() {
        deliverThrice(START, FORM);
        slack.await(dmTo(ANA, "Question 1 of 3"), WAIT);
        String answer = dm("Ev0ANSWER0001", "1763870400.000100", "Shoppers get the right part first time");
        assertThat(client.postJson(answer).statusCode()).isEqualTo(200);
        slack.await(dmTo(ANA, "Question 2 of 3"), WAIT);
        awaitOutboxDrained();
        int dmsBefore = oks(c -> ANA_DM.equals(c.param("channel"))).size();

        server.close();
        serve();
        assertThat(client.postJson(answer, Map.of("X-Slack-Retry-Num", "3", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        awaitOutboxDrained();

        assertThat(anasAnswers()).extracting(Answer::promptId, Answer::revision)
                .containsExactly(tuple("outcome", 1));
        assertThat(oks(c -> ANA_DM.equals(c.param("channel")))).hasSize(dmsBefore);
    }

    @Test
    void theSameMessageRedeliveredUnderANewEventIdIsStoredOnce() {
        deliverThrice(START, FORM);
        slack.await(dmTo(ANA, "Question 1 of 3"), WAIT);
        String ts = "1763870400.000100";
        assertThat(client.postJson(dm("Ev0ANSWER0001", ts, "Shoppers get the right part first time")).statusCode())
                .isEqualTo(200);
        slack.await(dmTo(ANA, "Question 2 of 3"), WAIT);
        assertThat(client.postJson(dm("Ev0ANSWER9999", ts, "Shoppers get the right part first time")).statusCode())
                .as("acked, so Slack stops").isEqualTo(200);
        assertThat(client.postJson(edit("Ev0EDIT00001", ts, "Shoppers fit the right part first time")).statusCode())
                .isEqualTo(200);
        slack.await(dmTo(ANA, "Updated your answer"), WAIT);
        assertThat(client.postJson(edit("Ev0EDIT09999", ts, "Shoppers fit the right part first time")).statusCode())
                .isEqualTo(200);
        awaitOutboxDrained();

        assertThat(anasAnswers()).extracting(Answer::promptId, Answer::revision)
                .as("one answer to question 1, revised once; question 2 still open")
                .containsExactly(tuple("outcome", 2));
        assertThat(oks(c -> ANA_DM.equals(c.param("channel"))).stream().map(SlackRedeliveryTest::text)
                .filter(t -> t.startsWith("Question") || t.startsWith("Updated")))
                .hasSize(3)
                .noneSatisfy(t -> assertThat(t).startsWith("Question 3 of 3"));
    }

    private void serve() {
        ServeConfig config = new ServeConfig(0, database(), null, Optional.of(new SlackOptions(
                "xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null)));
        server = CoachServer.start(config, new PlaybookCatalog(List.of(DISCOVERY)), Clock.systemUTC(), "127.0.0.1");
        client = new SignedSlackClient("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, SECRET);
    }

    /** Sends the same signed request as the original and two retries; each is acknowledged. */
    private void deliverThrice(String body, String contentType) {
        for (Map<String, String> headers : ORIGINAL_AND_TWO_RETRIES) {
            assertThat(client.post(body, contentType, Instant.now(), headers).statusCode()).isEqualTo(200);
        }
    }

    private void awaitOutboxDrained() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (JdbcCoachStore store = CoachStores.open(database())) {
            while (!store.read(tx -> tx.pendingOutbox(Instant.now().plus(Duration.ofDays(1)), 1)).isEmpty()) {
                assertThat(System.nanoTime()).as("outbox drained in time").isLessThan(deadline);
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<Call> oks(Predicate<Call> wanted) {
        return slack.calls("chat.postMessage").stream().filter(Call::ok).filter(wanted).toList();
    }

    private static Predicate<Call> dmTo(String user, String containing) {
        return c -> c.method().equals("chat.postMessage") && c.ok() && ("D" + user).equals(c.param("channel"))
                && text(c).contains(containing);
    }

    private static String text(Call call) {
        return call.param("text") == null ? "" : call.param("text");
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
        return SlackEvents.directMessage(eventId, "U0ANA0001", "D0ANA0001", text, ts);
    }

    private static String edit(String eventId, String ts, String newText) {
        return SlackEvents.directMessageEdited(eventId, "U0ANA0001", "D0ANA0001", ts, "earlier", newText);
    }
}
