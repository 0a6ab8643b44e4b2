package com.claritycoach.core.alignment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /**
     * These decisions once {@code first} and {@code second} are split: a merge of either into the other is
     * undone and the pair is kept apart, as the store records it (the latest decision about a pair wins).
     */
    public Decisions splitting(String first, String second) {
        Map<String, String> left = new LinkedHashMap<>(merges);
        left.remove(first, second);
        left.remove(second, first);
        Set<Split> apart = new HashSet<>(splits);
        apart.add(new Split(first, second));
        return new Decisions(left, apart);
    }

    /**
     * Whether two wordings always count as one customer, whatever the model reads: they name the same
     * role once spelling and descriptions are set aside, or merges (a chain of them) join them. A split
     * cannot part such wordings.
     */
    public boolean countsAsOne(String first, String second) {
        Grouper customers = customers();
        return customers.canonical(first).equals(customers.canonical(second));
    }

    /**
     * The merges whose wordings count as {@code wording}, by wording: what holds a group together that
     * the team wants to part.
     */
    public SortedMap<String, String> mergesInto(String wording) {
        Grouper customers = customers();
        String home = customers.canonical(wording);
        SortedMap<String, String> found = new TreeMap<>();
        merges.forEach((from, to) -> {
            if (customers.canonical(from).equals(home)) {
                found.put(from, to);
            }
        });
        return found;
    }

    private Grouper customers() {
        return new Grouper(this, Wording::roleKey, Sameness.ROLES, Meanings.LEXICAL, GroupingSettings.DEFAULT.roles());
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
