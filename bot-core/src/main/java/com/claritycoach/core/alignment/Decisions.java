package com.claritycoach.core.alignment;

import java.util.Map;
import java.util.Set;

/**
 * What a team's managers decided about wordings, which wins over any model: {@code merge ward sister
 * into ward nurse} (or <em>Same</em>) counts two wordings as one; {@code split borrowers from
 * donors} (or <em>Different</em>) keeps them apart however alike they look. Wordings are
 * {@link Wording#normalise normalised}.
 *
 * @param merges wording → the wording it counts as
 * @param splits pairs of wordings that never share a group
 */
public record Decisions(Map<String, String> merges, Set<Split> splits) {
    public static final Decisions NONE = new Decisions(Map.of(), Set.of());

    public Decisions {
        merges = Map.copyOf(merges);
        splits = Set.copyOf(splits);
    }

    /** Only merges, as teams taught the summary before splits existed. */
    public static Decisions merging(Map<String, String> merges) {
        return new Decisions(merges, Set.of());
    }

    /** Two wordings kept apart; the same pair whichever is named first. */
    public record Split(String first, String second) {
        public Split {
            if (first.compareTo(second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
        }
    }
}
