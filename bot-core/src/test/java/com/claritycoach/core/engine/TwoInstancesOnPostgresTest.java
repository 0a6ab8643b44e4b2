package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.outbox.OutboxDispatcher;
import com.claritycoach.core.outbox.Pacer;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.schedule.Scheduler;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.OutboxEntry;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two coach instances (engine, scheduler, dispatcher, each with its own connection pool) share one
 * PostgreSQL database and run at the same moments: each scheduled check-in, reminder and close
 * fires once, and each message is sent once. Runs when {@code COACH_TEST_POSTGRES_URL} is set, in a
 * schema of its own.
 */
@EnabledIfEnvironmentVariable(named = "COACH_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class TwoInstancesOnPostgresTest {
    private static final int MEMBERS = 12;
    private static final TeamRef TEAM = new TeamRef(Transcript.TENANT, "product");
    private static String schema;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));

    @BeforeAll
    static void createSchema() throws SQLException {
        schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void eachScheduledStepFiresOnceAndEachMessageIsSentOnce() throws Exception {
        try (Instance a = new Instance("a"); Instance b = new Instance("b")) {
            MemberRef ada = new MemberRef(Transcript.TENANT, "ada");
            for (int i = 0; i < MEMBERS; i++) {
                MemberRef m = i == 0 ? ada : new MemberRef(Transcript.TENANT, "member" + i);
                (i % 2 == 0 ? a : b).engine.handle(new MemberJoined(TEAM, MemberProfile.of(m, m.userId()), null));
            }
            a.engine.handle(CommandIssued.of(TEAM, ada, "schedule weekly monday 09:00 UTC"));
            b.engine.handle(CommandIssued.of(TEAM, ada, "playbook weekly"));
            bothAt("2026-11-20T12:00:01Z", a, b);

            bothAt("2026-11-23T09:00:00Z", a, b);
            bothAt("2026-11-23T09:00:01Z", a, b);
            List<OutboundMessage> sent = sentByBoth(a, b);
            assertThat(posts(sent, "is open")).isEqualTo(1);
            for (int i = 1; i < MEMBERS; i++) {
                MemberRef m = new MemberRef(Transcript.TENANT, "member" + i);
                assertThat(dms(sent, m, "Question 1 of 2")).as("first question to " + m.userId()).isEqualTo(1);
            }

            bothAt("2026-11-24T07:00:00Z", a, b);
            bothAt("2026-11-24T07:00:01Z", a, b);
            assertThat(dms(sentByBoth(a, b), ada, "friendly reminder")).isEqualTo(1);

            bothAt("2026-11-24T09:00:00Z", a, b);
            bothAt("2026-11-24T09:00:01Z", a, b);
            List<OutboundMessage> all = sentByBoth(a, b);
            assertThat(posts(all, "reached its deadline")).isEqualTo(1);
            assertThat(a.store.read((StoreTx tx) -> tx.checkIns(tx.findTeam(TEAM).orElseThrow().id()))).hasSize(1);
            List<String> keys = new ArrayList<>(a.keys);
            keys.addAll(b.keys);
            assertThat(keys).doesNotHaveDuplicates();
            List<OutboxEntry> unsent = a.store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant().plusSeconds(3600), 100));
            assertThat(unsent).as("every queued message was sent by one of the two").isEmpty();
        }
    }

    /** Moves the clock, then both instances tick and drain at the same moment. */
    private void bothAt(String at, Instance a, Instance b) throws Exception {
        clock.set(Instant.parse(at));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (Instance instance : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    instance.scheduler.tick();
                    instance.dispatcher.drainOnce();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<OutboundMessage> sentByBoth(Instance a, Instance b) {
        List<OutboundMessage> all = new ArrayList<>(a.sent);
        all.addAll(b.sent);
        return all;
    }

    private static long posts(List<OutboundMessage> sent, String text) {
        return sent.stream().filter(m -> m.to() instanceof Destination.ChannelPost && m.text().contains(text)).count();
    }

    private static long dms(List<OutboundMessage> sent, MemberRef member, String text) {
        return sent.stream().filter(m -> m.to().equals(new Destination.DirectMessage(member)) && m.text().contains(text))
                .count();
    }

    /** One running coach: its own pool, engine, scheduler, dispatcher and recording messenger. */
    private final class Instance implements AutoCloseable, Messenger {
        final CoachStore store;
        final CoachEngine engine;
        final Scheduler scheduler;
        final OutboxDispatcher dispatcher;
        final List<OutboundMessage> sent = Collections.synchronizedList(new ArrayList<>());
        final List<String> keys = Collections.synchronizedList(new ArrayList<>());

        Instance(String name) {
            String url = System.getenv("COACH_TEST_POSTGRES_URL");
            store = CoachStores.open(DatabaseConfig.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema));
            engine = new CoachEngine(store, new PlaybookCatalog(List.of(Transcript.DISCOVERY, Transcript.WEEKLY)),
                    CoachingRules.standard(), new StoreDirectory(store), clock);
            scheduler = new Scheduler(store, engine.scheduledWork(), clock);
            dispatcher = new OutboxDispatcher(store, this, clock, Pacer.none(), name, 1);
        }

        @Override
        public void send(OutboundMessage message, String idempotencyKey) {
            sent.add(message);
            keys.add(idempotencyKey);
        }

        @Override
        public void close() {
            store.close();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(System.getenv("COACH_TEST_POSTGRES_URL"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
