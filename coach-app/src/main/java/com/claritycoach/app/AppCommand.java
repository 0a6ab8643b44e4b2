package com.claritycoach.app;

import java.io.PrintStream;

/** One mode of the runnable jar ({@code console}, {@code demo}, {@code serve}, {@code analyze}). */
interface AppCommand {
    String name();

    /** One line for the usage text. */
    String summary();

    /**
     * @return the exit code
     * @throws UsageException for bad arguments (exit 2, message printed)
     * @throws StartupException when configuration or storage is unusable (exit 1, message printed)
     */
    int run(String[] args, PrintStream out, PrintStream err);
}
