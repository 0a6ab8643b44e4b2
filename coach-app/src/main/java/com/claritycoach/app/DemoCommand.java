package com.claritycoach.app;

import com.claritycoach.app.console.ConsoleMessenger;
import com.claritycoach.app.console.ConsoleSession;
import com.claritycoach.app.demo.DemoRun;
import com.claritycoach.app.config.Environment;
import com.claritycoach.app.config.Understanding;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.engine.StoreDirectory;
import com.claritycoach.core.outbox.OutboxDispatcher;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code demo}: a scripted team of six works through the discovery playbook with the real engine on
 * a SQLite file in a temporary folder, deleted when the demo ends (also on Ctrl-C): the quickest way to
 * see what the coach does.
 */
final class DemoCommand implements AppCommand {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "watch a scripted team of six go through a check-in (temporary SQLite file)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            throw new UsageException("demo takes no options. Usage: demo");
        }
        Path dir = tempDir();
        Thread cleanUp = new Thread(() -> TempFolder.delete(dir), "demo-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            play(dir, out);
        } finally {
            TempFolder.delete(dir);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
        return 0;
    }

    private static void play(Path dir, PrintStream out) {
        out.println("Clarity Coach demo: a hospital software team of six answers the discovery check-in.");
        out.println("Lines starting with a name are what that person types; [to ...] lines are what the coach sends.");
        out.println("Data: " + dir.resolve("demo.db") + " (the folder is deleted when the demo ends)");
        out.println();
        try (CoachCore core = CoachCore.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("demo.db"), null, null),
                PlaybookCatalog.builtIn(), Understanding.from(Environment.system()).meanings())) {
            CoachEngine engine = new CoachEngine(core.store(), core.playbooks(), core.rules(), core.meanings(),
                    new StoreDirectory(core.store()), Clock.systemUTC());
            OutboxDispatcher dispatcher = new OutboxDispatcher(core.store(), new ConsoleMessenger(out, dir, dir), Clock.systemUTC());
            ConsoleSession session = new ConsoleSession(engine, dispatcher, "hospital-apps", out, false);
            new DemoRun(session, core, out).play();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("clarity-coach-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
