package com.claritycoach.teams;

import static com.claritycoach.teams.testing.FakeBotConnector.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.core.testing.JettyServer;
import com.claritycoach.core.testing.RecordingSink;
import com.claritycoach.teams.bot.TeamsActivities;
import com.claritycoach.teams.card.AdaptiveCardRenderer;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK adapter behind the real endpoint on loopback, in local development mode, fed Teams-shaped activities. */
class TeamsMessagesHttpTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TENANT = "72f988bf-0000-4000-8000-0000000000aa";
    private static final String CHANNEL = "19:partsteam0001@thread.tacv2";
    private static final String TEAM_ROOT = "19:partsteamroot@thread.tacv2";
    private static final String MARIA = "29:1MgrMariaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String ANA = "29:1AnaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    @TempDir
    Path dir;
    private JdbcCoachStore store;
    private FakeBotConnector connector;
    private RecordingSink sink;
    private JettyServer server;
    private ActivityClient client;
    private TeamsAddressBook addressBook;

    @BeforeEach
    void start() throws Exception {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        connector = new FakeBotConnector();
        sink = new RecordingSink();
        TeamsAdapter adapter = TeamsAdapter.create(TeamsOptions.development(), store.dataSource(), Clock.systemUTC());
        server = new JettyServer(adapter.start(sink));
        client = new ActivityClient(server.url(TeamsOptions.MESSAGES_PATH), connector.serviceUrl());
        addressBook = new TeamsAddressBook(store.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        connector.close();
        store.close();
    }

    @Test
    void channelMentionBecomesATeamCommandWithoutTheMention() {
        HttpResponse<String> response = client.post(client.fixture("channel_message_mention"));

        assertThat(response.statusCode()).isEqualTo(202);
        CommandIssued command = (CommandIssued) sink.next(WAIT);
        assertThat(command.text()).isEqualTo("start discovery");
        assertThat(command.team()).isEqualTo(new TeamRef(TeamsActivities.tenant(TENANT), CHANNEL));
        assertThat(command.by()).isEqualTo(new MemberRef(TeamsActivities.tenant(TENANT), MARIA));
        assertThat(addressBook.teamOf(TENANT, CHANNEL)).contains(TEAM_ROOT);
        assertThat(addressBook.tenant(TENANT).orElseThrow().serviceUrl()).isEqualTo(connector.serviceUrl());
        assertThat(sink.commits()).isEqualTo(1);
    }

    @Test
    void channelMessageThatDoesNotMentionTheCoachIsIgnored() {
        HttpResponse<String> response = client.post(client.fixture("channel_message_mention", a -> {
            a.remove("entities");
            a.put("text", "start discovery");
        }));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void personalMessageIsAnAnswerAndRemembersTheChatAndTimeZone() {
        client.post(client.fixture("personal_message"));

        MessageReceived answer = (MessageReceived) sink.next(WAIT);
        assertThat(answer.text()).isEqualTo("My manager, mostly");
        assertThat(answer.from().userId()).isEqualTo(ANA);
        assertThat(addressBook.member(TENANT, ANA).orElseThrow().chatId())
                .isEqualTo("a:1personalConversationWithAnaxxxxxxxxxxxxxxxxxxxxxxx");
        assertThat(addressBook.member(TENANT, ANA).orElseThrow().timeZone()).isEqualTo("America/Sao_Paulo");
        assertThat(new TeamsDirectory(null, addressBook).profile(answer.from()).orElseThrow().timeZone())
                .isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void editedPersonalMessageRevisesTheAnswer() {
        client.post(client.fixture("personal_message", a -> {
            a.put("type", "messageUpdate");
            a.put("id", "1763870600000");
            a.put("text", "The mechanic who fits the part");
            a.putObject("channelData").put("eventType", "editMessage").putObject("tenant").put("id", TENANT);
        }));

        MessageEdited edit = (MessageEdited) sink.next(WAIT);
        assertThat(edit.messageId()).isEqualTo("1763870600000");
        assertThat(edit.newText()).isEqualTo("The mechanic who fits the part");
    }

    @Test
    void cardSubmitWithAValueAndNoTextIsAButtonClick() {
        HttpResponse<String> response = client.post(client.fixture("adaptive_card_submit",
                a -> ((ObjectNode) a.get("value")).put(AdaptiveCardRenderer.SCOPE_KEY, "question:12:1")));

        assertThat(response.statusCode()).isEqualTo(202);
        ButtonClicked click = (ButtonClicked) sink.next(WAIT);
        assertThat(click.action()).isEqualTo(ButtonAction.SKIP);
        assertThat(click.by().userId()).isEqualTo(ANA);
        assertThat(click.scope()).isEqualTo("question:12:1");
    }

    @Test
    void sameOnASummaryCardInTheChannelIsADecisionAboutThePairTheCardCarries() {
        HttpResponse<String> response = client.post(client.fixture("adaptive_card_submit_pair"));

        assertThat(response.statusCode()).isEqualTo(202);
        PairButtonClicked click = (PairButtonClicked) sink.next(WAIT);
        assertThat(click.verdict()).isEqualTo(PairVerdict.SAME);
        assertThat(click.team()).isEqualTo(new TeamRef(TeamsActivities.tenant(TENANT), CHANNEL));
        assertThat(click.by()).isEqualTo(new MemberRef(TeamsActivities.tenant(TENANT), ANA));
        assertThat(click.first()).isEqualTo("borrowers");
        assertThat(click.second()).isEqualTo("library patrons");
        assertThat(addressBook.thread(TENANT, CHANNEL, ANA)).contains(
                new TeamsAddressBook.Thread("19:partsteam0001@thread.tacv2;messageid=1763870650000", "1763870650000"));
        assertThat(sink.commits()).isEqualTo(1);
    }

    @Test
    void differentOnASummaryCardIsADecisionToKeepThePairApart() {
        client.post(client.fixture("adaptive_card_submit_pair", a -> ((ObjectNode) a.get("value")).put("action", "pair-different")));

        assertThat(((PairButtonClicked) sink.next(WAIT)).verdict()).isEqualTo(PairVerdict.DIFFERENT);
    }

    @Test
    void aChannelSubmitThatNamesNoPairChangesNothing() {
        client.post(client.fixture("adaptive_card_submit_pair", a -> ((ObjectNode) a.get("value")).remove("team")));
        client.post(client.fixture("adaptive_card_submit_pair", a -> ((ObjectNode) a.get("value")).put("action", "skip")));

        assertThat(client.post(client.fixture("adaptive_card_submit_pair", a -> a.put("value", "pair-same")))
                .statusCode()).isEqualTo(202);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void unknownButtonGetsAPoliteReplyInTheChat() {
        client.post(client.fixture("adaptive_card_submit", a -> ((ObjectNode) a.get("value")).put("action", "launch")));

        FakeBotConnector.Call reply = connector.await(
                sentTo("a:1personalConversationWithAnaxxxxxxxxxxxxxxxxxxxxxxx", "no longer in use"), WAIT);
        assertThat(reply.body().at("/attachments/0/contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void coachAddedToATeamGreetsTheChannelAndNamesTheTeam() {
        client.post(client.fixture("conversation_update_bot_added"));

        FakeBotConnector.Call greeting = connector.await(sentTo(TEAM_ROOT, "Hello, Parts Team!"), WAIT);
        assertThat(greeting.shown()).contains("start discovery", "private chat");
        assertThat(sink.teamNames()).containsEntry(new TeamRef(TeamsActivities.tenant(TENANT), TEAM_ROOT), "Parts Team");
        assertThat(addressBook.channelsOf(TENANT, TEAM_ROOT)).containsExactly(TEAM_ROOT);
    }

    @Test
    void channelTakesTheTeamsNameBeforeItsFirstCommand() {
        client.post(client.fixture("conversation_update_bot_added"));
        client.post(client.fixture("channel_message_mention"));

        assertThat(sink.next(WAIT)).isInstanceOf(CommandIssued.class);
        assertThat(sink.teamNames()).containsEntry(new TeamRef(TeamsActivities.tenant(TENANT), CHANNEL), "Parts Team");
    }

    @Test
    void memberAddedToTheTeamLaterJoinsEveryCoachedChannel() {
        client.post(client.fixture("channel_message_mention"));
        sink.next(WAIT);

        client.post(client.fixture("conversation_update_bot_added", a -> {
            a.putArray("membersAdded").addObject().put("id", ANA);
            ((ObjectNode) a.get("channelData")).put("eventType", "teamMemberAdded");
        }));

        MemberJoined joined = (MemberJoined) sink.next(WAIT);
        assertThat(joined.team().channelId()).isEqualTo(CHANNEL);
        assertThat(joined.member().displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void malformedBodiesAreRefusedWithClearErrors() {
        assertThat(client.post("{not json", "application/json").statusCode()).isEqualTo(400);
        assertThat(client.post("[1,2]", "application/json").statusCode()).isEqualTo(400);
        assertThat(client.post("{\"type\":\"message\"}", "application/json").statusCode()).isEqualTo(400);
        assertThat(client.post(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "application/json")
                .statusCode()).isEqualTo(400);
        HttpResponse<String> wrongType = client.post(client.fixture("personal_message").toString(), "text/plain");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("application/json");
        ObjectNode huge = client.fixture("personal_message");
        huge.put("text", "x".repeat(300_000));
        assertThat(client.post(huge).statusCode()).isEqualTo(413);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void aTurnThatCannotBeCommittedIsA500SoTeamsMayResend() {
        sink.failWith(new IllegalStateException("database is locked"));

        HttpResponse<String> response = client.post(client.fixture("personal_message"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("try again").doesNotContain("database is locked");
    }

    @Test
    void invokeTheCoachDoesNotOfferIsAcknowledgedNot501() {
        HttpResponse<String> response = client.post(client.fixture("adaptive_card_submit", a -> {
            a.put("type", "invoke");
            a.put("name", "adaptiveCard/action");
        }));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void activitiesFromOtherChannelsAreAcknowledgedAndIgnored() {
        HttpResponse<String> response = client.post(client.fixture("personal_message", a -> a.put("channelId", "webchat")));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(sink.isEmpty()).isTrue();
    }
}
