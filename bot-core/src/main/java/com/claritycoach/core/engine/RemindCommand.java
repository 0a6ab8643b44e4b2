package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import java.util.Optional;

/** Sends the reminder now, for a manager who sees answers lagging before the scheduled one is due. */
final class RemindCommand implements TeamCommand {
    private final Reminders reminders;

    RemindCommand(Reminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "remind";
    }

    @Override
    public String usage() {
        return "remind";
    }

    @Override
    public String description() {
        return "send one reminder now to members who have not finished the open check-in";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        Optional<CheckIn> open = ctx.tx().currentCheckIn(ctx.team().id());
        if (open.isEmpty()) {
            ctx.reply("There is no open check-in, so there is nobody to remind. Say start to open one.");
            return;
        }
        int reminded = reminders.send(ctx.step(), ctx.team(), open.get());
        ctx.reply(reminded == 0
                ? "Nobody needed a reminder: everyone has finished, is away this week or asked for no reminders."
                : "Reminded " + reminded + (reminded == 1 ? " member" : " members") + " who " + (reminded == 1 ? "has" : "have")
                        + " not finished the check-in.");
    }
}
