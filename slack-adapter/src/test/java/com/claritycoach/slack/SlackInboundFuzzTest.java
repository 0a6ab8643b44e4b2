package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.slack.http.RequestSignatureCheck;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.view.View;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Slack sends whatever its API evolves into, so the mapping from a signed Slack request to core
 * {@link Inbound} records must cope with any value in any field, and with fields left out: every
 * request is answered (never an exception, which would become a 500 that Slack retries), and
 * whatever reaches the engine is well formed and scoped to the workspace that sent it. Jazzer fills
 * templates of each request kind the coach handles (DM, edit, join, leave, App Home, button, slash
 * command); the real Bolt app with the coach's handlers runs in process. A body Bolt's own parser
 * cannot read is out of scope here: the servlet answers it 400 ({@code SlackEventsHttpTest}). Regression mode in
 * {@code mvn verify} replays {@code SlackInboundFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SlackInboundFuzzTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TEAM = "T0CLARITY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static FakeSlackApi api;
    private static Slack slack;
    private static App app;
    private static SlackRequestParser parser;
    private static final RecordingInbounds sink = new RecordingInbounds();
    private static final RequestSignatureCheck signer = new RequestSignatureCheck(SECRET, Clock.systemUTC());

    @BeforeAll
    static void boltAppWithTheCoachsHandlers() {
        api = new FakeSlackApi().user("U0ANA0001", "Ana", "UTC", false, false, false);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        app = new App(AppConfig.builder().slack(slack).singleTeamBotToken("xoxb-fuzz-0000000000")
                .signingSecret(SECRET).authTestCacheEnabled(true).build());
        SlackDirectory directory = new SlackDirectory(slack, BotTokens.single("xoxb-fuzz-0000000000"), Duration.ofHours(1));
        new SlackHandlers(sink, directory, member -> View.builder().type("home").blocks(List.of()).build(), null,
                Runnable::run).register(app);
        parser = new SlackRequestParser(app.config());
    }

    @AfterAll
    static void close() throws Exception {
        slack.close();
        api.close();
    }

    @FuzzTest(maxDuration = "30s")
    void anySignedSlackRequestIsAnsweredAndMapsToWellFormedInbounds(FuzzedDataProvider data) throws Exception {
        sink.received.clear();
        boolean form = data.consumeBoolean();
        String body = form ? slashCommand(data) : event(data);
        Response response;
        try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(
                (host, port) -> host.equals("127.0.0.1") || host.equals("localhost"))) {
            Request<?> request;
            try {
                request = parse(body, form ? "application/x-www-form-urlencoded" : "application/json");
            } catch (RuntimeException boltCannotRead) {
                return;
            }
            if (request == null) {
                return;
            }
            response = app.run(request);
        }

        assertThat(response.getStatusCode()).as("Bolt's answer to %s", body).isIn(200, 404);
        for (Inbound inbound : sink.received) {
            assertThat(inbound.tenant().platform()).isEqualTo(Platform.SLACK);
            assertThat(inbound.tenant().id()).isEqualTo(TEAM);
        }
    }

    /** An Events API envelope around one of the events the coach handles, with fuzzed or missing fields. */
    private static String event(FuzzedDataProvider data) {
        ObjectNode envelope = JSON.createObjectNode().put("token", "XXYYZZ").put("team_id", TEAM)
                .put("api_app_id", "A0COACH01").put("type", "event_callback")
                .put("event_id", "Ev" + data.consumeInt(0, Integer.MAX_VALUE)).put("event_time", 1763870400);
        envelope.putArray("authorizations").addObject().put("team_id", TEAM).put("user_id", "U0COACHBOT")
                .put("is_bot", true).put("is_enterprise_install", false);
        ObjectNode event = envelope.putObject("event");
        String type = data.pickValue(List.of("message", "member_joined_channel", "member_left_channel",
                "app_home_opened", "block_actions"));
        if (type.equals("block_actions")) {
            return interaction(data);
        }
        event.put("type", type);
        maybe(data, event, "user");
        maybe(data, event, "channel");
        maybe(data, event, "channel_type");
        maybe(data, event, "text");
        maybe(data, event, "ts");
        maybe(data, event, "tab");
        maybe(data, event, "bot_id");
        if (type.equals("message") && data.consumeBoolean()) {
            event.put("subtype", "message_changed");
            ObjectNode message = event.putObject("message").put("type", "message");
            maybe(data, message, "user");
            maybe(data, message, "text");
            maybe(data, message, "ts");
            maybe(data, message, "bot_id");
        }
        return envelope.toString();
    }

    /** A {@code block_actions} payload, form-encoded as Slack posts interactivity. */
    private static String interaction(FuzzedDataProvider data) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0COACH01")
                .put("token", "XXYYZZ").put("trigger_id", data.consumeString(40));
        payload.putObject("team").put("id", TEAM);
        if (data.consumeBoolean()) {
            maybe(data, payload.putObject("user").put("team_id", TEAM), "id");
        }
        int actions = data.consumeInt(0, 3);
        var list = payload.putArray("actions");
        for (int i = 0; i < actions; i++) {
            ObjectNode action = list.addObject().put("type", "button").put("block_id", "prompt_actions");
            String actionId = data.pickValue(List.of("skip", "back", "pause", "resume", "keep",
                    "forget-confirm", "pair_same", "pair_different", data.consumeString(20)));
            action.put("action_id", actionId);
            if (actionId.startsWith("pair_") && data.consumeBoolean()) {
                ObjectNode pair = JSON.createObjectNode();
                maybe(data, pair, "team");
                maybe(data, pair, "first");
                maybe(data, pair, "second");
                action.put("value", pair.toString());
            } else {
                maybe(data, action, "value");
            }
        }
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static String slashCommand(FuzzedDataProvider data) {
        StringJoiner form = new StringJoiner("&");
        form.add("token=XXYYZZ").add("team_id=" + TEAM).add("command=%2Fcoach").add("api_app_id=A0COACH01");
        for (String field : List.of("channel_id", "channel_name", "user_id", "text", "trigger_id")) {
            if (data.consumeBoolean()) {
                form.add(field + "=" + URLEncoder.encode(data.consumeString(60), StandardCharsets.UTF_8));
            }
        }
        return form.toString();
    }

    /** Sets {@code field} to a fuzzed string, or leaves it out. */
    private static void maybe(FuzzedDataProvider data, ObjectNode node, String field) {
        if (data.consumeBoolean()) {
            node.put(field, data.consumeString(60));
        }
    }

    private static Request<?> parse(String body, String contentType) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Map<String, List<String>> headers = Map.of(
                "content-type", List.of(contentType),
                "x-slack-request-timestamp", List.of(timestamp),
                "x-slack-signature", List.of(signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8))));
        return parser.parse(SlackRequestParser.HttpRequest.builder().requestUri("/slack/events")
                .queryString(Map.of()).headers(new RequestHeaders(headers)).requestBody(body)
                .remoteAddress("127.0.0.1").build());
    }

    /** Keeps what the handlers hand to the engine during one run. */
    private static final class RecordingInbounds implements InboundSink {
        final List<Inbound> received = new ArrayList<>();

        @Override
        public void accept(Inbound inbound) {
            received.add(inbound);
        }

        @Override
        public void committed() {
        }
    }
}
