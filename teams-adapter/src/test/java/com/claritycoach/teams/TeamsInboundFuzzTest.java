package com.claritycoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.core.testing.JettyServer;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Teams sends whatever its clients and the Bot Service evolve into, so the mapping from an activity
 * to core {@link Inbound} records must cope with any value in any field, and with fields left out:
 * every activity is answered without a 5xx, and whatever reaches the engine is scoped to the tenant
 * the activity names. Jazzer fills templates of each activity the coach handles (messages in personal
 * chats, channels and group chats, card submits, edits, membership changes, invokes), which go
 * through the real endpoint and SDK adapter on loopback. Regression mode in {@code mvn verify} replays
 * {@code TeamsInboundFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class TeamsInboundFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOT = "28:c0ac4000-0000-4000-8000-00000000b0t1";

    private static JdbcCoachStore store;
    private static FakeBotConnector connector;
    private static JettyServer server;
    private static ActivityClient client;
    private static final List<Inbound> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void coachOnLoopback() throws Exception {
        Path dir = Files.createTempDirectory("teams-fuzz");
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        connector = new FakeBotConnector();
        InboundSink sink = new InboundSink() {
            @Override
            public void accept(Inbound inbound) {
                received.add(inbound);
            }

            @Override
            public void committed() {
            }
        };
        server = new JettyServer(TeamsAdapter.create(TeamsOptions.development(), store.dataSource(), Clock.systemUTC())
                .start(sink));
        client = new ActivityClient(server.url(TeamsOptions.MESSAGES_PATH), connector.serviceUrl());
    }

    @AfterAll
    static void close() throws Exception {
        server.close();
        connector.close();
        store.close();
    }

    @FuzzTest(maxDuration = "30s")
    void anyTeamsActivityIsAnsweredAndMapsToWellFormedInbounds(FuzzedDataProvider data) {
        received.clear();
        String tenant = data.consumeBoolean() ? "72f988bf-0000-4000-8000-0000000000aa" : data.consumeString(40);
        ObjectNode activity = activity(data, tenant);
        HttpResponse<String> response;
        try (SilentCloseable loopbackOnly = BugDetectors.allowNetworkConnections(
                (host, port) -> host.equals("127.0.0.1") || host.equals("localhost"))) {
            response = client.post(activity);
        }

        assertThat(response.statusCode()).as("the coach's answer to %s", activity).isIn(200, 202, 400);
        for (Inbound inbound : received) {
            assertThat(inbound.tenant().platform()).isEqualTo(Platform.TEAMS);
            assertThat(inbound.tenant().id()).isEqualTo(tenant);
        }
    }

    private static ObjectNode activity(FuzzedDataProvider data, String tenant) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", data.pickValue(List.of("message", "messageUpdate", "conversationUpdate", "invoke", "typing",
                data.consumeString(12))));
        a.put("id", data.consumeString(20)).put("channelId", data.consumeBoolean() ? "msteams" : data.consumeString(8));
        a.put("serviceUrl", connector.serviceUrl());
        if (data.consumeBoolean()) {
            a.putObject("from").put("id", data.consumeBoolean() ? "29:member" : data.consumeString(30))
                    .put("name", data.consumeString(30));
        }
        a.putObject("recipient").put("id", BOT).put("name", "Clarity Coach");
        if (data.consumeBoolean()) {
            ObjectNode conversation = a.putObject("conversation")
                    .put("id", data.consumeBoolean() ? "19:channel@thread.tacv2;messageid=1" : data.consumeString(40))
                    .put("conversationType", data.pickValue(List.of("personal", "channel", "groupChat", "")))
                    .put("tenantId", tenant);
            if (data.consumeBoolean()) {
                conversation.remove("tenantId");
            }
        }
        if (data.consumeBoolean()) {
            a.put("text", data.consumeBoolean() ? "<at>Clarity Coach</at> " + data.consumeString(60) : data.consumeString(60));
        }
        if (data.consumeBoolean()) {
            if (data.consumeBoolean()) {
                ObjectNode value = a.putObject("value").put("action", data.consumeBoolean()
                        ? data.pickValue(List.of("pair-same", "pair-different")) : data.consumeString(16));
                for (String field : List.of("team", "first", "second")) {
                    if (data.consumeBoolean()) {
                        value.put(field, data.consumeString(30));
                    }
                }
            } else {
                a.put("value", data.consumeString(16));
            }
        }
        if (data.consumeBoolean()) {
            ArrayNode entities = a.putArray("entities");
            entities.addObject().put("type", "mention").put("text", "<at>Clarity Coach</at>").putObject("mentioned")
                    .put("id", data.consumeBoolean() ? BOT : data.consumeString(20));
            entities.addObject().put("type", "clientInfo").put("timezone", data.consumeString(30));
        }
        for (String list : List.of("membersAdded", "membersRemoved")) {
            if (data.consumeBoolean()) {
                ArrayNode members = a.putArray(list);
                int count = data.consumeInt(0, 3);
                for (int i = 0; i < count; i++) {
                    ObjectNode member = members.addObject();
                    if (data.consumeBoolean()) {
                        member.put("id", data.consumeBoolean() ? BOT : data.consumeString(20));
                    }
                }
            }
        }
        if (data.consumeBoolean()) {
            ObjectNode channelData = a.putObject("channelData");
            channelData.putObject("tenant").put("id", tenant);
            if (data.consumeBoolean()) {
                channelData.putObject("team").put("id", data.consumeString(30)).put("name", data.consumeString(30));
                channelData.putObject("channel").put("id", data.consumeString(30)).put("name", data.consumeString(30));
            }
            if (data.consumeBoolean()) {
                channelData.put("eventType", data.consumeString(20));
            }
        }
        return a;
    }
}
