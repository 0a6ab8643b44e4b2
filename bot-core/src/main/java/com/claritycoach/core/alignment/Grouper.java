package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Groups answers by their comparison key: team synonyms first, then near-duplicates ("pateint" and
 * "patient") merged when their Jaro-Winkler similarity reaches {@link #SIMILAR}. The threshold is high
 * and short keys must match exactly, so "nurse" and "purse" stay apart.
 */
final class Grouper {
    static final double SIMILAR = 0.92;
    static final int SHORTEST_FUZZY = 6;

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final Map<String, String> synonyms;
    private final Function<String, String> key;

    /**
     * @param synonyms normalised wording → the normalised wording it counts as
     * @param key how an answer becomes its comparison key (e.g. {@link Wording#roleKey})
     */
    Grouper(Map<String, String> synonyms, Function<String, String> key) {
        this.synonyms = synonyms;
        this.key = key;
    }

    /** One entry to group: what was said, by whom, with which coaching flags. */
    record Entry(String member, String wording, Set<String> flags) {
    }

    /** Groups, largest first (first seen first among equals). */
    List<Group> group(List<Entry> entries) {
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String k = canonical(entry.wording());
            if (k.isEmpty()) {
                continue;
            }
            String home = byKey.keySet().stream().filter(existing -> alike(existing, k)).findFirst().orElse(k);
            byKey.computeIfAbsent(home, x -> new ArrayList<>()).add(entry);
        }
        List<Group> groups = new ArrayList<>();
        byKey.values().forEach(list -> groups.add(toGroup(list)));
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return groups;
    }

    String canonical(String wording) {
        String k = key.apply(wording);
        String seen = k;
        for (int hops = 0; hops < 10 && synonyms.containsKey(seen); hops++) {
            seen = synonyms.get(seen);
        }
        return seen;
    }

    private static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < SHORTEST_FUZZY) {
            return false;
        }
        return SIMILARITY.apply(a, b) >= SIMILAR;
    }

    private static Group toGroup(List<Entry> entries) {
        Map<String, Integer> wordings = new LinkedHashMap<>();
        Set<String> members = new LinkedHashSet<>();
        Set<String> flags = new LinkedHashSet<>();
        for (Entry e : entries) {
            wordings.merge(e.wording().strip(), 1, Integer::sum);
            members.add(e.member());
            flags.addAll(e.flags());
        }
        String label = wordings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(w -> -w.getKey().length()))
                .map(Map.Entry::getKey).orElseThrow();
        return new Group(label, members.size(), List.copyOf(members), flags);
    }
}
