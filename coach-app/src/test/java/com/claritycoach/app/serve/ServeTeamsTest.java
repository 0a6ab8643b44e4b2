package com.claritycoach.app.serve;

import static com.claritycoach.teams.testing.FakeBotConnector.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.teams.TeamsOptions;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} with Teams, end to end: the real SDK adapter behind the real endpoint, the real engine
 * on a SQLite file, the outbox, and a fake Bot connector that records what the coach sent.
 */
class ServeTeamsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TENANT = "72f988bf-0000-4000-8000-0000000000aa";
    private static final String CHANNEL = "19:partsteam0001@thread.tacv2";
    private static final String TEAM_ROOT = "19:partsteamroot@thread.tacv2";
    private static final String MARIA = "29:1MgrMariaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String ANA = "29:1AnaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String BO = "29:1BoAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String INJECTION = "**everyone** [win](https://evil.example) <at>General</at>";

    @TempDir
    Path dir;
    private FakeBotConnector connector;
    private CoachServer server;
    private ActivityClient client;

    @BeforeEach
    void start() {
        connector = new FakeBotConnector().roster(TEAM_ROOT,
                List.of(MARIA + "=Maria Costa", ANA + "=Ana Lima"), List.of(BO + "=Bo Tan", "28:other-bot=Other Bot"));
        ServeConfig config = new ServeConfig(0, database(), null, Optional.empty(), Optional.of(TeamsOptions.development()),
                Optional.empty());
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
        client = new ActivityClient("http://127.0.0.1:" + server.port() + TeamsOptions.MESSAGES_PATH, connector.serviceUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        connector.close();
    }

    @Test
    void fullCheckInFromAChannelCommandToTheChannelSummary() {
        accepted(client.fixture("conversation_update_bot_added"));
        connector.await(sentTo(TEAM_ROOT, "Hello, Parts Team!"), WAIT);

        command(MARIA, "start");
        connector.await(sentTo(CHANNEL, "started"), WAIT);
        for (String member : List.of(MARIA, ANA, BO)) {
            FakeBotConnector.Call prompt = connector.await(call -> call.isActivity() && call.shown().contains("Question 1 of 2")
                    && chatOf(member).equals(call.conversationId()), WAIT);
            assertThat(prompt.body().at("/attachments/0/content/actions/0/data/action").asText()).isEqualTo("skip");
        }
        assertThat(connector.calls()).filteredOn(c -> c.path().equals("/v3/conversations")).hasSize(3);

        answer(ANA, "Shoppers get the right part first time");
        connector.await(sentTo(chatOf(ANA), "Question 2 of 2"), WAIT);
        answer(ANA, "The mechanic who fits the part");
        answer(BO, "Fewer returns for our shoppers");
        connector.await(sentTo(chatOf(BO), "Question 2 of 2"), WAIT);
        answer(BO, INJECTION);
        command(MARIA, "close");

        FakeBotConnector.Call summary = connector.await(sentTo(CHANNEL, "Alignment summary"), WAIT);
        assertThat(summary.shown()).contains("50% agree on the ultimate customer", "The mechanic: 1 (Ana Lima)",
                "everyone** <at>General");
        assertThat(summary.body().get("summary").asText()).startsWith("Alignment summary: Parts Team").doesNotContain("*");
        assertThat(summary.body().at("/attachments/0/content/body").findValues("type"))
                .noneMatch(type -> type.asText().equals("TextBlock"));
        assertThat(summary.body().has("entities")).isFalse();
        assertThat(summary.replyToId()).isNull();
    }

    @Test
    void statusAnswersInTheThreadOfTheCommand() {
        command(MARIA, "start");
        connector.await(sentTo(CHANNEL, "started"), WAIT);
        ObjectNode status = command(MARIA, "status");

        FakeBotConnector.Call reply = connector.await(call -> call.isActivity() && call.shown().contains("Finished"), WAIT);
        assertThat(reply.conversationId()).isEqualTo(CHANNEL + ";messageid=" + status.get("id").asText());
        assertThat(reply.replyToId()).isEqualTo(status.get("id").asText());
    }

    @Test
    void skipButtonMovesToTheNextQuestion() {
        command(MARIA, "start");
        FakeBotConnector.Call first = connector.await(call -> call.isActivity() && call.shown().contains("Question 1 of 2")
                && chatOf(ANA).equals(call.conversationId()), WAIT);

        accepted(skipClick(first, "click-1"));

        connector.await(sentTo(chatOf(ANA), "Question 2 of 2"), WAIT);
    }

    @Test
    void staleSkipButtonLeavesTheCurrentQuestionAndSaysWhy() {
        command(MARIA, "start");
        FakeBotConnector.Call first = connector.await(call -> call.isActivity() && call.shown().contains("Question 1 of 2")
                && chatOf(ANA).equals(call.conversationId()), WAIT);
        accepted(skipClick(first, "click-1"));
        connector.await(sentTo(chatOf(ANA), "Question 2 of 2"), WAIT);

        accepted(skipClick(first, "click-2"));

        connector.await(sentTo(chatOf(ANA), "That button belongs to an earlier question, so I changed nothing"), WAIT);
        answer(ANA, "The mechanic who fits the part");
        assertThat(storedAnswers(ANA)).containsExactly("The mechanic who fits the part");
    }

    /** Ana pressing Skip on a card the coach sent: the submit data is the button's own. */
    private ObjectNode skipClick(FakeBotConnector.Call card, String activityId) {
        JsonNode skip = StreamSupport.stream(card.body().at("/attachments/0/content/actions").spliterator(), false)
                .filter(a -> "skip".equals(a.at("/data/action").asText())).findFirst().orElseThrow();
        return client.fixture("adaptive_card_submit", a -> {
            a.put("id", activityId);
            a.with("conversation").put("id", chatOf(ANA));
            a.set("value", skip.get("data").deepCopy());
        });
    }

    @Test
    void answerIsCommittedBeforeTeamsGetsItsResponseAndARedeliveryIsHandledOnce() {
        command(MARIA, "start");
        connector.await(call -> call.isActivity() && call.shown().contains("Question 1 of 2")
                && chatOf(ANA).equals(call.conversationId()), WAIT);
        ObjectNode answer = personal(ANA, "Shoppers get the right part first time");

        accepted(answer);
        assertThat(storedAnswers(ANA)).containsExactly("Shoppers get the right part first time");
        accepted(answer);
        answer(ANA, "The mechanic who fits the part");
        connector.await(sentTo(chatOf(ANA), "Thank you"), WAIT);

        assertThat(storedAnswers(ANA)).containsExactly("Shoppers get the right part first time",
                "The mechanic who fits the part");
    }

    @Test
    void forgetMeAlsoDropsWhatTheTeamsAdapterKnowsAboutTheMember() throws Exception {
        command(MARIA, "start");
        connector.await(call -> call.isActivity() && call.shown().contains("Question 1 of 2")
                && chatOf(ANA).equals(call.conversationId()), WAIT);
        answer(ANA, "Shoppers get the right part first time");
        assertThat(knownMember(ANA)).contains("Ana Lima", "America/Sao_Paulo");

        answer(ANA, "forget me");
        answer(ANA, "forget me yes");

        connector.await(sentTo(chatOf(ANA), "Done: I deleted 1 answer"), WAIT);
        assertThat(knownMember(ANA)).containsOnly(chatOf(ANA));
        assertThat(storedAnswers(ANA)).isEmpty();
    }

    /** What the Teams adapter's address book holds about a member: name, time zone, chat. */
    private List<String> knownMember(String member) throws Exception {
        try (JdbcCoachStore store = CoachStores.open(database()); Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT display_name, time_zone, chat_id FROM teams_member WHERE user_id = ?")) {
            ps.setString(1, member);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    if (rs.getString(i) != null) {
                        values.add(rs.getString(i));
                    }
                }
                return values;
            }
        }
    }

    private ObjectNode command(String from, String text) {
        ObjectNode activity = client.fixture("channel_message_mention", a -> {
            a.put("text", "<at>Clarity Coach</at> " + text);
            a.with("from").put("id", from);
            a.with("conversation").put("id", CHANNEL + ";messageid=" + a.get("id").asText());
        });
        accepted(activity);
        return activity;
    }

    private void answer(String from, String text) {
        accepted(personal(from, text));
    }

    private ObjectNode personal(String from, String text) {
        return client.fixture("personal_message", a -> {
            a.put("text", text);
            a.with("from").put("id", from).remove("name");
            a.with("conversation").put("id", chatOf(from));
        });
    }

    private static String chatOf(String member) {
        return FakeBotConnector.chatWith(member);
    }

    private static void accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(202);
    }

    private void accepted(ObjectNode activity) {
        accepted(client.post(activity));
    }

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    private List<String> storedAnswers(String member) {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            TeamRef team = new TeamRef(new TenantRef(Platform.TEAMS, TENANT), CHANNEL);
            return store.read(tx -> tx.currentAnswers(
                            tx.latestCheckIn(tx.findTeam(team).orElseThrow().id()).orElseThrow().id()))
                    .stream().filter(a -> a.member().userId().equals(member)).map(Answer::text).toList();
        }
    }
}
