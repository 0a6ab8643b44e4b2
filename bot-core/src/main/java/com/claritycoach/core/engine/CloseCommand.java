package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import java.util.Optional;

/** Ends the open check-in: answers become final and the summary goes to the channel. */
final class CloseCommand implements TeamCommand {
    private final CheckInCloser closer;

    CloseCommand(CheckInCloser closer) {
        this.closer = closer;
    }

    @Override
    public String name() {
        return "close";
    }

    @Override
    public String usage() {
        return "close";
    }

    @Override
    public String description() {
        return "close the check-in and post the summary";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        Optional<CheckIn> open = ctx.tx().currentCheckIn(ctx.team().id());
        if (open.isEmpty()) {
            ctx.reply("There is no open check-in to close.");
            return;
        }
        closer.close(ctx.step(), ctx.team(), open.get(), ctx.issuer().profile().displayName() + " closed the check-in.");
    }
}
