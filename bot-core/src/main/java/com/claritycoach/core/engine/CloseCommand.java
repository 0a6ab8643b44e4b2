package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.ConversationState;
import java.util.Optional;

/** Ends the open check-in: answers become final and the summary goes to the channel. */
final class CloseCommand implements TeamCommand {
    private final SummaryComposer summaries;

    CloseCommand(SummaryComposer summaries) {
        this.summaries = summaries;
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
        CheckIn checkIn = open.get();
        ctx.tx().closeCheckIn(checkIn.id());
        long done = ctx.tx().conversations(checkIn.id()).stream()
                .filter(c -> c.state() == ConversationState.DONE).count();
        ctx.post(ctx.issuer().profile().displayName() + " closed the check-in. " + done + " of "
                + ctx.tx().conversations(checkIn.id()).size() + " members answered every question.");
        summaries.post(ctx.step(), ctx.team(), ctx.tx().checkIn(checkIn.id()).orElseThrow());
    }
}
