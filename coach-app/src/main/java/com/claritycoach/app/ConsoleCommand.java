package com.claritycoach.app;

import java.io.PrintStream;

final class ConsoleCommand implements AppCommand {
    @Override
    public String name() {
        return "console";
    }

    @Override
    public String summary() {
        return "(coming)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        throw new UsageException("console mode is not built yet");
    }
}
