package com.claritycoach.app;

import com.claritycoach.app.config.Environment;
import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.app.serve.CoachServer;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.PlaybookException;
import java.io.PrintStream;
import java.time.Clock;

/** {@code serve}: the chat bot itself, configured by environment variables (see docs/slack.md). */
final class ServeCommand implements AppCommand {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "run the bot for Slack and Microsoft Teams (HTTP on PORT, default 3000); configured by environment variables";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            throw new UsageException("serve takes no arguments; it is configured by environment variables "
                    + "such as PORT, COACH_DB_URL, SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
        }
        ServeConfig config = ServeConfig.from(Environment.system());
        PlaybookCatalog playbooks;
        try {
            playbooks = PlaybookCatalog.load(config.playbooksDir());
        } catch (PlaybookException e) {
            throw new StartupException("COACH_PLAYBOOKS_DIR: " + e.getMessage(), e);
        }
        CoachServer server = CoachServer.start(config, playbooks, Clock.systemUTC(), null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-shutdown"));
        out.println("Clarity Coach is serving on port " + server.port() + " (health check: /healthz).");
        try {
            server.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
        return 0;
    }
}
