package com.claritycoach.app;

import java.io.PrintStream;

final class DemoCommand implements AppCommand {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "(coming)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        throw new UsageException("demo mode is not built yet");
    }
}
