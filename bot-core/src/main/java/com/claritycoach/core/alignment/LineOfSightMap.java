package com.claritycoach.core.alignment;

import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the "who serves whom" map from answers that name other members (by name, first name or
 * {@code @name}) and walks it to see whose work reaches someone who named the team's customer.
 * Cycles are fine: every member is visited once.
 */
final class LineOfSightMap {
    private LineOfSightMap() {
    }

    static LineOfSight build(List<String> members, List<AnswerRecord> answers, Set<String> namedTopCustomer,
                             List<String> respondents) {
        List<LineOfSight.Edge> edges = edges(members, answers);
        Map<String, List<String>> serves = new HashMap<>();
        edges.forEach(e -> serves.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
        List<String> connected = new ArrayList<>();
        List<String> disconnected = new ArrayList<>();
        for (String member : respondents) {
            (reaches(member, serves, namedTopCustomer) ? connected : disconnected).add(member);
        }
        return new LineOfSight(connected, disconnected, edges);
    }

    private static boolean reaches(String start, Map<String, List<String>> serves, Set<String> goal) {
        Deque<String> next = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String member = next.poll();
            if (!seen.add(member)) {
                continue;
            }
            if (goal.contains(member)) {
                return true;
            }
            next.addAll(serves.getOrDefault(member, List.of()));
        }
        return false;
    }

    private static List<LineOfSight.Edge> edges(List<String> members, List<AnswerRecord> answers) {
        NameIndex index = new NameIndex(members);
        Set<LineOfSight.Edge> edges = new LinkedHashSet<>();
        for (AnswerRecord answer : answers) {
            if (answer.kind() == PromptKind.RELIES_ON_ME || answer.kind() == PromptKind.INPUT_FOR) {
                index.named(answer.text()).stream().filter(other -> !other.equals(answer.member()))
                        .forEach(other -> edges.add(new LineOfSight.Edge(answer.member(), other)));
            }
        }
        return List.copyOf(edges);
    }

    /** Whether the text names the member by full name, first name (2+ letters) or {@code @name}. */
    static boolean names(String text, String member) {
        return new NameIndex(List.of(member)).named(text).contains(member);
    }

    /**
     * Members by the word sequences that name them (full name and first name), so finding who an
     * answer names costs a look-up per run of words, not a pattern per member.
     */
    private static final class NameIndex {
        private final Map<String, Set<String>> byWords = new HashMap<>();
        private int longest = 1;

        NameIndex(List<String> members) {
            for (String member : members) {
                List<String> words = words(member);
                if (words.isEmpty()) {
                    continue;
                }
                add(String.join(" ", words), member);
                longest = Math.max(longest, words.size());
                if (words.get(0).length() >= 2) {
                    add(words.get(0), member);
                }
            }
        }

        private void add(String key, String member) {
            byWords.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(member);
        }

        Set<String> named(String text) {
            List<String> words = words(text);
            Set<String> found = new LinkedHashSet<>();
            for (int start = 0; start < words.size(); start++) {
                StringBuilder key = new StringBuilder();
                for (int n = 0; n < longest && start + n < words.size(); n++) {
                    key.append(n == 0 ? "" : " ").append(words.get(start + n));
                    found.addAll(byWords.getOrDefault(key.toString(), Set.of()));
                }
            }
            return found;
        }

        /** Lower-case words; "@ana," gives "ana", "Chen's" gives "chen". */
        private static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT).replace("\u2019", "'"))) {
                String word = w.replaceAll("'s$", "");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            return words;
        }
    }

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}']+");
}
