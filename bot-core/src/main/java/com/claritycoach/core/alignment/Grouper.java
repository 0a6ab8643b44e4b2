package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Groups answers by their comparison key: team synonyms first, then typos merged ("pateint" and
 * "patient"). Two keys are typos of each other when they have the same words and every differing
 * word is long ({@link #SHORTEST_FUZZY}+ letters), close by Jaro-Winkler similarity (Apache Commons
 * Text) and one slip away by Levenshtein distance: a letter missed or added, or two neighbours
 * swapped. A changed letter is not a slip, because that is how different roles differ: "employer"
 * and "employee", "nurse" and "purse", "sales team" and "sales lead" stay apart.
 */
final class Grouper {
    static final double SIMILAR = 0.92;
    static final int SHORTEST_FUZZY = 6;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private final Map<String, String> synonyms;
    private final Function<String, String> key;

    /**
     * @param synonyms normalised wording → the normalised wording it counts as; both sides are also
     *     compared by {@code key}, so "ward sister who signs off" → "ward nurse" reaches answers keyed "ward sister"
     * @param key how an answer becomes its comparison key (e.g. {@link Wording#roleKey})
     */
    Grouper(Map<String, String> synonyms, Function<String, String> key) {
        this.key = key;
        Map<String, String> keyed = new LinkedHashMap<>(synonyms);
        synonyms.forEach((from, to) -> {
            String k = key.apply(from);
            if (!k.isEmpty() && !k.equals(key.apply(to))) {
                keyed.putIfAbsent(k, key.apply(to));
            }
        });
        this.synonyms = keyed;
    }

    /** One entry to group: what was said, by whom, with which coaching flags. */
    record Entry(String member, String wording, Set<String> flags) {
    }

    /**
     * Groups, largest first (first seen first among equals); each key joins the first earlier key it is
     * alike. Each distinct wording is keyed and filed once; an entry then costs one look-up of its
     * wording, and a group counts its wordings as they come rather than re-reading its entries.
     */
    List<Group> group(List<Entry> entries) {
        Homes homes = new Homes();
        Map<String, Filling> byHome = new LinkedHashMap<>();
        Map<String, Said> said = new HashMap<>();
        for (Entry entry : entries) {
            Said wording = said.computeIfAbsent(entry.wording(), w -> {
                String k = canonical(w);
                return new Said(w, k.isEmpty() ? null : byHome.computeIfAbsent(homes.of(k), h -> new Filling()));
            });
            if (wording.group != null) {
                wording.group.add(wording, entry);
            }
        }
        List<Group> groups = new ArrayList<>();
        byHome.values().forEach(filling -> groups.add(filling.toGroup()));
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return groups;
    }

    /** One distinct wording, the group it went to (null when it has no key), and how often it was given. */
    private static final class Said {
        private final String wording;
        private final Filling group;
        private int count;

        Said(String wording, Filling group) {
            this.wording = wording;
            this.group = group;
        }
    }

    /** A group as its entries arrive: its wordings in first-seen order, its members and flags. */
    private static final class Filling {
        private final List<Said> wordings = new ArrayList<>();
        private final Set<String> members = new LinkedHashSet<>();
        private final Set<String> flags = new LinkedHashSet<>();

        void add(Said wording, Entry entry) {
            if (wording.count++ == 0) {
                wordings.add(wording);
            }
            members.add(entry.member());
            flags.addAll(entry.flags());
        }

        /** Labelled by its most frequent wording (trimmed; the shorter, then the first seen, among equals). */
        Group toGroup() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            wordings.forEach(w -> counts.merge(w.wording.strip(), w.count, Integer::sum));
            String label = counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(w -> -w.getKey().length()))
                    .map(Map.Entry::getKey).orElseThrow();
            return new Group(label, members.size(), List.copyOf(members), flags);
        }
    }

    String canonical(String wording) {
        String k = key.apply(wording);
        String seen = k;
        for (int hops = 0; hops < 10 && synonyms.containsKey(seen); hops++) {
            seen = synonyms.get(seen);
        }
        return seen;
    }

    /**
     * The keys that head a group so far, filed by what a typo cannot change: the number of words and
     * every word too short to be fuzzy ({@link #skeleton}). A new key is compared only with the keys
     * of its own skeleton, and a key seen before is looked up; comparing each answer with every group
     * made grouping quadratic in the number of distinct answers.
     */
    private static final class Homes {
        private final Map<String, List<String>> bySkeleton = new HashMap<>();
        private final Map<String, String> homeOf = new HashMap<>();

        String of(String key) {
            return homeOf.computeIfAbsent(key, k -> {
                List<String> sameSkeleton = bySkeleton.computeIfAbsent(skeleton(k), s -> new ArrayList<>());
                return sameSkeleton.stream().filter(home -> alike(home, k)).findFirst().orElseGet(() -> {
                    sameSkeleton.add(k);
                    return k;
                });
            });
        }
    }

    /** The key's words with every word long enough to hold a slip replaced by {@code *}; alike keys share it. */
    static String skeleton(String key) {
        StringBuilder skeleton = new StringBuilder();
        for (String word : key.split(" ")) {
            skeleton.append(word.length() < SHORTEST_FUZZY ? word : "*").append(' ');
        }
        return skeleton.toString();
    }

    static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] left = a.split(" ");
        String[] right = b.split(" ");
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!left[i].equals(right[i]) && !slip(left[i], right[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether one word is a typing slip of the other: one letter missed or added, or two neighbours swapped. */
    private static boolean slip(String a, String b) {
        if (Math.min(a.length(), b.length()) < SHORTEST_FUZZY || SIMILARITY.apply(a, b) < SIMILAR) {
            return false;
        }
        int edits = EDITS.apply(a, b);
        if (edits == 1) {
            return a.length() != b.length();
        }
        return edits == 2 && a.length() == b.length() && swappedNeighbours(a, b);
    }

    private static boolean swappedNeighbours(String a, String b) {
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
