package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import java.time.Duration;

/** Sets how long a check-in stays open, for scheduled check-ins and {@code start} alike. */
final class DeadlineCommand implements TeamCommand {
    static final int MAX_HOURS = 24 * 14;

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public String usage() {
        return "deadline <hours>";
    }

    @Override
    public String description() {
        return "how long each check-in stays open (default 24 hours)";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        TeamSettings settings = ctx.tx().teamSettings(ctx.team().id());
        if (ctx.args().isBlank()) {
            ctx.reply("Check-ins stay open " + ScheduleText.hours(settings.deadline()) + ". Change it with e.g. deadline 48.");
            return;
        }
        Integer hours = Hours.parse(ctx.args(), 1, MAX_HOURS);
        if (hours == null) {
            ctx.reply("Please give the deadline as whole hours from 1 to " + MAX_HOURS + ", e.g. deadline 48.");
            return;
        }
        Duration deadline = Duration.ofHours(hours);
        if (!settings.reminderBefore().minus(deadline).isNegative()) {
            ctx.reply("The reminder goes " + ScheduleText.hours(settings.reminderBefore()) + " before the deadline, so "
                    + "the deadline must be longer than that. Say reminder <hours> first, e.g. reminder 1.");
            return;
        }
        ctx.tx().saveTeamSettings(ctx.team().id(), settings.withDeadline(deadline));
        ctx.reply("From the next check-in on, check-ins stay open " + ScheduleText.hours(deadline) + ".");
    }
}
