package com.claritycoach.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Entry point of {@code clarity-coach.jar}: picks the mode named by the first argument. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietLogsForTerminalModes(args);
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /**
     * Standard output or error written as UTF-8 whatever the platform's default charset is, so that
     * "…", "→", "↑" and members' own words survive a terminal or pipe without a UTF-8 locale.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** Console and demo print a transcript; only warnings should interrupt it unless asked otherwise. */
    private static void quietLogsForTerminalModes(String[] args) {
        boolean terminal = args.length > 0 && (args[0].equals("console") || args[0].equals("demo"));
        if (terminal && System.getenv("COACH_LOG_LEVEL") == null) {
            System.setProperty("COACH_LOG_LEVEL", "WARN");
        }
    }

    /** Runs one mode and returns the process exit code (0 success, 2 bad usage or input, 1 failure). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, AppCommand> commands = commands();
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        AppCommand command = commands.get(args[0]);
        if (command == null) {
            err.println("Unknown mode '" + args[0] + "'.");
            usage(commands, err);
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (StartupException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Map<String, AppCommand> commands() {
        Map<String, AppCommand> commands = new TreeMap<>();
        for (AppCommand c : new AppCommand[] {new ConsoleCommand(), new DemoCommand(), new ServeCommand(), new AnalyzeCommand()}) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    private static void usage(Map<String, AppCommand> commands, PrintStream to) {
        to.println("Usage: java -jar clarity-coach.jar <mode> [options]");
        commands.values().forEach(c -> to.printf("  %-8s %s%n", c.name(), c.summary()));
    }
}
