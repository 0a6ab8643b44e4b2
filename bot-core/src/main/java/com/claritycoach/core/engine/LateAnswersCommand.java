package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import java.util.Locale;

/** Chooses whether answers after the deadline are refused politely or saved as late. */
final class LateAnswersCommand implements TeamCommand {

    @Override
    public String name() {
        return "late";
    }

    @Override
    public String title() {
        return "late answers";
    }

    @Override
    public String usage() {
        return "late answers accept|refuse";
    }

    @Override
    public String description() {
        return "whether answers after the deadline are saved as late (default: refused politely)";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        String args = ctx.args().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean accept = args.equals("answers accept");
        if (!accept && !args.equals("answers refuse")) {
            ctx.reply("Use late answers accept (save answers sent after the deadline, marked late) "
                    + "or late answers refuse (politely turn them away).");
            return;
        }
        TeamSettings settings = ctx.tx().teamSettings(ctx.team().id());
        ctx.tx().saveTeamSettings(ctx.team().id(), settings.withAcceptLate(accept));
        ctx.reply(accept ? "Answers sent after the deadline are now saved, marked late. Say summary to include them."
                : "Answers sent after the deadline are now politely refused.");
    }
}
