package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.SlackBlocks;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackMessengerTest {
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");
    private static final MemberRef ANA = new MemberRef(TENANT, "U0ANA0001");
    private static final TeamRef TEAM = new TeamRef(TENANT, "C0TEAM0001");

    private FakeSlackApi api;
    private Slack slack;
    private SlackMessenger messenger;

    @BeforeEach
    void start() {
        api = new FakeSlackApi();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        messenger = new SlackMessenger(slack, BotTokens.single("xoxb-test-0000000000"), new BlockKitRenderer());
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
    }

    @Test
    void directMessageOpensTheConversationThenPostsTheBlocks() throws Exception {
        Prompt prompt = new Prompt("customer", PromptKind.CUSTOMER, "Who is the ultimate customer of your work?",
                "Everything else hangs on this answer.", "The shop owner who reorders parts");
        OutboundMessage message = new OutboundMessage(new Destination.DirectMessage(ANA),
                "Question 2 of 9: Who is the ultimate customer of your work?",
                List.of(new MessagePart.PromptPart("Parts team", 2, 9, prompt, null),
                        new MessagePart.ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.BACK, ButtonAction.PAUSE), "question:1:0")));

        messenger.send(message, "outbox-1");
        messenger.send(message, "outbox-2");

        assertThat(api.calls("conversations.open")).hasSize(1);
        assertThat(api.calls("conversations.open").get(0).param("users")).isEqualTo("U0ANA0001");
        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo("DU0ANA0001");
        assertThat(post.token()).isEqualTo("xoxb-test-0000000000");
        assertThat(post.param("text")).isEqualTo("Question 2 of 9: Who is the ultimate customer of your work?");
        assertThat(post.param("blocks"))
                .contains("Why we ask: Everything else hangs on this answer.")
                .contains("\"action_id\":\"skip\"", "\"action_id\":\"back\"", "\"action_id\":\"pause\"");
    }

    @Test
    void memberWordingCannotPingAnyoneInTextOrBlocks() throws Exception {
        String answer = "<!channel> everyone <@U0ANA0001> <!here> & <https://evil.example|click>";
        OutboundMessage summary = new OutboundMessage(new Destination.ChannelPost(TEAM), "Customers named: " + answer,
                List.of(new MessagePart.SummaryPart("Alignment", "1 of 2 agree",
                        List.of(new MessagePart.SummaryPart.Section("Ultimate customer", List.of(answer + " (1)"))),
                        null, List.of())));

        messenger.send(summary, "outbox-3");

        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo("C0TEAM0001");
        assertThat(post.param("text")).doesNotContain("<!channel>", "<@U0ANA0001>", "<!here>", "<https:")
                .contains("&lt;!channel&gt;", "&lt;@U0ANA0001&gt;", "&amp;");
        SlackBlocks blocks = SlackBlocks.of(post.param("blocks"));
        assertThat(blocks.verbatim()).contains(answer + " (1)");
        assertThat(blocks.parsed()).noneMatch(text -> text.contains("channel") || text.contains("evil.example"));
        assertThat(blocks.styled()).isEmpty();
        assertThat(post.param("mrkdwn")).isEqualTo("0");
    }

    @Test
    void textOnlyMessageIsPostedAsVerbatimBlocksSoNothingInItIsFormatted() throws Exception {
        messenger.send(OutboundMessage.text(new Destination.DirectMessage(ANA),
                "Updated your answer: \"*nurses* _first_ https://evil.example\""), "outbox-7");

        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(SlackBlocks.of(post.param("blocks")).verbatim())
                .containsExactly("Updated your answer: \"*nurses* _first_ https://evil.example\"");
        assertThat(post.param("mrkdwn")).isEqualTo("0");
    }

    @Test
    void summaryChartIsUploadedToTheChannelAfterTheSummary() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4};
        OutboundMessage summary = new OutboundMessage(new Destination.ChannelPost(TEAM), "Alignment 2 of 3",
                List.of(new MessagePart.SummaryPart("Alignment", "2 of 3 agree", List.of(), png, List.of())));

        messenger.send(summary, "outbox-5");

        List<String> methods = api.calls().stream().map(FakeSlackApi.Call::method).toList();
        assertThat(methods).containsSubsequence("chat.postMessage", "files.getUploadURLExternal", "upload:F0CHART01",
                "files.completeUploadExternal");
        assertThat(api.calls("upload:F0CHART01").get(0).param("bytes")).isNotEqualTo("0");
        assertThat(api.calls("files.completeUploadExternal").get(0).param("channel_id")).isEqualTo("C0TEAM0001");
    }

    @Test
    void exportLongerThanAnyMessageIsSharedWholeAsACsvFileInTheDmThenAnnounced() throws Exception {
        String csv = "checkin,member,prompt,answer\n"
                + "23 Nov 2026 09:00:00 UTC #1,ana,customer,\"Ärzte, „wirklich“ 🧑‍🔧 *nurses*\"\n".repeat(1_500) + "last,ben,outcome,end\n";
        String intro = "Answers of product (1 check-in, 1501 answers) in the file answers-product-20261123-090000.csv";
        OutboundMessage export = new OutboundMessage(new Destination.DirectMessage(ANA), intro,
                List.of(new MessagePart.ExportPart(intro, "answers-product-20261123-090000.csv", csv)));

        messenger.send(export, "outbox-7");

        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(csv).hasSizeGreaterThan(60_000);
        assertThat(api.calls().stream().map(FakeSlackApi.Call::method).toList()).containsSubsequence("conversations.open",
                "files.getUploadURLExternal", "upload:F0FILE1", "files.completeUploadExternal", "chat.postMessage");
        FakeSlackApi.Call getUrl = api.calls("files.getUploadURLExternal").get(0);
        assertThat(getUrl.param("filename")).isEqualTo("answers-product-20261123-090000.csv");
        assertThat(getUrl.param("length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(api.uploaded("F0FILE1")).singleElement().isEqualTo(bytes);
        FakeSlackApi.Call complete = api.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo("DU0ANA0001");
        assertThat(complete.param("files")).contains("\"id\":\"F0FILE1\"", "answers-product-20261123-090000.csv");
        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(SlackBlocks.of(post.param("blocks")).verbatim()).containsExactly(intro);
        assertThat(post.param("text")).doesNotContain("nurses");
    }

    @Test
    void exportWhoseFileSlackRefusesIsNotAnnouncedAndFailsForTheOutbox() {
        api.failNext("files.completeUploadExternal", "missing_scope");
        OutboundMessage export = new OutboundMessage(new Destination.DirectMessage(ANA), "Answers",
                List.of(new MessagePart.ExportPart("Answers", "answers.csv", "checkin,member,prompt,answer\n")));

        assertThatThrownBy(() -> messenger.send(export, "outbox-8"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue())
                .hasMessageContaining("files.completeUploadExternal", "missing_scope");
        assertThat(api.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void failedChartUploadDoesNotFailTheDeliveredSummary() throws Exception {
        api.failNext("files.getUploadURLExternal", "missing_scope");
        OutboundMessage summary = new OutboundMessage(new Destination.ChannelPost(TEAM), "Alignment 2 of 3",
                List.of(new MessagePart.SummaryPart("Alignment", "2 of 3 agree", List.of(), new byte[] {1, 2, 3}, List.of())));

        messenger.send(summary, "outbox-6");

        assertThat(api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void rateLimitIsReportedWithSlacksRetryAfterAndTheNextTrySucceeds() throws Exception {
        api.rateLimitNext("chat.postMessage", 7);
        OutboundMessage message = OutboundMessage.text(new Destination.ChannelPost(TEAM), "Check-in closed");

        assertThatThrownBy(() -> messenger.send(message, "outbox-4"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
        messenger.send(message, "outbox-4");

        assertThat(api.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void aGarbledOrFailedAnswerFromSlackIsATransientFailureAndTheNextTrySucceeds() throws Exception {
        api.script("chat.postMessage", FakeSlackApi.Answer.ok("<html>bad gateway</html>"));
        api.script("chat.postMessage", new FakeSlackApi.Answer(503, Map.of(), "{\"ok\":false}"));
        OutboundMessage message = OutboundMessage.text(new Destination.ChannelPost(TEAM), "Check-in closed");

        for (String expected : List.of("not JSON", "HTTP 503")) {
            assertThatThrownBy(() -> messenger.send(message, "outbox-5"))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.isPermanent()).isFalse();
                        assertThat(e.retryAfter()).isEmpty();
                        assertThat(e.getMessage()).contains(expected);
                    });
        }
        messenger.send(message, "outbox-5");

        assertThat(api.calls("chat.postMessage")).hasSize(3);
    }

    @Test
    void channelTheCoachIsNotInIsAPermanentFailureThatSaysWhatToDo() {
        api.failNext("chat.postMessage", "not_in_channel");

        assertThatThrownBy(() -> messenger.send(OutboundMessage.text(new Destination.ChannelPost(TEAM), "Summary"), "k"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("not_in_channel", "/invite");
                });
    }

    @Test
    void revokedTokenIsAPermanentFailure() {
        api.failNext("chat.postMessage", "token_revoked");

        assertThatThrownBy(() -> messenger.send(OutboundMessage.text(new Destination.ChannelPost(TEAM), "Summary"), "k"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("token_revoked", "reinstall");
                });
    }

    @Test
    void privateReplyIsEphemeralToTheCaller() throws Exception {
        messenger.send(OutboundMessage.text(new Destination.PrivateReply(TEAM, ANA), "3 of 5 answered"), "k");

        FakeSlackApi.Call ephemeral = api.calls("chat.postEphemeral").get(0);
        assertThat(ephemeral.param("channel")).isEqualTo("C0TEAM0001");
        assertThat(ephemeral.param("user")).isEqualTo("U0ANA0001");
        assertThat(api.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void privateReplyFallsBackToADirectMessageWhereTheCoachCannotPost() throws Exception {
        api.failNext("chat.postEphemeral", "channel_not_found");

        messenger.send(OutboundMessage.text(new Destination.PrivateReply(TEAM, ANA), "3 of 5 answered"), "k");

        FakeSlackApi.Call post = api.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo("DU0ANA0001");
        assertThat(post.param("text")).isEqualTo("3 of 5 answered");
    }
}
