package com.claritycoach.core.engine;

import java.util.Locale;

/** Turns anonymous summaries on or off: no names in the channel, and no summary below three respondents. */
final class AnonymousCommand implements TeamCommand {

    @Override
    public String name() {
        return "anonymous";
    }

    @Override
    public String usage() {
        return "anonymous on|off";
    }

    @Override
    public String description() {
        return "hide names in status and summaries";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        String arg = ctx.args().strip().toLowerCase(Locale.ROOT);
        if (!arg.equals("on") && !arg.equals("off")) {
            ctx.reply("This team is " + (ctx.team().anonymous() ? "" : "not ") + "anonymous. "
                    + "Say anonymous on or anonymous off.");
            return;
        }
        boolean on = arg.equals("on");
        ctx.tx().setAnonymous(ctx.team().id(), on);
        ctx.post(on
                ? "This team is now anonymous: status and summaries show no names, and a summary needs at least 3 respondents."
                : "This team is no longer anonymous: status and summaries show names again.");
    }
}
