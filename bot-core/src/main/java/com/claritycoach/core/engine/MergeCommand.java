package com.claritycoach.core.engine;

/** Teaches the summary a team's own vocabulary: "merge ward sister into ward nurse". */
final class MergeCommand implements TeamCommand {
    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge <wording> into <wording>";
    }

    @Override
    public String description() {
        return "count two wordings as the same customer in summaries";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        WordingDecisions.pair(ctx.args(), "into").ifPresentOrElse(p -> WordingDecisions.merge(ctx, p.get(0), p.get(1)),
                () -> ctx.reply("Say merge <wording> into <wording>, for example: merge ward sister into ward nurse"));
    }
}
