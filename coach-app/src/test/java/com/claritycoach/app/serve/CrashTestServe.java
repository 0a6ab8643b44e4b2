package com.claritycoach.app.serve;

import com.claritycoach.app.config.Environment;
import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.playbook.PlaybookCatalog;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code serve} as its own process, for {@link CrashRecoveryTest} to kill: configured by the same
 * environment variables as {@code java -jar clarity-coach.jar serve}, on loopback. The one
 * difference is an optional clock offset (first argument, ISO-8601 duration such as {@code PT3M}),
 * which lets a restarted process stand in for one that came back after the killed instance's outbox
 * leases ran out, without the test waiting for them. Prints {@code READY} once it serves.
 */
public final class CrashTestServe {
    private CrashTestServe() {
    }

    public static void main(String[] args) throws Exception {
        Duration offset = args.length > 0 ? Duration.parse(args[0]) : Duration.ZERO;
        ServeConfig config = ServeConfig.from(Environment.system());
        PlaybookCatalog playbooks = PlaybookCatalog.load(config.playbooksDir());
        CoachServer server = CoachServer.start(config, playbooks, Clock.offset(Clock.systemUTC(), offset), "127.0.0.1");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-shutdown"));
        System.out.println("READY " + server.port());
        System.out.flush();
        server.awaitStop();
    }
}
