package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups answers that mean the same, in three layers. First spelling: each wording's comparison key
 * (case, plurals, articles, asides and fillers ignored), the team's merges, and typing slips
 * ({@link Typos}). Then meaning, when a model is there: the lexical groups whose wordings sit close
 * in the model's space join ({@link MeaningClusters}, on the likelihood {@link Sameness} gives). The
 * team's splits hold in both layers. Pairs that came close without joining are kept as
 * {@link UndecidedPair}s for a manager to decide, unless one of them fell into a coaching trap
 * ("everyone", "my manager"): nobody needs asking whether such an answer is the customer.
 */
final class Grouper {
    /**
     * Distinct wordings per section beyond which only spelling groups them: comparing every two
     * wordings costs memory and time in their square (2,000 wordings: 4 million pairs, about 60 MB).
     */
    static final int MOST_READ = 2_000;

    private final Map<String, String> synonyms;
    private final Set<Decisions.Split> splits;
    private final Function<String, String> key;
    private final Sameness sameness;
    private final Meanings meanings;
    private final GroupingSettings.Layer settings;

    /**
     * @param decisions the team's merges and splits, in {@link Wording#normalise normalised} wordings; both
     *     sides are also compared by {@code key}, so "ward sister who signs off" → "ward nurse" reaches
     *     answers keyed "ward sister"
     * @param key how an answer becomes its comparison key (e.g. {@link Wording#roleKey})
     * @param sameness how the model's reading and the words of two wordings say they mean the same
     */
    Grouper(Decisions decisions, Function<String, String> key, Sameness sameness,
            Meanings meanings, GroupingSettings.Layer settings) {
        this.key = key;
        this.sameness = sameness;
        this.meanings = meanings;
        this.settings = settings;
        Map<String, String> keyed = new LinkedHashMap<>(decisions.merges());
        decisions.merges().forEach((from, to) -> {
            String k = key.apply(from);
            if (!k.isEmpty() && !k.equals(key.apply(to))) {
                keyed.putIfAbsent(k, key.apply(to));
            }
        });
        this.synonyms = keyed;
        Set<Decisions.Split> keyedSplits = new HashSet<>(decisions.splits());
        decisions.splits().forEach(s -> keyedSplits.add(new Decisions.Split(canonical(s.first()), canonical(s.second()))));
        this.splits = keyedSplits;
    }

    /**
     * One entry to group: the wording compared, by whom, with which coaching flags, and what the
     * member typed (the whole answer, when only its first item is compared).
     */
    record Entry(String member, String wording, Set<String> flags, String said) {
        Entry(String member, String wording, Set<String> flags) {
            this(member, wording, flags, wording);
        }
    }

    /** The groups, largest first, and the closest pairs of groups left apart. */
    record Grouping(List<Group> groups, List<UndecidedPair> undecided) {
    }

    List<Group> group(List<Entry> entries) {
        return grouping(entries).groups();
    }

