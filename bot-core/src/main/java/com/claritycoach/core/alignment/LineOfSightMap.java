package com.claritycoach.core.alignment;

import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> reaching = reaching(edges, namedTopCustomer);
        List<String> connected = new ArrayList<>();
        List<String> disconnected = new ArrayList<>();
        for (String member : respondents) {
            (reaching.contains(member) ? connected : disconnected).add(member);
        }
        return new LineOfSight(connected, disconnected, edges);
    }

    /**
     * Everyone whose work reaches the goal, found in one walk back from the goal along the edges
     * rather than one walk forward per member, which on a long chain of members was quadratic.
     */
    private static Set<String> reaching(List<LineOfSight.Edge> edges, Set<String> goal) {
        Map<String, List<String>> servedBy = new HashMap<>();
        edges.forEach(e -> servedBy.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        Deque<String> next = new ArrayDeque<>(goal);
        Set<String> seen = new HashSet<>();
        while (!next.isEmpty()) {
            String member = next.poll();
            if (seen.add(member)) {
                next.addAll(servedBy.getOrDefault(member, List.of()));
            }
        }
        return seen;
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

    /** The members a text names, in member order. */
    static List<String> mentions(String text, List<String> members) {
        Set<String> named = new NameIndex(members).named(text);
        return members.stream().filter(named::contains).toList();
    }

    /**
     * Members by the word sequences that name them, so finding who an answer names costs a look-up per
     * run of words, not a pattern per member. A full name always names its member; a first name (2+
     * letters) only when no other member has it as first or full name, so "Ana" names nobody in a team
     * with Ana Silva and Ana Costa. The longest name wins: "Ann Lee" is not also read as "Ann".
     */
    private static final class NameIndex {
        private final Map<String, Set<String>> byWords = new HashMap<>();
        private int longest = 1;

        NameIndex(List<String> members) {
            Map<String, Set<String>> byFirstWord = new HashMap<>();
            for (String member : members) {
                List<String> words = NameWords.of(member);
                if (words.isEmpty()) {
                    continue;
                }
                byWords.computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>()).add(member);
                byFirstWord.computeIfAbsent(words.get(0), k -> new LinkedHashSet<>()).add(member);
                longest = Math.max(longest, words.size());
            }
            byFirstWord.forEach((first, owners) -> {
                if (first.length() >= 2 && owners.size() == 1 && !byWords.containsKey(first)) {
                    byWords.put(first, owners);
                }
            });
        }

        Set<String> named(String text) {
            List<String> words = NameWords.of(text);
            Set<String> found = new LinkedHashSet<>();
            int start = 0;
            while (start < words.size()) {
                int matched = 0;
                Set<String> owners = null;
                StringBuilder key = new StringBuilder();
                for (int n = 1; n <= longest && start + n <= words.size(); n++) {
                    key.append(n == 1 ? "" : " ").append(words.get(start + n - 1));
                    Set<String> named = byWords.get(key.toString());
                    if (named != null) {
                        matched = n;
                        owners = named;
                    }
                }
                if (owners != null) {
                    found.addAll(owners);
                }
                start += Math.max(matched, 1);
            }
            return found;
        }
    }
}
