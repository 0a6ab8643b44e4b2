package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.alignment.Wording;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Records what a manager decided about two {@link com.claritycoach.core.alignment.Wording#normalise
 * normalised} wordings and tells the channel: one path for the typed {@code merge} and {@code split}
 * and for the Same and Different buttons, so both behave alike. Every later summary, and its trend,
 * applies the decision.
 */
final class WordingDecisions {
    private WordingDecisions() {
    }

    /**
     * The two wordings of "X into Y" or "X from Y", normalised, split at the last {@code word}; empty
     * when either side is missing.
     */
    static Optional<List<String>> pair(String args, String word) {
        int at = args.toLowerCase(Locale.ROOT).lastIndexOf(" " + word + " ");
        if (at < 0) {
            return Optional.empty();
        }
        String first = Wording.normalise(args.substring(0, at));
        String second = Wording.normalise(args.substring(at + word.length() + 2));
        return first.isEmpty() || second.isEmpty() ? Optional.empty() : Optional.of(List.of(first, second));
    }

    static void merge(CommandContext ctx, String from, String to) {
        if (from.equals(to)) {
            ctx.reply("\"" + from + "\" and \"" + to + "\" already count as the same answer.");
            return;
        }
        ctx.tx().saveMerge(ctx.team().id(), from, to);
        ctx.post("From now on, \"" + from + "\" counts as \"" + to + "\" in this team's summaries.");
    }

    static void split(CommandContext ctx, String first, String second) {
        if (first.equals(second)) {
            ctx.reply("\"" + first + "\" and \"" + second + "\" are the same wording, so they cannot be kept apart.");
            return;
        }
        if (Decisions.NONE.countsAsOne(first, second)) {
            ctx.reply("\"" + first + "\" and \"" + second + "\" name the same role once spelling and descriptions are "
                    + "set aside, so the summary always counts them as one.");
            return;
        }
        Decisions after = ctx.tx().decisions(ctx.team().id()).splitting(first, second);
        if (after.countsAsOne(first, second)) {
            SortedMap<String, String> joining = after.mergesInto(first);
            ctx.reply("\"" + first + "\" and \"" + second + "\" still count as one through other merges: "
                    + joining.entrySet().stream().map(m -> "merge " + m.getKey() + " into " + m.getValue())
                    .collect(Collectors.joining(", "))
                    + ". Split the two wordings of the merge that should not hold, then try again.");
            return;
        }
        ctx.tx().saveSplit(ctx.team().id(), first, second, ctx.step().now());
        ctx.post("From now on, \"" + first + "\" and \"" + second
                + "\" count as different customers in this team's summaries.");
    }
}
