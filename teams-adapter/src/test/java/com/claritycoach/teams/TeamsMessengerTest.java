package com.claritycoach.teams;

import static com.claritycoach.teams.testing.FakeBotConnector.sentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart.ChoicesPart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.teams.bot.TeamsActivities;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.store.TenantRoute;
import com.claritycoach.teams.testing.FakeBotConnector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messenger and directory through the real SDK against a fake Bot connector on loopback. */
class TeamsMessengerTest {
    private static final String TENANT_ID = "72f988bf-0000-4000-8000-0000000000aa";
    private static final TenantRef TENANT = TeamsActivities.tenant(TENANT_ID);
    private static final String BOT = "28:c0ac4000-0000-4000-8000-00000000b0t1";
    private static final String CHANNEL = "19:partsteam0001@thread.tacv2";
    private static final String TEAM_ROOT = "19:partsteamroot@thread.tacv2";
    private static final MemberRef ANA = new MemberRef(TENANT, "29:ana");

    @TempDir
    Path dir;
    private JdbcCoachStore store;
    private FakeBotConnector connector;
    private TeamsAddressBook addressBook;
    private TeamsAdapter adapter;

    @BeforeEach
    void start() {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        connector = new FakeBotConnector();
        adapter = TeamsAdapter.create(TeamsOptions.development(), store.dataSource(), Clock.systemUTC());
        addressBook = new TeamsAddressBook(store.dataSource(), Clock.systemUTC());
        addressBook.rememberTenant(new TenantRoute(TENANT_ID, connector.serviceUrl(), BOT, "Clarity Coach"));
        addressBook.rememberChannel(TENANT_ID, CHANNEL, TEAM_ROOT, null);
    }

    @AfterEach
    void stop() {
        connector.close();
        store.close();
    }

    @Test
    void firstDirectMessageCreatesThePersonalChatAndTheNextReusesIt() throws Exception {
        send(new Destination.DirectMessage(ANA), "Question 1 of 2");
        send(new Destination.DirectMessage(ANA), "Question 2 of 2");

        FakeBotConnector.Call created = connector.calls().get(0);
        assertThat(created.path()).isEqualTo("/v3/conversations");
        assertThat(created.body().at("/members/0/id").asText()).isEqualTo("29:ana");
        assertThat(created.body().at("/bot/id").asText()).isEqualTo(BOT);
        assertThat(created.body().at("/tenantId").asText()).isEqualTo(TENANT_ID);
        assertThat(created.body().at("/isGroup").asBoolean()).isFalse();
        String chat = addressBook.member(TENANT_ID, "29:ana").orElseThrow().chatId();
        assertThat(connector.activities()).extracting(FakeBotConnector.Call::conversationId).containsExactly(chat, chat);
        assertThat(connector.calls()).filteredOn(c -> c.path().equals("/v3/conversations")).hasSize(1);
        assertThat(connector.activities().get(1).shown()).contains("Question 2 of 2");
    }

    @Test
    void cardButtonsAreSubmitActionsNamingTheCoachAction() throws Exception {
        adapter.messenger().send(new OutboundMessage(new Destination.DirectMessage(ANA), "Question 1 of 2",
                List.of(new ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.PAUSE), "question:1:0"))), "outbox-1");

        FakeBotConnector.Call sent = connector.activities().get(0);
        assertThat(sent.body().at("/attachments/0/content/version").asText()).isEqualTo("1.5");
        assertThat(sent.body().at("/attachments/0/content/actions/0/type").asText()).isEqualTo("Action.Submit");
        assertThat(sent.body().at("/attachments/0/content/actions/0/data/action").asText()).isEqualTo("skip");
        assertThat(sent.body().at("/attachments/0/content/actions/1/title").asText()).isEqualTo("Pause");
    }

    @Test
    void channelPostStartsANewThreadInTheChannel() throws Exception {
        send(new Destination.ChannelPost(new TeamRef(TENANT, CHANNEL)), "Alignment summary");

        FakeBotConnector.Call post = connector.await(sentTo(CHANNEL, "Alignment summary"), Duration.ofSeconds(5));
        assertThat(post.replyToId()).isNull();
    }

    @Test
    void privateReplyGoesUnderTheThreadOfTheMembersCommand() throws Exception {
        addressBook.rememberThread(TENANT_ID, CHANNEL, "29:ana", CHANNEL + ";messageid=1763870520000", "1763870520000");

        send(new Destination.PrivateReply(new TeamRef(TENANT, CHANNEL), ANA), "3 of 5 have answered");

        FakeBotConnector.Call reply = connector.activities().get(0);
        assertThat(reply.conversationId()).isEqualTo(CHANNEL + ";messageid=1763870520000");
        assertThat(reply.replyToId()).isEqualTo("1763870520000");
    }

    @Test
    void rateLimitIsReportedWithRetryAfter() {
        addressBook.rememberChat(TENANT_ID, "29:ana", "a:1chat-ana");
        connector.failNextActivity(429, Map.of("Retry-After", "7"));

        assertThatThrownBy(() -> send(new Destination.DirectMessage(ANA), "hello"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void blockedBotIsAPermanentFailure() {
        addressBook.rememberChat(TENANT_ID, "29:ana", "a:1chat-ana");
        connector.failNextActivity(403, Map.of());

        assertThatThrownBy(() -> send(new Destination.DirectMessage(ANA), "hello"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
    }

    @Test
    void vanishedPersonalChatIsCreatedAgain() throws Exception {
        addressBook.rememberChat(TENANT_ID, "29:ana", "a:1chat-gone");
        connector.failNextActivity(404, Map.of());

        send(new Destination.DirectMessage(ANA), "Question 1 of 2");

        assertThat(addressBook.member(TENANT_ID, "29:ana").orElseThrow().chatId()).isNotEqualTo("a:1chat-gone");
        assertThat(connector.activities()).last().extracting(FakeBotConnector.Call::status).isEqualTo(201);
    }

    @Test
    void tenantNeverHeardFromIsAPermanentFailure() {
        MemberRef stranger = new MemberRef(TeamsActivities.tenant("unknown-tenant"), "29:x");

        assertThatThrownBy(() -> send(new Destination.DirectMessage(stranger), "hello"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
    }

    @Test
    void rosterReadsEveryPageOfTheTeamAndLeavesBotsOut() {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add("29:person-" + i + "=Person " + i);
        }
        connector.roster(TEAM_ROOT, first, List.of("28:some-bot=Other Bot", "29:person-3=Person 3"),
                List.of("29:person-4=Person 4"));
        addressBook.rememberMember(TENANT_ID, "29:person-4", null, "Asia/Singapore");

        List<MemberProfile> roster = adapter.directory().roster(new TeamRef(TENANT, CHANNEL));

        assertThat(roster).extracting(MemberProfile::displayName)
                .containsExactly("Person 0", "Person 1", "Person 2", "Person 3", "Person 4");
        assertThat(roster.get(4).timeZone().getId()).isEqualTo("Asia/Singapore");
        assertThat(connector.calls()).filteredOn(c -> c.path().endsWith("/pagedmembers")).hasSize(3)
                .allSatisfy(c -> assertThat(c.conversationId()).isEqualTo(TEAM_ROOT));
        assertThat(adapter.directory().profile(new MemberRef(TENANT, "29:person-2")).orElseThrow().displayName())
                .isEqualTo("Person 2");
    }

    private void send(Destination to, String text) throws DeliveryException {
        adapter.messenger().send(OutboundMessage.text(to, text), "outbox-1");
    }
}
