package com.claritycoach.app.serve;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.FakeSlackApi.Call;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackEvents;
import com.claritycoach.teams.TeamsOptions;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What an operator's log holds after a whole check-in over Slack, and over Teams, with every logger
 * (ours and the libraries') at INFO and a few delivery failures on the way: no member's answer and no
 * secret or token.
 */
class LogPrivacyTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BOT_TOKEN = "xoxb-1234567890-0987654321-Zq8PrivateTokenTail";
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String TEAMS_CHANNEL = "19:partsteam0001@thread.tacv2";
    private static final String TEAMS_ROOT = "19:partsteamroot@thread.tacv2";
    private static final String TEAMS_MARIA = "29:1MgrMariaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String TEAMS_ANA = "29:1AnaAadObjectIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    /** Looks like a JWT; a token that is sent is checked even in development mode, and refused unlogged. */
    private static final String FORGED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJQcml2YXRlVG9rZW5UYWlsIn0.c2lnbmF0dXJl";
    private static final List<String> ANSWERS = List.of(
            "Shoppers get the right part first time",
            "The mechanic who fits the part",
            "Returns per thousand parts sold drop below two",
            "Mechanics who fit the part on the first try");
    private static final Playbook DISCOVERY = new Playbook("discovery", "Discovery", "Test discovery", List.of(
            new Prompt("outcome", PromptKind.OUTCOME, "What is the ultimate outcome?", "So we aim at one thing.",
                    "Fewer returns."),
            new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?", "So we serve one person.",
                    "A driver.")));

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private FakeBotConnector teams;
    private CoachServer server;
    private SignedSlackClient client;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    /** Every logger the configuration gave a level of its own (the root among them), with that level. */
    private final Map<String, Level> levelsBefore = new LinkedHashMap<>();
    private int events;

    @BeforeEach
    void captureEveryLoggerAtInfo() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        log.setContext(context);
        log.start();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                levelsBefore.put(logger.getName(), logger.getLevel());
                logger.setLevel(Level.INFO);
            }
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(log);
    }

    private void serveSlack() {
        slack = new FakeSlackApi()
                .user("U0MGR0001", "Maria", "Europe/Lisbon", false, false, false)
                .user("U0ANA0001", "Ana", "America/Sao_Paulo", false, false, false)
                .channel(CHANNEL, List.of("U0MGR0001", "U0ANA0001", "U0COACHBOT"))
                .rateLimitNext("chat.postMessage", 1)
                .rateLimitNext("conversations.open", 1);
        ServeConfig config = new ServeConfig(0, new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null),
                null, Optional.of(new SlackOptions(BOT_TOKEN, SIGNING_SECRET, null, slack.apiUrl(), null, null, null)));
        server = CoachServer.start(config, new PlaybookCatalog(List.of(DISCOVERY)), Clock.systemUTC(), "127.0.0.1");
        client = new SignedSlackClient("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, SIGNING_SECRET);
    }

    @AfterEach
    void restoreLevels() {
        if (server != null) {
            server.close();
        }
        if (slack != null) {
            slack.close();
        }
        if (teams != null) {
            teams.close();
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(log);
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
        log.stop();
    }

    @Test
    void aWholeCheckInLogsNoAnswerAndNoSecret() {
        serveSlack();
        command("U0MGR0001", "start");
        slack.await(dm("U0ANA0001", "Question 1 of 2"), WAIT);
        answer("U0ANA0001", ANSWERS.get(0));
        slack.await(dm("U0ANA0001", "Question 2 of 2"), WAIT);
        slack.failNext("chat.postMessage", "channel_not_found");
        answer("U0ANA0001", ANSWERS.get(1));
        answer("U0MGR0001", ANSWERS.get(2));
        answer("U0MGR0001", ANSWERS.get(3));
        answer("U0ANA0001", "my answers");
        slack.await(dm("U0ANA0001", "Your answers"), WAIT);
        assertThat(client.postJson(botEcho()).statusCode()).isEqualTo(200);
        command("U0MGR0001", "close");
        slack.await(c -> c.method().equals("chat.postMessage") && c.ok() && CHANNEL.equals(c.param("channel"))
                && text(c).contains("Alignment summary"), WAIT);

        String logged = logged();
        assertThat(log.list).as("the run logged something to check").isNotEmpty();
        assertThat(logged).contains("rate limited");
        assertThat(logged).doesNotContain(ANSWERS.toArray(String[]::new));
        assertThat(logged).doesNotContain(BOT_TOKEN, "Zq8PrivateTokenTail", SIGNING_SECRET);
    }

    @Test
    void aWholeTeamsCheckInLogsNoAnswerAndNoToken() {
        teams = new FakeBotConnector().roster(TEAMS_ROOT, List.of(TEAMS_MARIA + "=Maria Costa", TEAMS_ANA + "=Ana Lima"));
        server = CoachServer.start(new ServeConfig(0, new DatabaseConfig("jdbc:sqlite:" + dir.resolve("teams.db"), null, null),
                null, Optional.empty(), Optional.of(TeamsOptions.development()), Optional.empty()),
                new PlaybookCatalog(List.of(DISCOVERY)), Clock.systemUTC(), "127.0.0.1");
        ActivityClient activities = new ActivityClient("http://127.0.0.1:" + server.port() + TeamsOptions.MESSAGES_PATH,
                teams.serviceUrl());
        String chat = FakeBotConnector.chatWith(TEAMS_ANA);
        teamsCommand(activities, "start");
        teams.await(FakeBotConnector.sentTo(chat, "Question 1 of 2"), WAIT);
        teamsAnswer(activities, ANSWERS.get(0));
        teams.await(FakeBotConnector.sentTo(chat, "Question 2 of 2"), WAIT);
        teams.failNextActivity(500, Map.of());
        teamsAnswer(activities, ANSWERS.get(1));
        assertThat(activities.authorization("Bearer " + FORGED_TOKEN).post(activities.fixture("personal_message"))
                .statusCode()).isEqualTo(401);
        activities.authorization(null);
        teamsCommand(activities, "close");
        teams.await(FakeBotConnector.sentTo(TEAMS_CHANNEL, "Alignment summary"), WAIT);

        String logged = logged();
        assertThat(logged).contains("LOCAL DEVELOPMENT MODE");
        assertThat(logged).doesNotContain(ANSWERS.get(0), ANSWERS.get(1), FORGED_TOKEN);
    }

    private void teamsCommand(ActivityClient activities, String text) {
        assertThat(activities.post(activities.fixture("channel_message_mention", a -> {
            a.put("text", "<at>Clarity Coach</at> " + text);
            a.with("conversation").put("id", TEAMS_CHANNEL + ";messageid=" + a.get("id").asText());
        })).statusCode()).isEqualTo(202);
    }

    private void teamsAnswer(ActivityClient activities, String text) {
        assertThat(activities.post(activities.fixture("personal_message", a -> {
            a.put("text", text);
            a.with("conversation").put("id", FakeBotConnector.chatWith(TEAMS_ANA));
        })).statusCode()).isEqualTo(202);
    }

    /** The coach's own DM echoed back as an event, which is acknowledged and ignored. */
    private String botEcho() {
        return dmEvent("U0COACHBOT", ANSWERS.get(0), "Ev0BOTECHO01").replace("\"channel_type\":\"im\"",
                "\"channel_type\":\"im\",\"bot_id\":\"B0COACH01\"");
    }

    /** Every logged message with its arguments, MDC and the messages and frames of any exception. */
    private String logged() {
        return log.list.stream().map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " "
                + throwable(e.getThrowableProxy())).collect(Collectors.joining("\n"));
    }

    private static String throwable(IThrowableProxy proxy) {
        if (proxy == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(proxy.getClassName()).append(": ").append(proxy.getMessage());
        for (StackTraceElementProxy frame : proxy.getStackTraceElementProxyArray()) {
            text.append("\n").append(frame.getSTEAsString());
        }
        return text + "\n" + throwable(proxy.getCause());
    }

    private void command(String user, String text) {
        String form = fixture("slash_command_start.txt")
                .replace("user_id=U0MGR0001", "user_id=" + user)
                .replace("text=start+discovery", "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8))
                .replaceAll("trigger_id=[^&]*", "trigger_id=trigger-" + (++events));
        assertThat(client.postForm(form).statusCode()).isEqualTo(200);
    }

    private void answer(String user, String text) {
        assertThat(client.postJson(dmEvent(user, text, "Ev0DM" + (++events))).statusCode()).isEqualTo(200);
    }

    private String dmEvent(String user, String text, String eventId) {
        return SlackEvents.directMessage(eventId, user, "D" + user, text, String.format("1763870400.%06d", events));
    }

    private static Predicate<Call> dm(String user, String containing) {
        return c -> c.method().equals("chat.postMessage") && c.ok() && ("D" + user).equals(c.param("channel"))
                && text(c).contains(containing);
    }

    private static String text(Call call) {
        return call.param("text") == null ? "" : call.param("text");
    }
}
