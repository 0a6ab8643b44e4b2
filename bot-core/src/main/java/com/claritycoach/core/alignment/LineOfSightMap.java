package com.claritycoach.core.alignment;

import com.claritycoach.core.playbook.PromptKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        Set<LineOfSight.Edge> edges = new LinkedHashSet<>();
        for (AnswerRecord answer : answers) {
            if (answer.kind() == PromptKind.RELIES_ON_ME || answer.kind() == PromptKind.INPUT_FOR) {
                mentions(answer.text(), members).stream().filter(other -> !other.equals(answer.member()))
                        .forEach(other -> edges.add(new LineOfSight.Edge(answer.member(), other)));
            }
        }
        return List.copyOf(edges);
    }

    /**
     * The members a text names, in member order: by full name or {@code @name} (longest names first, so
     * "Ann Lee" is not also read as "Ann"), then by first name when no other member shares it.
     */
    static List<String> mentions(String text, List<String> members) {
        String rest = text.toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        List<String> longestFirst = members.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String member : longestFirst) {
            Matcher m = word(member.toLowerCase(Locale.ROOT).strip()).matcher(rest);
            if (m.find()) {
                found.add(member);
                rest = m.replaceAll(" ");
            }
        }
        Map<String, Long> firstNames = members.stream()
                .collect(Collectors.groupingBy(LineOfSightMap::firstName, Collectors.counting()));
        for (String member : members) {
            String first = firstName(member);
            if (!found.contains(member) && first.length() >= 2 && firstNames.get(first) == 1
                    && word(first).matcher(rest).find()) {
                found.add(member);
            }
        }
        return members.stream().filter(found::contains).toList();
    }

    private static String firstName(String member) {
        return member.toLowerCase(Locale.ROOT).strip().split("\\s+")[0];
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])@?" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }
}
