package com.claritycoach.app;

import com.claritycoach.app.console.ConsoleMessenger;
import com.claritycoach.app.console.ConsoleSession;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.engine.StoreDirectory;
import com.claritycoach.core.outbox.OutboxDispatcher;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** {@code console [--db PATH] [--team NAME]}: the coach in a terminal, no Slack or Teams account needed. */
final class ConsoleCommand implements AppCommand {
    private final InputStream in;
    private final boolean interactive;

    ConsoleCommand() {
        this(System.in, System.console() != null);
    }

    ConsoleCommand(InputStream in, boolean interactive) {
        this.in = in;
        this.interactive = interactive;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public String summary() {
        return "chat with the coach in this terminal: console [--db PATH] [--team NAME]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        try (CoachCore core = CoachCore.fromEnv(System.getenv(), options.dbUrl())) {
            CoachEngine engine = new CoachEngine(core.store(), core.playbooks(), core.rules(), core.meanings(),
                    new StoreDirectory(core.store()), Clock.systemUTC());
            OutboxDispatcher dispatcher = new OutboxDispatcher(core.store(), new ConsoleMessenger(out, exportDir(options.dbUrl())), Clock.systemUTC());
            if (interactive) {
                out.println("Clarity Coach console, team #" + options.team()
                        + ". Type 'as <name>' to speak as someone, '/coach help' for team commands, Ctrl-D to quit.");
            }
            new ConsoleSession(engine, dispatcher, options.team(), out, interactive)
                    .run(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            return 0;
        }
    }

    /** The console's command-line options. */
    /** Exports are saved next to a SQLite database file, else in the working folder. */
    static Path exportDir(String dbUrl) {
        if (dbUrl != null && dbUrl.startsWith("jdbc:sqlite:")) {
            Path parent = Path.of(dbUrl.substring("jdbc:sqlite:".length())).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    record Options(String dbUrl, String team) {
        static Options parse(String[] args) {
            String db = null;
            String team = "team";
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if ((arg.equals("--db") || arg.equals("--team")) && i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value, e.g. " + (arg.equals("--db") ? "--db coach.db" : "--team product"));
                }
                switch (arg) {
                    case "--db" -> db = "jdbc:sqlite:" + args[++i];
                    case "--team" -> team = args[++i];
                    default -> throw new UsageException("Unknown option '" + arg + "'. Usage: console [--db PATH] [--team NAME]");
                }
            }
            if (team.isBlank() || team.chars().anyMatch(Character::isWhitespace)) {
                throw new UsageException("--team needs a one-word name, e.g. --team product");
            }
            return new Options(db, team.replaceFirst("^#", ""));
        }
    }
}
