package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.MutableClock;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.outbox.OutboxDispatcher;
import com.claritycoach.core.outbox.Pacer;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rate-limit storm: the fake Slack answers 429 with {@code Retry-After: 1} to 30% of all Web API
 * calls (a seeded sequence, so every run sees the same storm). The real outbox dispatcher and Slack
 * messenger, on a real SQLite outbox and paced one message per second per channel, must still
 * deliver every message exactly once and in order per channel. The dispatcher's clock is moved by
 * the test, so the waits cost no real time.
 */
class RateLimitStormTest {
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");
    private static final int MEMBERS = 20;
    private static final int CHANNELS = 3;
    private static final int MESSAGES = 120;
    private static final Duration TICK = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private FakeSlackApi api;
    private Slack slack;
    private CoachStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void start() {
        api = new FakeSlackApi().rateLimitStorm(0.3, 20261123L, 1);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        slack.close();
        api.close();
    }

    @ParameterizedTest(name = "{0} sender(s)")
    @ValueSource(ints = {1, 4})
    void everyMessageIsDeliveredExactlyOnceAndInOrderThroughAStormOf429s(int senders) {
        Map<String, List<String>> expected = queueFanOut();
        try (OutboxDispatcher dispatcher = new OutboxDispatcher(store,
                new SlackMessenger(slack, BotTokens.single("xoxb-test-0000000000"), new BlockKitRenderer()),
                clock, Pacer.perDestination(TICK), "storm", senders)) {
            int ticks = 0;
            while (!store.read(tx -> tx.pendingOutbox(clock.instant().plus(Duration.ofDays(2)), 1)).isEmpty()) {
                dispatcher.drainOnce();
                clock.advance(TICK);
                assertThat(++ticks).as("simulated seconds to drain the outbox").isLessThan(600);
            }
        }

        List<FakeSlackApi.Call> calls = api.calls();
        long limited = calls.stream().filter(c -> c.status() == 429).count();
        assertThat(limited).as("calls answered 429").isBetween(calls.size() / 5L, calls.size() * 2L / 5);
        assertThat(deliveredByChannel()).isEqualTo(expected);
    }

    /** Queues the messages, interleaving members and channels; returns each channel's texts in queue order. */
    private Map<String, List<String>> queueFanOut() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        store.inTransaction(tx -> {
            for (int i = 0; i < MESSAGES; i++) {
                Destination to;
                String channel;
                if (i % 4 == 3) {
                    String id = "C0TEAM000" + (i % CHANNELS);
                    to = new Destination.ChannelPost(new TeamRef(TENANT, id));
                    channel = id;
                } else {
                    String user = String.format("U0MEMBER%02d", i % MEMBERS);
                    to = new Destination.DirectMessage(new MemberRef(TENANT, user));
                    channel = "D" + user;
                }
                String text = "Message " + i + " for " + channel;
                tx.enqueue(OutboundMessage.text(to, text), clock.instant());
                expected.computeIfAbsent(channel, c -> new ArrayList<>()).add(text);
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