    /**
     * Groups, largest first (first seen first among equals). Each distinct wording is keyed once; the
     * model reads each distinct wording once.
     */
    Grouping grouping(List<Entry> entries) {
        Homes homes = new Homes();
        Map<String, Lexical> byHome = new LinkedHashMap<>();
        Map<String, Lexical> ofWording = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Lexical group = ofWording.computeIfAbsent(entry.wording(), w -> {
                String k = canonical(w);
                return k.isEmpty() ? null : byHome.computeIfAbsent(homes.of(k), Lexical::new);
            });
            if (group != null) {
                group.add(i, entry);
            }
        }
        List<Lexical> lexical = withContractionsJoined(new ArrayList<>(byHome.values()));
        if (!meanings.semantic() || lexical.size() < 2 || ofWording.size() > MOST_READ) {
            List<Group> groups = new ArrayList<>(lexical.stream().map(g -> g.toGroup(entries, sameness::shown, null)).toList());
            groups.sort(Comparator.comparingInt(Group::count).reversed());
            return new Grouping(groups, List.of());
        }
        return semantic(entries, lexical);
    }

    private Grouping semantic(List<Entry> entries, List<Lexical> lexical) {
        List<String> wordings = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        for (int g = 0; g < lexical.size(); g++) {
            for (String w : lexical.get(g).wordings.keySet()) {
                wordings.add(w);
                groupOf.add(g);
            }
        }
        double[][] same = sameness(entries, wordings);
        int n = lexical.size();
        double[][] similarity = new double[n][n];
        int[] sizes = new int[n];
        groupOf.forEach(g -> sizes[g]++);
        for (int i = 0; i < wordings.size(); i++) {
            for (int j = 0; j < wordings.size(); j++) {
                int gi = groupOf.get(i);
                int gj = groupOf.get(j);
                if (gi != gj) {
                    similarity[gi][gj] += same[i][j] / ((double) sizes[gi] * sizes[gj]);
                }
            }
        }
        boolean[][] apart = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                apart[i][j] = apart[j][i] = apart(lexical.get(i).keys, lexical.get(j).keys);
            }
        }
        MeaningClusters clusters = new MeaningClusters(similarity, sizes, apart);
        int[] heads = clusters.join(settings.join());
        Map<Integer, Lexical> joined = new LinkedHashMap<>();
        for (int i = 0; i < heads.length; i++) {
            Lexical head = joined.get(heads[i]);
            if (head == null) {
                joined.put(heads[i], lexical.get(i));
            } else {
                head.absorb(lexical.get(i));
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < wordings.size(); i++) {
            indexOf.put(wordings.get(i), i);
        }
        Map<Integer, Group> groups = new LinkedHashMap<>();
        joined.forEach((head, g) -> groups.put(head, g.toGroup(entries, sameness::shown, w -> typicality(same, indexOf, g, w))));
        List<UndecidedPair> undecided = clusters.unsure(settings.unsure(), Integer.MAX_VALUE).stream()
                .filter(u -> !Sameness.trapped(groups.get(u.first()).flags()) && !Sameness.trapped(groups.get(u.second()).flags()))
                .limit(settings.unsureShown())
                .map(u -> undecided(groups.get(u.first()), groups.get(u.second()), u.similarity())).toList();
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt(Group::count).reversed());
        return new Grouping(sorted, undecided);
    }

    /** For each two distinct wordings, the likelihood that they mean the same; the model reads each text once. */
    private double[][] sameness(List<Entry> entries, List<String> wordings) {
        Set<String> trapped = new HashSet<>();
        entries.stream().filter(e -> Sameness.trapped(e.flags())).forEach(e -> trapped.add(e.wording()));
        List<String> texts = wordings.stream().flatMap(w -> sameness.texts(w).stream()).distinct().toList();
        List<float[]> found = meanings.vectors(texts);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            vectors.put(texts.get(i), found.get(i));
        }
        List<Sameness.View> views = wordings.stream().map(w -> sameness.view(w, trapped.contains(w), vectors::get)).toList();
        Sameness.Spread spread = sameness.spread(views, settings.relative());
        double[][] same = new double[wordings.size()][wordings.size()];
        for (int i = 0; i < wordings.size(); i++) {
            same[i][i] = 1;
            for (int j = i + 1; j < wordings.size(); j++) {
                same[i][j] = same[j][i] = sameness.of(views.get(i), views.get(j), spread);
            }
        }
        return same;
    }

    /** How typical a wording is of its group: its mean sameness to the group's other wordings. */
    private static double typicality(double[][] same, Map<String, Integer> indexOf, Lexical group, String wording) {
        int i = indexOf.get(wording);
        double sum = 0;
        int others = 0;
        for (String other : group.wordings.keySet()) {
            int j = indexOf.get(other);
            if (j != i) {
                sum += same[i][j];
                others++;
            }
        }
        return others == 0 ? 1 : sum / others;
    }

    /** The larger group first, so the question reads from the team's main answer. */
    private static UndecidedPair undecided(Group a, Group b, double similarity) {
        return b.count() > a.count() ? new UndecidedPair(b.label(), a.label(), similarity)
                : new UndecidedPair(a.label(), b.label(), similarity);
    }

    /**
     * Each group whose wording is a contraction ("pts") joins the one other group whose head word it
     * shortens ("patients"), unless the team split them; with none or several candidates it stays.
     */
    private List<Lexical> withContractionsJoined(List<Lexical> groups) {
        List<Lexical> kept = new ArrayList<>(groups);
        for (Lexical contracted : groups) {
            String home = contracted.keys.iterator().next();
            if (!Contractions.mayBeOne(home, contracted.wordings.keySet())) {
                continue;
            }
            List<Lexical> spelledOut = kept.stream().filter(g -> g != contracted
                    && g.keys.stream().anyMatch(k -> Contractions.shortFor(home, k.substring(k.lastIndexOf(' ') + 1)))).toList();
            if (spelledOut.size() == 1 && !apart(contracted.keys, spelledOut.get(0).keys)) {
                spelledOut.get(0).absorbContraction(contracted);
                kept.remove(contracted);
            }
        }
        return kept;
    }

    private boolean apart(Set<String> left, Set<String> right) {
        if (splits.isEmpty()) {
            return false;
        }
        for (String a : left) {
            for (String b : right) {
                if (splits.contains(new Decisions.Split(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    String canonical(String wording) {
        String k = key.apply(wording);
        String seen = k;
        for (int hops = 0; hops < 10 && synonyms.containsKey(seen); hops++) {
            seen = synonyms.get(seen);
        }
        return seen;
    }

    /** One group as spelling sees it: its keys, and its entries by their place in the input. */
    private static final class Lexical {
        private final Set<String> keys = new LinkedHashSet<>();
        private final List<Integer> entries = new ArrayList<>();
        private final Map<String, Integer> wordings = new LinkedHashMap<>();
        /** Wordings that joined as contractions of this group's ("pts"): a label spells the word out. */
        private final Set<String> contracted = new HashSet<>();

        Lexical(String home) {
            keys.add(home);
        }

        void add(int index, Entry entry) {
            entries.add(index);
            wordings.merge(entry.wording(), 1, Integer::sum);
        }

        void absorb(Lexical other) {
            keys.addAll(other.keys);
            entries.addAll(other.entries);
            other.wordings.forEach((w, n) -> wordings.merge(w, n, Integer::sum));
            contracted.addAll(other.contracted);
        }

        void absorbContraction(Lexical other) {
            absorb(other);
            contracted.addAll(other.wordings.keySet());
        }

        /** @param typicality how close a wording is to the group's meaning, or null without a model */
        Group toGroup(List<Entry> all, Function<String, String> shown, Function<String, Double> typicality) {
            Set<String> members = new LinkedHashSet<>();
            Set<String> flags = new LinkedHashSet<>();
            List<Group.Item> items = new ArrayList<>();
            for (int i : entries.stream().sorted().toList()) {
                Entry e = all.get(i);
                members.add(e.member());
                flags.addAll(e.flags());
                items.add(new Group.Item(e.member(), e.said()));
            }
            return new Group(label(shown, typicality), members.size(), List.copyOf(members), flags, items);
        }

        /**
         * The most typical wording as {@link Sameness#shown} reads it: the one most often given, not counting
         * contractions; among equals the one closest to the group's meaning, then the shorter, then the first given.
         */
        private String label(Function<String, String> shownAs, Function<String, Double> typicality) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Double> closeness = new HashMap<>();
            wordings.forEach((w, n) -> {
                if (contracted.contains(w) && contracted.size() < wordings.size()) {
                    return;
                }
                String shown = shownAs.apply(w);
                counts.merge(shown, n, Integer::sum);
                closeness.merge(shown, typicality == null ? 0 : typicality.apply(w), Math::max);
            });
            return counts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparingDouble(e -> closeness.get(e.getKey()))
                            .thenComparing(e -> -e.getKey().length()))
                    .map(Map.Entry::getKey).orElseThrow();
        }
    }

    /**
     * The keys that head a group so far, filed by what a typo cannot change: the number of words and
     * every word too short to be fuzzy ({@link Typos#skeleton}). A new key is compared only with the keys
     * of its own skeleton, and a key seen before is looked up; comparing each answer with every group
     * made grouping quadratic in the number of distinct answers. A typo never joins keys the team split.
     */
    private final class Homes {
        private final Map<String, List<String>> bySkeleton = new HashMap<>();
        private final Map<String, String> homeOf = new HashMap<>();

        String of(String key) {
            return homeOf.computeIfAbsent(key, k -> {
                List<String> sameSkeleton = bySkeleton.computeIfAbsent(Typos.skeleton(k), s -> new ArrayList<>());
                return sameSkeleton.stream()
                        .filter(home -> Typos.alike(home, k) && (home.equals(k) || !splits.contains(new Decisions.Split(home, k))))
                        .findFirst().orElseGet(() -> {
                            sameSkeleton.add(k);
                            return k;
                        });
            });
        }
    }
}
