package com.claritycoach.core.engine;

import com.claritycoach.core.schedule.TeamSettings;
import java.time.Duration;

/** Sets when the one reminder goes to members who have not finished. */
final class ReminderCommand implements TeamCommand {

    @Override
    public String name() {
        return "reminder";
    }

    @Override
    public String usage() {
        return "reminder <hours before the deadline>";
    }

    @Override
    public String description() {
        return "when the one reminder goes to members who have not finished (default 2 hours before the deadline)";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        TeamSettings settings = ctx.tx().teamSettings(ctx.team().id());
        long limit = settings.deadline().toHours() - 1;
        Integer hours = Hours.parse(ctx.args(), 1, (int) limit);
        if (hours == null) {
            ctx.reply("Please say how many whole hours before the deadline to remind, from 1 to " + limit
                    + ", e.g. reminder 2. Now: " + ScheduleText.hours(settings.reminderBefore()) + " before.");
            return;
        }
        Duration before = Duration.ofHours(hours);
        ctx.tx().saveTeamSettings(ctx.team().id(), settings.withReminderBefore(before));
        ctx.reply("Members who have not finished get one reminder " + ScheduleText.hours(before) + " before the deadline.");
    }
}
