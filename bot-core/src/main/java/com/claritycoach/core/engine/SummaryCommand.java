package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import java.util.Optional;

/** Posts the summary of the team's latest check-in (open or closed) to the channel. */
final class SummaryCommand implements TeamCommand {
    private final SummaryComposer summaries;

    SummaryCommand(SummaryComposer summaries) {
        this.summaries = summaries;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String usage() {
        return "summary";
    }

    @Override
    public String description() {
        return "post the latest alignment summary to the channel";
    }

    @Override
    public boolean managersOnly() {
        return false;
    }

    @Override
    public void run(CommandContext ctx) {
        Optional<CheckIn> latest = ctx.tx().latestCheckIn(ctx.team().id());
        if (latest.isEmpty()) {
            ctx.reply("There is nothing to summarise yet: no check-in has been started in this team.");
            return;
        }
        summaries.post(ctx.step(), ctx.team(), latest.get());
    }
}
