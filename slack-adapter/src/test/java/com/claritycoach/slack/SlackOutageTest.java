package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.outbox.OutboxDispatcher;
import com.claritycoach.core.outbox.Pacer;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slack going away for a while must only delay the coach's messages: the real outbox dispatcher and
 * Slack messenger, on a real SQLite outbox, against the fake Slack Web API over loopback. The
 * dispatcher's clock is moved by the test, so a 30-minute outage costs no real waiting. Only answers
 * that will never change (the channel is gone, the token revoked) give a message up.
 */
class SlackOutageTest {
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");
    private static final TeamRef TEAM = new TeamRef(TENANT, "C0TEAM0001");
    private static final MemberRef MANAGER = new MemberRef(TENANT, "U0MGR0001");
    private static final int MEMBERS = 12;
    private static final Duration TICK = Duration.ofSeconds(5);
    private static final String TOKEN = "xoxb-test-0000000000";

    @TempDir
    Path dir;
    private FakeSlackApi api;
    private Slack slack;
    private CoachStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void start() {
        api = new FakeSlackApi();
        slack = slackAt(api.apiUrl());
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        slack.close();
        api.close();
    }

    @Test
    void thirtyMinuteOutageLosesNoMessage() {
        Map<String, List<String>> expected = queueCheckInFanOut();
        api.outage();
        try (OutboxDispatcher dispatcher = dispatcher(4)) {
            Instant back = clock.instant().plus(Duration.ofMinutes(30));
            while (clock.instant().isBefore(back)) {
                dispatcher.drainOnce();
                clock.advance(TICK);
            }
            int failedDuringOutage = api.calls().size();
            api.endOutage();
            int ticks = 0;
            while (!store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(2)), 1)).isEmpty()) {
                dispatcher.drainOnce();
                clock.advance(TICK);
                assertThat(++ticks).as("ticks to drain the outbox once Slack is back").isLessThan(200);
            }

            assertThat(failedDuringOutage).as("calls refused during the outage, retried many times each")
                    .isGreaterThan(MEMBERS * 5);
        }
        assertThat(deliveredByChannel()).isEqualTo(expected);
        assertThat(api.calls("chat.postMessage")).filteredOn(FakeSlackApi.Call::ok)
                .noneMatch(call -> call.param("text").startsWith("Delivery problem"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"channel_not_found", "account_inactive", "token_revoked", "invalid_auth",
            "not_in_channel", "is_archived"})
    void aPermanentAnswerGivesTheMessageUpAtOnceAndTellsTheManagersOnce(String error) {
        queueCheckInFanOut();
        int messages = 2 * MEMBERS + 1;
        for (int i = 0; i < messages; i++) {
            api.failNext("chat.postMessage", error);
        }
        try (OutboxDispatcher dispatcher = dispatcher(1)) {
            for (int tick = 0; tick < 5; tick++) {
                dispatcher.drainOnce();
                clock.advance(Duration.ofSeconds(1));
            }
        }

        assertThat(store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(2)), 1))).isEmpty();
        assertThat(api.calls("chat.postMessage")).filteredOn(call -> !call.ok())
                .as("each message tried once").hasSize(messages);
        assertThat(api.calls("chat.postMessage")).filteredOn(FakeSlackApi.Call::ok).singleElement()
                .satisfies(note -> {
                    assertThat(note.param("channel")).isEqualTo("D" + MANAGER.userId());
                    assertThat(note.param("text")).startsWith("Delivery problem").contains(error);
                });
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void aServerErrorIsRetriedNotGivenUp(int status) {
        api.script("chat.postMessage", new FakeSlackApi.Answer(status, Map.of(), "<html>" + status + "</html>"));
        DeliveryException failure = sendOnce(new SlackMessenger(slack, BotTokens.single(TOKEN), new BlockKitRenderer()));

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.retryAfter()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsRetriedNotGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Slack nowhere = slackAt("http://127.0.0.1:" + closedPort + "/api/")) {
            DeliveryException failure = sendOnce(new SlackMessenger(nowhere, BotTokens.single(TOKEN), new BlockKitRenderer()));

            assertThat(failure.isPermanent()).isFalse();
        }
    }

    private static DeliveryException sendOnce(SlackMessenger messenger) {
        try {
            messenger.send(OutboundMessage.text(new Destination.ChannelPost(TEAM), "hello"), "outbox-1");
        } catch (DeliveryException e) {
            return e;
        }
        throw new AssertionError("the send did not fail");
    }

    private OutboxDispatcher dispatcher(int senders) {
        return new OutboxDispatcher(store, new SlackMessenger(slack, BotTokens.single(TOKEN), new BlockKitRenderer()),
                clock, Pacer.perDestination(Duration.ofSeconds(1)), "outage", senders);
    }

    private static Slack slackAt(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        return Slack.getInstance(config);
    }

    /**
     * A check-in's fan-out: the channel hears of it, each member gets Question 1 and then a reminder;
     * returns each channel's texts in queue order.
     */
    private Map<String, List<String>> queueCheckInFanOut() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        store.inTransaction(tx -> {
            long team = tx.ensureTeam(TEAM, "#team").id();
            tx.setRole(team, MANAGER, Role.MANAGER);
            tx.enqueue(OutboundMessage.text(new Destination.ChannelPost(TEAM), "Check-in started"), clock.instant());
            expected.computeIfAbsent(TEAM.channelId(), c -> new ArrayList<>()).add("Check-in started");
            for (String text : List.of("Question 1 of 10", "Reminder: Question 1 of 10")) {
                for (int i = 0; i < MEMBERS; i++) {
                    MemberRef member = new MemberRef(TENANT, String.format("U0MEMBER%02d", i));
                    tx.ensureMember(team, member);
                    tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(member), text), clock.instant());
                    expected.computeIfAbsent("D" + member.userId(), c -> new ArrayList<>()).add(text);
                }
            }
            return null;
        });
        return expected;
    }

    /** What Slack accepted, per channel, in the order it accepted it. */
    private Map<String, List<String>> deliveredByChannel() {
        Map<String, List<String>> delivered = new LinkedHashMap<>();
        for (FakeSlackApi.Call call : api.calls("chat.postMessage")) {
            if (call.ok()) {
                delivered.computeIfAbsent(call.param("channel"), c -> new ArrayList<>()).add(call.param("text"));
            }
        }
        return delivered;
    }
}
