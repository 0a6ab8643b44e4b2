package com.claritycoach.app.serve;

import java.util.ArrayList;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.csv.PromptResolver;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.alignment.AnswerRecord;
import java.io.ByteArrayInputStream;
import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.testing.FakeSlackApi.Call;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackBlocks;
import com.claritycoach.slack.testing.SlackEvents;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} with Slack, end to end: real Bolt over real HTTP, the real engine on a SQLite file, a fake Web API. */
class ServeSlackTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String CUSTOMER_FORMULA = "=HYPERLINK(\"https://evil.example\") the mechanic ";
    private static final String INJECTION = "<!channel> everyone <@U0ANA0001> <!here>";

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private CoachServer server;
    private SignedSlackClient client;
    private int events;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user("U0ANA0001", "Ana", "America/Sao_Paulo", false, false, false)
                .user("U0BO00002", "Bo", "Asia/Singapore", false, false, false)
                .channel(CHANNEL, List.of("U0MGR0001", "U0ANA0001", "U0BO00002", "U0COACHBOT"));
    }

    private void serve() {
        ServeConfig config = new ServeConfig(0, database(), null, Optional.of(new SlackOptions(
                "xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null)));
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
        client = new SignedSlackClient("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, SECRET);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        slack.close();
    }

    @Test
    void fullCheckInFromStartToTheChannelSummary() {
        serve();
        command("U0MGR0001", "start");
        Call announcement = slack.await(post(CHANNEL, "started"), WAIT);
        assertThat(announcement.param("text")).contains("Maria started a Discovery check-in");
        assertThat(slack.await(post("DU0ANA0001", "Hi Ana"), WAIT).param("text")).contains("#parts-team");
        for (String member : List.of("U0MGR0001", "U0ANA0001", "U0BO00002")) {
            Call prompt = slack.await(post("D" + member, "Question 1 of 2"), WAIT);
            assertThat(prompt.param("blocks")).contains("Why we ask: So we aim at one thing.", "\"action_id\":\"skip\"");
        }

        answer("U0ANA0001", "Shoppers get the right part first time");
        slack.await(post("DU0ANA0001", "Question 2 of 2"), WAIT);
        answer("U0ANA0001", "The mechanic who fits the part");
        answer("U0BO00002", "Fewer returns for our shoppers");
        slack.await(post("DU0BO00002", "Question 2 of 2"), WAIT);
        answer("U0BO00002", INJECTION);
        command("U0MGR0001", "close");

        slack.await(post(CHANNEL, "Maria closed the check-in"), WAIT);
        Call summary = slack.await(post(CHANNEL, "Alignment summary"), WAIT);
        assertThat(summary.param("text")).contains("50% agree on the ultimate customer",
                        "The mechanic: 1 (Ana)")
                .contains("&lt;!channel&gt; everyone &lt;@U0ANA0001&gt; &lt;!here&gt;")
                .doesNotContain("<!channel>", "<@U0ANA0001>", "<!here>");
        SlackBlocks blocks = SlackBlocks.of(summary.param("blocks"));
        assertThat(blocks.parsed()).contains("*Ultimate customer*")
                .noneMatch(text -> text.contains("channel") || text.contains("<@U0ANA0001>") || text.contains("here"));
        assertThat(blocks.verbatim()).anyMatch(line -> line.contains(INJECTION));
        assertThat(blocks.styled()).isEmpty();
        assertThat(slack.calls("chat.postMessage")).allSatisfy(call -> {
            assertThat(call.param("text")).doesNotContain("<!channel>", "<!here>");
            assertThat(call.token()).isEqualTo("xoxb-test-0000000000");
        });
    }

    @Test
    void answersWithFormattingLinksAndLineBreaksShowAsTypedInTheSummaryMyAnswersHomeAndExport() {
        String forged = "nurses\n*Line of sight:* everybody has it";
        String formatted = "*Alignment score: 100%* _all_ ~none~ `code` https://evil.example/x";
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0BO00002", "Question 1 of 2"), WAIT);
        answer("U0ANA0001", "Shoppers get the right part first time");
        slack.await(post("DU0ANA0001", "Question 2 of 2"), WAIT);
        answer("U0ANA0001", forged);
        answer("U0BO00002", "Fewer returns");
        slack.await(post("DU0BO00002", "Question 2 of 2"), WAIT);
        answer("U0BO00002", formatted);
        command("U0MGR0001", "close");

        Call summary = slack.await(post(CHANNEL, "Alignment summary"), WAIT);
        answer("U0ANA0001", "my answers");
        Call mine = slack.await(post("DU0ANA0001", "Your answers for"), WAIT);
        assertThat(client.postJson(fixture("event_app_home_opened.json")).statusCode()).isEqualTo(200);
        Call home = slack.await("views.publish", WAIT);
        command("U0MGR0001", "export");
        Call export = slack.await(post("DU0MGR0001", "in the file"), WAIT);
        String file = new String(slack.uploaded("F0FILE1").get(0), StandardCharsets.UTF_8);

        SlackBlocks channel = SlackBlocks.of(summary.param("blocks"));
        assertThat(channel.verbatim()).contains("Alignment score: 1 (Bo)", "1 of 2 trace their work to \"nurses\".");
        assertThat(channel.parsed()).filteredOn(text -> text.contains("Line of sight")).containsExactly("*Line of sight*");
        assertThat(channel.parsed()).noneMatch(text -> text.contains("nurses"));
        assertThat(SlackBlocks.of(mine.param("blocks")).verbatim()).contains(forged);
        assertThat(SlackBlocks.of(home.param("view")).verbatim()).contains(forged);
        assertThat(file).contains("\"nurses\n*Line of sight:* everybody has it\"", formatted);
        for (Call call : List.of(summary, mine, home, export)) {
            SlackBlocks blocks = SlackBlocks.of(call.method().equals("views.publish") ? call.param("view") : call.param("blocks"));
            assertThat(blocks.parsed()).as(call.method()).noneMatch(text -> text.contains("everybody has it")
                    || text.contains("Alignment score") || text.contains("evil.example"));
            assertThat(blocks.styled()).as(call.method()).isEmpty();
        }
    }

    @Test
    void exportOfAnswersLongerThanAnyMessageArrivesAsOneWholeCsvFileThatAnalysesToEveryAnswer() {
        serve();
        List<String> outcomes = new ArrayList<>();
        for (int round = 1; round <= 2; round++) {
            command("U0MGR0001", "start discovery");
            for (String member : List.of("U0MGR0001", "U0ANA0001", "U0BO00002")) {
                awaitNth(post("D" + member, "Question 1 of 2"), round);
                String outcome = "Shoppers get the right part first time " + "and then again ".repeat(250)
                        + "end " + member + " " + round;
                answer(member, outcome);
                awaitNth(post("D" + member, "Question 2 of 2"), round);
                answer(member, CUSTOMER_FORMULA + "x".repeat(3_900));
                outcomes.add(outcome);
            }
            command("U0MGR0001", "close");
            awaitNth(post(CHANNEL, "Alignment summary"), round);
        }

        command("U0MGR0001", "export");
        Call announced = slack.await(post("DU0MGR0001", "in the file"), WAIT);

        Call complete = slack.await(c -> c.method().equals("files.completeUploadExternal")
                && c.param("files").contains("F0FILE1"), WAIT);
        assertThat(complete.param("channel_id")).isEqualTo("DU0MGR0001");
        String fileName = slack.calls("files.getUploadURLExternal").stream().map(c -> c.param("filename"))
                .filter(name -> name.endsWith(".csv")).findFirst().orElseThrow();
        assertThat(fileName).matches("answers-parts-team-\\d{8}-\\d{6}\\.csv");
        assertThat(announced.param("text")).contains("2 check-ins, 12 answers", fileName);
        byte[] file = slack.uploaded("F0FILE1").get(0);
        assertThat(file.length).isGreaterThan(39_000);
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("…").contains(",\"'=HYPERLINK(").doesNotContain(",\"=HYPERLINK(", ",=HYPERLINK(");
        List<CheckInAnswers> back = AnswersCsv.read(new ByteArrayInputStream(file),
                PromptResolver.of(TwoQuestions.catalog()));
        assertThat(back).hasSize(2);
        List<AnswerRecord> answers = back.stream().flatMap(c -> c.answers().stream()).toList();
        assertThat(answers).filteredOn(a -> a.kind() == PromptKind.OUTCOME).extracting(AnswerRecord::text)
                .containsExactlyInAnyOrderElementsOf(outcomes);
        assertThat(answers).filteredOn(a -> a.kind() == PromptKind.CUSTOMER).hasSize(6)
                .allSatisfy(a -> assertThat(a.text()).isEqualTo(CUSTOMER_FORMULA + "x".repeat(3_900)));
    }

    @Test
    void answerIsCommittedBeforeSlackIsAcked() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0ANA0001", "Question 1 of 2"), WAIT);

        HttpResponse<String> ack = answer("U0ANA0001", "Shoppers get the right part first time");

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(storedAnswers("U0ANA0001")).containsExactly("Shoppers get the right part first time");
    }

    @Test
    void retriedEventIsHandledOnce() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0ANA0001", "Question 1 of 2"), WAIT);
        String first = dm("U0ANA0001", "Shoppers get the right part first time", "Ev0RETRY0001");

        assertThat(client.postJson(first).statusCode()).isEqualTo(200);
        assertThat(client.postJson(first, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        answer("U0ANA0001", "The mechanic who fits the part");
        slack.await(post("DU0ANA0001", "Thank you"), WAIT);

        assertThat(storedAnswers("U0ANA0001"))
                .containsExactly("Shoppers get the right part first time", "The mechanic who fits the part");
        assertThat(slack.calls("chat.postMessage").stream().filter(post("DU0ANA0001", "")).map(c -> c.param("text")))
                .hasSize(4)
                .filteredOn(text -> text.startsWith("Question")).hasSize(2);
    }

    @Test
    void rateLimitedMessageIsRetriedAfterRetryAfterAndDeliveredOnce() {
        slack.rateLimitNext("chat.postMessage", 1);
        serve();

        command("U0MGR0001", "start");

        for (String member : List.of("U0MGR0001", "U0ANA0001", "U0BO00002")) {
            slack.await(post("D" + member, "Question 1 of 2"), WAIT);
        }
        slack.await(post(CHANNEL, "started"), WAIT);
        List<Call> posts = slack.calls("chat.postMessage");
        assertThat(posts.stream().filter(c -> c.status() == 429)).hasSize(1);
        assertThat(posts.stream().filter(Call::ok).filter(c -> c.param("text").startsWith("Question 1 of 2"))
                .map(c -> c.param("channel")))
                .containsExactlyInAnyOrder("DU0MGR0001", "DU0ANA0001", "DU0BO00002");
        assertThat(posts.stream().filter(Call::ok).filter(c -> c.param("channel").equals(CHANNEL))).hasSize(1);
    }

    @Test
    void memberWhoLeavesMidCheckInIsNoLongerCounted() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0ANA0001", "Question 1 of 2"), WAIT);
        answer("U0ANA0001", "Shoppers get the right part first time");
        slack.await(post("DU0ANA0001", "Question 2 of 2"), WAIT);

        String left = """
                {"token":"XXYYZZ","team_id":"T0CLARITY","api_app_id":"A0COACH01","type":"event_callback",
                 "event_id":"Ev0LEFT00001","event_time":1763870700,
                 "authorizations":[{"enterprise_id":null,"team_id":"T0CLARITY","user_id":"U0COACHBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"member_left_channel","user":"U0ANA0001","channel":"C0TEAM0001","channel_type":"C",
                   "team":"T0CLARITY","event_ts":"1763870700.000100"}}
                """;
        assertThat(client.postJson(left).statusCode()).isEqualTo(200);
        command("U0MGR0001", "status");

        Call status = slack.await(c -> c.method().equals("chat.postEphemeral") && c.param("text").contains("Finished"), WAIT);
        assertThat(status.param("user")).isEqualTo("U0MGR0001");
        assertThat(status.param("text")).contains("Finished: 0 of 2").doesNotContain("Ana");
        assertThat(storedAnswers("U0ANA0001")).containsExactly("Shoppers get the right part first time");
    }

    @Test
    void skipButtonMovesToTheNextQuestion() {
        serve();
        command("U0MGR0001", "start");
        Call first = slack.await(post("DU0ANA0001", "Question 1 of 2"), WAIT);

        assertThat(client.postInteraction(skipClick(first)).statusCode()).isEqualTo(200);

        slack.await(post("DU0ANA0001", "Question 2 of 2"), WAIT);
    }

    @Test
    void staleSkipButtonLeavesTheCurrentQuestionAndSaysWhy() {
        serve();
        command("U0MGR0001", "start");
        Call first = slack.await(post("DU0ANA0001", "Question 1 of 2"), WAIT);
        assertThat(client.postInteraction(skipClick(first)).statusCode()).isEqualTo(200);
        slack.await(post("DU0ANA0001", "Question 2 of 2"), WAIT);

        assertThat(client.postInteraction(skipClick(first)).statusCode()).isEqualTo(200);

        slack.await(post("DU0ANA0001", "That button belongs to an earlier question, so I changed nothing"), WAIT);
        answer("U0ANA0001", "The mechanic who fits the part");
        assertThat(storedAnswers("U0ANA0001")).containsExactly("The mechanic who fits the part");
    }

    @Test
    void homeTabShowsTheMembersOwnAnswersOnly() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0BO00002", "Question 1 of 2"), WAIT);
        answer("U0ANA0001", "Shoppers get the right part first time");
        answer("U0BO00002", "Fewer returns for <our> shoppers");

        assertThat(client.postJson(fixture("event_app_home_opened.json")).statusCode()).isEqualTo(200);

        Call publish = slack.await("views.publish", WAIT);
        assertThat(publish.param("user_id")).isEqualTo("U0ANA0001");
        assertThat(publish.param("view").replace("\\u003c", "<").replace("\\u003e", ">"))
                .contains("Shoppers get the right part first time", "<#C0TEAM0001>",
                "question 2 of 2").doesNotContain("Fewer returns");
    }

    @Test
    void homeTabShowsTheSummaryOfTheLastClosedCheckIn() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post("DU0BO00002", "Question 1 of 2"), WAIT);
        for (String member : List.of("U0ANA0001", "U0BO00002")) {
            answer(member, "Shoppers get the right part first time");
            slack.await(post("D" + member, "Question 2 of 2"), WAIT);
        }
        answer("U0ANA0001", "The mechanic who fits the part");
        answer("U0BO00002", "the mechanic");
        command("U0MGR0001", "close");
        slack.await(post(CHANNEL, "Alignment summary"), WAIT);

        assertThat(client.postJson(fixture("event_app_home_opened.json")).statusCode()).isEqualTo(200);

        Call publish = slack.await("views.publish", WAIT);
        assertThat(publish.param("view")).contains("Team summary of", "100% agree on the ultimate customer (2 of 2)");
    }

    @Test
    void differentUnderASummaryPairDecidesForAManagerAndOnlyTellsAMemberThatManagersDecide() {
        serve();
        command("U0MGR0001", "start");
        slack.await(post(CHANNEL, "started"), WAIT);

        assertThat(client.postInteraction(pairClick("U0ANA0001", "pair_different")).statusCode()).isEqualTo(200);
        Call refusal = slack.await(c -> c.method().equals("chat.postEphemeral")
                && c.param("text").contains("only this team's managers"), WAIT);
        assertThat(refusal.param("user")).isEqualTo("U0ANA0001");
        assertThat(refusal.param("text")).contains("only this team's managers can decide whether two wordings name "
                + "the same customer");
        assertThat(storedDecisions().splits()).isEmpty();

        assertThat(client.postInteraction(pairClick("U0MGR0001", "pair_different")).statusCode()).isEqualTo(200);
        slack.await(post(CHANNEL, "\"library patron\" and \"borrower\" count as different customers"), WAIT);
        assertThat(storedDecisions().splits()).containsExactly(new Decisions.Split("borrower", "library patron"));
    }

    @Test
    void healthCheckAnswers() {
        serve();

        HttpResponse<String> health = client.get("http://127.0.0.1:" + server.port() + "/healthz", Map.of());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("ok");
    }

    private HttpResponse<String> command(String user, String text) {
        String form = fixture("slash_command_start.txt")
                .replace("user_id=U0MGR0001", "user_id=" + user)
                .replace("text=start+discovery", "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .replaceAll("trigger_id=[^&]*", "trigger_id=trigger-" + (++events));
        HttpResponse<String> response = client.postForm(form);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> answer(String user, String text) {
        HttpResponse<String> response = client.postJson(dm(user, text, "Ev0DM" + (++events)));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private String dm(String user, String text, String eventId) {
        String escaped = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "\\\"").replace("\n", "\\n");
        return SlackEvents.directMessage(eventId, user, "D" + user, escaped, String.format("1763870400.%06d", events));
    }

    /** Waits until {@code n} recorded calls match: the same message of a later check-in. */
    private void awaitNth(Predicate<Call> wanted, int n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (slack.calls().stream().filter(wanted).count() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + n + " matching Slack calls within " + WAIT);
            }
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static Predicate<Call> post(String channel, String containing) {
        return c -> c.method().equals("chat.postMessage") && c.ok() && channel.equals(c.param("channel"))
                && c.param("text") != null && c.param("text").contains(containing);
    }

    private String skipClick(Call message) {
        return SlackEvents.skipClick(message.param("blocks"), "trigger-skip-" + (++events));
    }

    /** A click on a summary's pair button, shaped as Slack sends it, each with its own trigger id. */
    private String pairClick(String user, String actionId) {
        return fixture("block_actions_pair_same.json").replace("U0ANA0001", user).replace("pair_same", actionId)
                .replace("fedcba9876543210", "fedcba98765432" + (++events));
    }

    private Decisions storedDecisions() {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            TeamRef team = new TeamRef(new TenantRef(Platform.SLACK, "T0CLARITY"), CHANNEL);
            return store.read(tx -> tx.decisions(tx.findTeam(team).orElseThrow().id()));
        }
    }

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    private List<String> storedAnswers(String user) {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            TeamRef team = new TeamRef(new TenantRef(Platform.SLACK, "T0CLARITY"), CHANNEL);
            return store.read(tx -> tx.currentAnswers(
                            tx.latestCheckIn(tx.findTeam(team).orElseThrow().id()).orElseThrow().id()))
                    .stream().filter(a -> a.member().userId().equals(user)).map(Answer::text).toList();
        }
    }
}
