package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Wording;
import java.util.Locale;

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
        String args = ctx.args();
        int into = args.toLowerCase(Locale.ROOT).lastIndexOf(" into ");
        String from = into < 0 ? "" : Wording.normalise(args.substring(0, into));
        String to = into < 0 ? "" : Wording.normalise(args.substring(into + " into ".length()));
        if (from.isEmpty() || to.isEmpty()) {
            ctx.reply("Say merge <wording> into <wording>, for example: merge ward sister into ward nurse");
            return;
        }
        WordingDecisions.merge(ctx, from, to);
    }
}
