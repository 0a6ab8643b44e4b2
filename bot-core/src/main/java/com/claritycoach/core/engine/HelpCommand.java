package com.claritycoach.core.engine;

import java.util.List;

/** Lists what the coach can do in a team channel. */
final class HelpCommand implements TeamCommand {
    private final List<TeamCommand> commands;

    HelpCommand(List<TeamCommand> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "help";
    }

    @Override
    public String description() {
        return "this list";
    }

    @Override
    public boolean managersOnly() {
        return false;
    }

    @Override
    public void run(CommandContext context) {
        context.reply(text(commands));
    }

    static String text(List<TeamCommand> commands) {
        StringBuilder text = new StringBuilder(
                "Clarity Coach helps your team agree on who your ultimate customer is. Commands:");
        for (TeamCommand c : commands) {
            text.append("\n  ").append(c.usage()).append(": ").append(c.description())
                    .append(c.managersOnly() ? " (managers)" : "");
        }
        text.append("\n  my answers, forget me: your own answers and data (answered privately)");
        return text.toString();
    }
}
