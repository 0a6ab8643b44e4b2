package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Wording;
import java.util.Locale;

/**
 * Keeps two wordings apart however alike the model finds them: "split borrowers from donors". Undoes
 * a merge of the two, so a manager can take back a {@code merge} or a <em>Same</em>.
 */
final class SplitCommand implements TeamCommand {
    @Override
    public String name() {
        return "split";
    }

    @Override
    public String usage() {
        return "split <wording> from <wording>";
    }

    @Override
    public String description() {
        return "count two wordings as different customers in summaries";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        String args = ctx.args();
        int from = args.toLowerCase(Locale.ROOT).lastIndexOf(" from ");
        String first = from < 0 ? "" : Wording.normalise(args.substring(0, from));
        String second = from < 0 ? "" : Wording.normalise(args.substring(from + " from ".length()));
        if (first.isEmpty() || second.isEmpty()) {
            ctx.reply("Say split <wording> from <wording>, for example: split borrowers from donors");
            return;
        }
        WordingDecisions.split(ctx, first, second);
    }
}
