package com.claritycoach.core.engine;

/** One {@code /coach} command for a team channel. */
interface TeamCommand {

    /** The first word that selects it, e.g. {@code start}. */
    String name();

    /** The command as a refusal names it, without placeholders, e.g. {@code late answers}. */
    default String title() {
        return name();
    }

    /** How to type it, e.g. {@code start [playbook]}. */
    String usage();

    /** A few words for the help listing. */
    String description();

    /** Whether only the team's managers may run it; others get a polite refusal. */
    boolean managersOnly();

    void run(CommandContext context);
}
