package com.claritycoach.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.teams.TeamsOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coach driven by Microsoft's own local Teams client, the Microsoft 365 Agents Playground, running
 * headless: the coach is added to the Playground's team, a member starts a check-in in the channel,
 * gets the first question in a personal chat the coach creates, answers it, and gets the second. The
 * Playground mocks the Bot connector itself (roster, create conversation, activities) and logs every
 * call the coach makes, which is what this test reads. CI installs the Playground with npm and sets
 * {@code COACH_TEST_PLAYGROUND} to its executable.
 */
@EnabledIfEnvironmentVariable(named = "COACH_TEST_PLAYGROUND", matches = ".+")
class AgentsPlaygroundTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String LOG_MARKER = "buffering message: ";

    @TempDir
    Path dir;
    /** HTTP/1.1: the Playground's server drops the HTTP/2 upgrade that Java's client tries by default. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private CoachServer server;
    private Process playground;
    private String playgroundUrl;
    private JsonNode config;

    @BeforeEach
    void start() throws Exception {
        server = CoachServer.start(new ServeConfig(0, new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null),
                null, Optional.empty(), Optional.of(TeamsOptions.development()), Optional.empty()),
                TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
        int port = freePort();
        playgroundUrl = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(System.getenv("COACH_TEST_PLAYGROUND"), "start",
                "-e", "http://127.0.0.1:" + server.port() + TeamsOptions.MESSAGES_PATH, "-c", "msteams",
                "-p", String.valueOf(port), "--disable-telemetry")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("playground.out").toFile());
        builder.environment().put("TEAMSAPPTESTER_BROWSER", "none");
        playground = builder.start();
        config = awaitConfig().get("config");
    }

    @AfterEach
    void stop() throws Exception {
        if (playground != null) {
            playground.descendants().forEach(ProcessHandle::destroyForcibly);
            playground.destroyForcibly().waitFor();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void memberGetsTheFirstQuestionInAPersonalChatAnswersItAndGetsTheNext() throws Exception {
        String user = config.at("/currentUser/id").asText();
        String teamId = config.at("/teams/0/id").asText();

        post(activity("conversationUpdate", teamId, "channel", a -> {
            a.putArray("membersAdded").addObject().put("id", config.at("/bot/id").asText());
            a.putObject("channelData").put("eventType", "teamMemberAdded")
                    .putObject("team").put("id", teamId).put("name", config.at("/teams/0/name").asText());
        }));
        awaitBotMessage(m -> m.conversation().equals(teamId) && m.text().contains("I'm Clarity Coach"));

        post(activity("message", teamId, "channel", a -> {
            a.put("text", "<at>" + config.at("/bot/name").asText() + "</at> start discovery");
            a.putArray("entities").addObject().put("type", "mention").put("text", "<at>" + config.at("/bot/name").asText() + "</at>")
                    .putObject("mentioned").put("id", config.at("/bot/id").asText()).put("name", config.at("/bot/name").asText());
            ObjectNode data = a.putObject("channelData");
            data.putObject("team").put("id", teamId);
            data.putObject("channel").put("id", teamId);
        }));
        String chat = awaitCreatedChat(user);
        awaitBotMessage(m -> m.conversation().equals(chat) && m.text().contains("Question 1 of 2"));
        awaitBotMessage(m -> m.conversation().equals(teamId) && m.text().contains("started a Discovery check-in"));

        post(activity("message", chat, "personal", a -> a.put("text", "Mechanics fit the right part the first time")));

        BotMessage next = awaitBotMessage(m -> m.conversation().equals(chat) && m.text().contains("Question 2 of 2"));
        assertThat(next.text()).contains("Who is your ultimate customer?");
        assertThat(botMessages()).allSatisfy(m -> assertThat(m.status()).isBetween(200, 299));
    }

    /** An activity shaped the way the Playground shapes its own, from its configuration. */
    private ObjectNode activity(String type, String conversationId, String conversationType,
                                java.util.function.Consumer<ObjectNode> change) {
        ObjectNode a = JSON.createObjectNode().put("type", type).put("id", "pg-" + System.nanoTime())
                .put("channelId", "msteams").put("serviceUrl", playgroundUrl.replace("127.0.0.1", "localhost") + "/_connector")
                .put("timestamp", java.time.Instant.now().toString()).put("locale", "en-US");
        a.putObject("from").put("id", config.at("/currentUser/id").asText()).put("name", config.at("/currentUser/name").asText())
                .put("aadObjectId", config.at("/currentUser/aadObjectId").asText());
        a.putObject("recipient").put("id", config.at("/bot/id").asText()).put("name", config.at("/bot/name").asText());
        a.putObject("conversation").put("id", conversationId).put("conversationType", conversationType)
                .put("isGroup", !"personal".equals(conversationType)).put("tenantId", config.get("tenantId").asText());
        change.accept(a);
        if (!a.has("channelData")) {
            a.putObject("channelData");
        }
        ((ObjectNode) a.get("channelData")).putObject("tenant").put("id", config.get("tenantId").asText());
        return a;
    }

    private void post(ObjectNode activity) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(playgroundUrl + "/_internal/v1/customActivities"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity.toString()))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** What the coach sent through the Playground's connector, as the Playground logged it. */
    private record BotMessage(String conversation, String text, int status) {
    }

    private List<BotMessage> botMessages() throws IOException {
        List<BotMessage> messages = new ArrayList<>();
        for (JsonNode log : logEntries()) {
            if ("message".equals(log.path("activityName").asText()) && "User Application".equals(log.path("from").asText())) {
                JsonNode body = log.at("/request/body");
                messages.add(new BotMessage(body.at("/conversation/id").asText(), body.toString(),
                        log.at("/response/statusCode").asInt()));
            }
        }
        return messages;
    }

    private String awaitCreatedChat(String user) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode log : logEntries()) {
                if ("createConversation".equals(log.path("activityName").asText())
                        && user.equals(log.at("/request/body/members/0/id").asText())
                        && log.at("/response/statusCode").asInt() == 201) {
                    return log.at("/response/body/id").asText();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the coach created no personal chat with " + user + "; log:\n" + logText());
    }

    private BotMessage awaitBotMessage(Predicate<BotMessage> wanted) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<BotMessage> found = botMessages().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no such message from the coach; it sent: " + botMessages() + "\nlog:\n" + logText());
    }

    private List<JsonNode> logEntries() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (String line : logText().split("\n")) {
            int at = line.indexOf(LOG_MARKER);
            if (at >= 0) {
                JsonNode entry = JSON.readTree(line.substring(at + LOG_MARKER.length())).path("log");
                if (!entry.isMissingNode()) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private String logText() throws IOException {
        Path log = dir.resolve("devTools").resolve("m365agentsplayground.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private JsonNode awaitConfig() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(playgroundUrl + "/_internal/v1/config"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the Playground did not start; it printed:\n" + Files.readString(dir.resolve("playground.out")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
