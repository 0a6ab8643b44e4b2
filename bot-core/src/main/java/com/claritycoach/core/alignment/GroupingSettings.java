package com.claritycoach.core.alignment;

/**
 * How likely to mean the same (by {@link Sameness}) two groups of wordings must be to join, per kind
 * of section. Chosen on labeled teams with {@code UnderstandingTuning}, not by feel: the values that
 * gave the best pairwise F1 and the smallest score error over both labeled sets at once.
 *
 * @param roles customers: one role phrase per member, where the score depends on every join
 * @param lists items of not-customer and listening answers: role phrases too, but many per member
 *     and of many kinds (vendors, the press, the board), so they join only when more alike
 * @param themes enablers, non-enablers, measures: whole sentences
 */
public record GroupingSettings(Layer roles, Layer lists, Layer themes) {
    public static final GroupingSettings DEFAULT = new GroupingSettings(new Layer(0.20, 0.12, 3, true),
            new Layer(0.25, 0.12, 0, true), new Layer(0.30, 0.15, 0, false));

    /**
     * @param join the least average likelihood (0..1) that two groups' wordings mean the same at which they become one
     * @param unsure the least likelihood of a pair left apart that a manager is asked about
     * @param unsureShown how many such pairs the summary asks about at most
     * @param relative whether cosines are read against the section's own ({@code Sameness.Spread}): for
     *     role phrases, whose domain's roles all sit close; a theme is grouped the same whichever
     *     other answers sit beside it (measured on labeled teams, reading themes against their
     *     section made grouping them worse)
     */
    public record Layer(double join, double unsure, int unsureShown, boolean relative) {
    }
}
