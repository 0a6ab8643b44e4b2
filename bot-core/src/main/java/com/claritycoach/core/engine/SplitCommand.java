package com.claritycoach.core.engine;

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
        WordingDecisions.pair(ctx.args(), "from").ifPresentOrElse(p -> WordingDecisions.split(ctx, p.get(0), p.get(1)),
                () -> ctx.reply("Say split <wording> from <wording>, for example: split borrowers from donors"));
    }
}
