package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import java.util.Locale;

/** Switches between asking everyone at once and asking each member at the scheduled hour in their own zone. */
final class AskAtLocalTimeCommand implements TeamCommand {

    @Override
    public String name() {
        return "ask";
    }

    @Override
    public String title() {
        return "ask at local time";
    }

    @Override
    public String usage() {
        return "ask at local time on|off";
    }

    @Override
    public String description() {
        return "ask each member at the scheduled hour in their own time zone, or everyone at once";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        String args = ctx.args().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean on = args.equals("at local time on");
        if (!on && !args.equals("at local time off")) {
            ctx.reply("Use ask at local time on (each member at the scheduled hour in their own time zone) "
                    + "or ask at local time off (everyone at once).");
            return;
        }
        TeamSettings settings = ctx.tx().teamSettings(ctx.team().id());
        ctx.tx().saveTeamSettings(ctx.team().id(), settings.withAskAtLocalTime(on));
        ctx.reply(on ? "Scheduled check-ins now reach each member at the scheduled hour in their own time zone."
                : "Scheduled check-ins now reach everyone at once.");
    }
}
