package com.claritycoach.slack;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MemberLeft;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.core.testing.JettyServer;
import com.claritycoach.core.testing.RecordingSink;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackEvents;
import com.slack.api.model.view.View;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackEventsHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");

    private FakeSlackApi slack;
    private SlackAdapter adapter;
    private JettyServer server;
    private SignedSlackClient client;
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi()
                .user("U0ANA0001", "Ana Lima", "America/Sao_Paulo", false, false, false)
                .user("U0OTHERBOT", "Other bot", null, false, true, false);
        adapter = SlackAdapter.create(new SlackOptions("xoxb-test-0000000000", SECRET, null, slack.apiUrl(), null, null, null),
                null, Clock.systemUTC());
        server = new JettyServer(adapter.start(sink,
                member -> View.builder().type("home").blocks(List.of()).privateMetadata(member.userId()).build()));
        client = new SignedSlackClient(server.url(SlackAdapter.EVENTS_PATH), SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        adapter.close();
        slack.close();
    }

    @Test
    void urlVerificationAnswersTheChallenge() {
        HttpResponse<String> response = client.postJson(fixture("url_verification.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void badStaleFutureAndMissingSignaturesAreRejected() {
        String body = fixture("event_message_im.json");
        String now = String.valueOf(Instant.now().getEpochSecond());

        assertThat(client.send(body, "application/json", now, "v0=" + "0".repeat(64), Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(client.post(body, "application/json", Instant.now().minus(Duration.ofMinutes(6)), Map.of())
                .statusCode()).isEqualTo(401);
        assertThat(client.post(body, "application/json", Instant.now().plus(Duration.ofMinutes(6)), Map.of())
                .statusCode()).isEqualTo(401);
        assertThat(client.send(body, "application/json", null, null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(new SignedSlackClient(server.url(SlackAdapter.EVENTS_PATH), "another-secret").postJson(body)
                .statusCode()).isEqualTo(401);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void directMessageReachesTheEngineBeforeTheAck() {
        HttpResponse<String> response = client.postJson(fixture("event_message_im.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        MessageReceived message = (MessageReceived) sink.next(WAIT);
        assertThat(message.from().tenant()).isEqualTo(TENANT);
        assertThat(message.from().userId()).isEqualTo("U0ANA0001");
        assertThat(message.text()).isEqualTo("The shoppers who buy parts in our stores and online");
        assertThat(message.messageId()).isEqualTo("1763870400.000100");
        assertThat(message.deliveryId()).as("named by channel and ts, whatever the event id")
                .isEqualTo("slack-message:D0ANA0001:1763870400.000100");
        assertThat(sink.commits()).isEqualTo(1);
    }

    @Test
    void escapedTextArrivesAsTheCharactersTheMemberTyped() {
        client.postJson(fixture("event_message_im_injection.json"));

        MessageReceived message = (MessageReceived) sink.next(WAIT);
        assertThat(message.text()).isEqualTo(
                "<!channel> everyone <@U0ANA0001> <!here> <@U0CY00003> *bold* <https://evil.example|click>");
    }

    @Test
    void botMessagesAndChannelMessagesAreAckedButIgnored() {
        String fromBot = fixture("event_message_im.json").replace("\"user\": \"U0ANA0001\",",
                "\"user\": \"U0OTHERBOT\", \"bot_id\": \"B0OTHER01\",");
        String inChannel = fixture("event_message_im.json").replace("\"channel_type\": \"im\"",
                "\"channel_type\": \"channel\"").replace("Ev0ANSWER0001", "Ev0CHANNEL001");

        assertThat(client.postJson(fromBot).statusCode()).isEqualTo(200);
        assertThat(client.postJson(inChannel).statusCode()).isEqualTo(200);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void editedDirectMessageRevisesTheAnswer() {
        String edit = SlackEvents.directMessageEdited("Ev0EDIT00001", "U0ANA0001", "D0ANA0001", "1763870400.000100",
                "Shoppers", "Shoppers &amp; mechanics");

        assertThat(client.postJson(edit).statusCode()).isEqualTo(200);

        MessageEdited edited = (MessageEdited) sink.next(WAIT);
        assertThat(edited.from().userId()).isEqualTo("U0ANA0001");
        assertThat(edited.messageId()).isEqualTo("1763870400.000100");
        assertThat(edited.newText()).isEqualTo("Shoppers & mechanics");
        assertThat(edited.deliveryId()).as("named by channel and the ts of the change")
                .isEqualTo("slack-edit:D0ANA0001:1763870600.000500");
    }

    @Test
    void slashCommandIsAckedAndRunInTheBackground() {
        HttpResponse<String> response = client.postForm(fixture("slash_command_start.txt"));

        assertThat(response.statusCode()).isEqualTo(200);
        CommandIssued command = (CommandIssued) sink.next(WAIT);
        assertThat(command.team().tenant()).isEqualTo(TENANT);
        assertThat(command.team().channelId()).isEqualTo("C0TEAM0001");
        assertThat(command.by().userId()).isEqualTo("U0MGR0001");
        assertThat(command.text()).isEqualTo("start discovery");
    }

    @Test
    void failedSlashCommandIsExplainedToTheCallerOnly() {
        sink.failWith(new SlackDirectoryException("the coach is not a member of this channel (not_in_channel)", null));
        String form = fixture("slash_command_start.txt").replaceAll("response_url=[^&]*",
                "response_url=" + URLEncoder.encode(slack.responseUrl("cmd1"), StandardCharsets.UTF_8));

        assertThat(client.postForm(form).statusCode()).isEqualTo(200);

        FakeSlackApi.Call reply = slack.await("response_url:cmd1", WAIT);
        assertThat(reply.param("response_type")).isEqualTo("ephemeral");
        assertThat(reply.param("text")).contains("not_in_channel");
    }

    @Test
    void signedRequestBoltCannotReadIsRefusedWith400() {
        String clickWithoutUser = fixture("block_actions_skip.json").replace("\"coach_skip\"", "\"skip\"")
                .replaceFirst("\"user\": \\{[^}]*},", "");

        assertThat(client.postInteraction(clickWithoutUser).statusCode()).isEqualTo(400);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void signedBodyThatIsNotUtf8IsRefusedWith400() {
        String[] around = SlackEvents.directMessage("Ev0BADUTF8", "U0ANA0001", "D0ANA0001", "Nurses SPLIT", "1763870400.000100")
                .split("SPLIT");
        byte[] head = around[0].getBytes(StandardCharsets.UTF_8);
        byte[] tail = around[1].getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC0;
        body[head.length + 1] = (byte) 0xAF;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);

        HttpResponse<String> response = client.postBytes(body, "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid UTF-8");
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void buttonClickReachesTheEngineWithTheScopeTheButtonCarries() {
        String click = fixture("block_actions_skip.json").replace("\"coach_skip\"", "\"skip\"")
                .replace("\"value\": \"skip\"", "\"value\": \"question:12:1\"");

        assertThat(client.postInteraction(click).statusCode()).isEqualTo(200);

        ButtonClicked clicked = (ButtonClicked) sink.next(WAIT);
        assertThat(clicked.action()).isEqualTo(ButtonAction.SKIP);
        assertThat(clicked.scope()).isEqualTo("question:12:1");
        assertThat(clicked.by().userId()).isEqualTo("U0ANA0001");
        assertThat(clicked.by().tenant()).isEqualTo(TENANT);
    }

    @Test
    void sameUnderASummaryPairReachesTheEngineWithTheTeamAndWordingsTheButtonCarries() {
        String click = fixture("block_actions_pair_same.json").replace("\"channel_id\": \"C0TEAM0001\"",
                "\"channel_id\": \"D0ANA0001\"");

        assertThat(client.postInteraction(click).statusCode()).isEqualTo(200);

        PairButtonClicked clicked = (PairButtonClicked) sink.next(WAIT);
        assertThat(clicked.verdict()).isEqualTo(PairVerdict.SAME);
        assertThat(clicked.team()).isEqualTo(new TeamRef(TENANT, "C0TEAM0001"));
        assertThat(clicked.by()).isEqualTo(new MemberRef(TENANT, "U0ANA0001"));
        assertThat(clicked.first()).isEqualTo("borrowers");
        assertThat(clicked.second()).isEqualTo("library patrons");
        assertThat(clicked.deliveryId()).isEqualTo("1234567890.123456789.fedcba9876543210:pair_same");
    }

    @Test
    void differentUnderASummaryPairReachesTheEngineAsDifferent() {
        String click = fixture("block_actions_pair_same.json").replace("pair_same", "pair_different");

        assertThat(client.postInteraction(click).statusCode()).isEqualTo(200);

        assertThat(((PairButtonClicked) sink.next(WAIT)).verdict()).isEqualTo(PairVerdict.DIFFERENT);
    }

    @Test
    void aPairButtonWhoseValueTheCoachDidNotWriteIsAckedAndIgnored() {
        String noTeam = fixture("block_actions_pair_same.json").replace("\\\"team\\\":\\\"C0TEAM0001\\\",", "");
        String notJson = fixture("block_actions_pair_same.json").replaceFirst("\"value\": \"[^\n]*\", \"type\"",
                "\"value\": \"borrowers\", \"type\"");

        assertThat(noTeam).doesNotContain("C0TEAM0001\\\"");
        assertThat(client.postInteraction(noTeam).statusCode()).isEqualTo(200);
        assertThat(client.postInteraction(notJson).statusCode()).isEqualTo(200);

        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void membersJoiningAndLeavingTheChannelReachTheEngine() {
        String joined = channelEvent("member_joined_channel", "U0ANA0001", "Ev0JOIN00001");
        String botJoined = channelEvent("member_joined_channel", "U0OTHERBOT", "Ev0JOIN00002");
        String left = channelEvent("member_left_channel", "U0ANA0001", "Ev0LEFT00001");

        assertThat(client.postJson(botJoined).statusCode()).isEqualTo(200);
        assertThat(client.postJson(joined).statusCode()).isEqualTo(200);
        assertThat(client.postJson(left).statusCode()).isEqualTo(200);

        MemberJoined join = (MemberJoined) sink.next(WAIT);
        assertThat(join.team().channelId()).isEqualTo("C0TEAM0001");
        assertThat(join.member().displayName()).isEqualTo("Ana Lima");
        assertThat(join.member().timeZone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        MemberLeft leave = (MemberLeft) sink.next(WAIT);
        assertThat(leave.member().userId()).isEqualTo("U0ANA0001");
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void eventWithoutAHandlerIsAckedNot404() {
        HttpResponse<String> response = client.postJson(fixture("event_app_mention.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void openingTheHomeTabPublishesTheMembersHome() {
        String messagesTab = fixture("event_app_home_opened.json").replace("\"tab\": \"home\"", "\"tab\": \"messages\"")
                .replace("Ev0HOME00001", "Ev0HOME00002");
        assertThat(client.postJson(messagesTab).statusCode()).isEqualTo(200);
        assertThat(client.postJson(fixture("event_app_home_opened.json")).statusCode()).isEqualTo(200);

        FakeSlackApi.Call publish = slack.await("views.publish", WAIT);
        assertThat(publish.param("user_id")).isEqualTo("U0ANA0001");
        assertThat(publish.param("view")).contains("\"type\":\"home\"");
        assertThat(publish.token()).isEqualTo("xoxb-test-0000000000");
        assertThat(slack.calls("views.publish")).hasSize(1);
    }

    private static String channelEvent(String type, String user, String eventId) {
        return """
                {"token":"XXYYZZ","team_id":"T0CLARITY","api_app_id":"A0COACH01","type":"event_callback",
                 "event_id":"%s","event_time":1763870700,
                 "authorizations":[{"enterprise_id":null,"team_id":"T0CLARITY","user_id":"U0COACHBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"%s","user":"%s","channel":"C0TEAM0001","channel_type":"C","team":"T0CLARITY",
                   "event_ts":"1763870700.000100"}}
                """.formatted(eventId, type, user);
    }
}
