package com.claritycoach.app.serve;

import com.claritycoach.app.StartupException;
import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.outbox.OutboxDispatcher;
import com.claritycoach.core.outbox.OutboxPump;
import com.claritycoach.core.outbox.Pacer;
import com.claritycoach.core.schedule.Scheduler;
import com.claritycoach.core.schedule.SchedulerRunner;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.PlatformRouter;
import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running {@code serve} mode: the store, one engine over every configured platform, the outbox
 * pump, and one HTTP server with each platform's endpoints plus {@code /healthz} and {@code /readyz}. Closing stops
 * everything in the reverse order it started.
 */
public final class CoachServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoachServer.class);
    private static final Duration OUTBOX_INTERVAL = Duration.ofSeconds(5);
    /** Places sent to at once: a platform answers after a round trip, and one sender at a time cannot keep up. */
    static final int OUTBOX_SENDERS = 8;
    /** Slack accepts about one message per second per channel. */
    private static final Duration PER_CHANNEL_GAP = Duration.ofSeconds(1);
    /** How often due check-ins, reminders and closes are looked for. */
    private static final Duration SCHEDULE_INTERVAL = Duration.ofSeconds(30);
    /** How long {@code /readyz} waits for the store's answer. */
    static final Duration READINESS_TIMEOUT = Duration.ofSeconds(1);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private CoachHttpServer http;
    private boolean closed;

    private CoachServer() {
    }

    /**
     * Starts everything, or stops what it started and throws a {@link StartupException} with one line.
     *
     * @param host the interface to listen on (null: all)
     */
    public static CoachServer start(ServeConfig config, PlaybookCatalog playbooks, Clock clock, String host) {
        CoachServer server = new CoachServer();
        try {
            server.startAll(config, playbooks, clock, host);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The platforms configured in the environment, each as a module of this server. */
    static List<PlatformModule> platformModules(ServeConfig config, JdbcCoachStore store, PlaybookCatalog playbooks,
                                                Clock clock) {
        List<PlatformModule> modules = new ArrayList<>();
        config.slack().ifPresent(slack -> modules.add(
                new SlackModule(slack, store, store.dataSource(), playbooks, clock)));
        config.teams().ifPresent(teams -> modules.add(new TeamsModule(teams, store, store.dataSource(), clock)));
        return modules;
    }

    private void startAll(ServeConfig config, PlaybookCatalog playbooks, Clock clock, String host) {
        JdbcCoachStore store = openStore(config);
        started.push(store);
        List<PlatformModule> modules = platformModules(config, store, playbooks, clock);
        modules.forEach(started::push);
        PlatformRouter router = new PlatformRouter();
        modules.forEach(m -> router.register(m.platform(), m.messenger(), m.directory()));
        CoachEngine engine = new CoachEngine(store, playbooks, CoachingRules.standard(),
                config.understanding().meanings(), router, clock);
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, router, clock, Pacer.perDestination(PER_CHANNEL_GAP),
                "serve-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID(), OUTBOX_SENDERS);
        started.push(dispatcher);
        OutboxPump pump = new OutboxPump(dispatcher, OUTBOX_INTERVAL);
        started.push(pump);
        StoreReadiness readiness = new StoreReadiness(store, READINESS_TIMEOUT);
        started.push(readiness);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(CoachHttpServer.READY_PATH, new ReadinessServlet(readiness));
        for (PlatformModule module : modules) {
            try {
                servlets.putAll(module.start(engine, pump));
            } catch (IllegalStateException e) {
                throw new StartupException(e.getMessage(), e);
            }
        }
        http = new CoachHttpServer(host, config.port(), servlets);
        try {
            http.start();
        } catch (IOException e) {
            throw new StartupException("PORT " + config.port() + " cannot be used: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new StartupException("The HTTP server did not start on PORT " + config.port() + ": " + e, e);
        }
        started.push(http);
        pump.start();
        SchedulerRunner schedules = new SchedulerRunner(new Scheduler(store, engine.scheduledWork(), clock),
                SCHEDULE_INTERVAL, pump::kick);
        schedules.start();
        started.push(schedules);
        started.push(new StoreHousekeeping(store, clock, config.retention()).start());
        LOG.info("Serving on port {} with {}", http.port(), modules.stream().map(m -> m.platform().name()).toList());
    }

    private static JdbcCoachStore openStore(ServeConfig config) {
        try {
            return CoachStores.open(config.database());
        } catch (StoreException e) {
            throw new StartupException("COACH_DB_URL: " + e.getMessage(), e);
        }
    }

    public int port() {
        return http.port();
    }

    /** Blocks until the HTTP server stops. */
    public void awaitStop() throws InterruptedException {
        http.join();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
