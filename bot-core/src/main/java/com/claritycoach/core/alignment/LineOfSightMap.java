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
        Set<LineOfSight.Edge> edges = new LinkedHashSet<>();
        for (AnswerRecord answer : answers) {
            if (answer.kind() != PromptKind.RELIES_ON_ME && answer.kind() != PromptKind.INPUT_FOR) {
                continue;
            }
            String text = answer.text().toLowerCase(Locale.ROOT);
            for (String other : members) {
                if (!other.equals(answer.member()) && names(text, other)) {
                    edges.add(new LineOfSight.Edge(answer.member(), other));
                }
            }
        }
        return List.copyOf(edges);
    }

    /** Whether the text names the member by full name, first name (2+ letters) or {@code @name}. */
    static boolean names(String lowerText, String member) {
        String name = member.toLowerCase(Locale.ROOT).strip();
        Set<String> forms = new LinkedHashSet<>(List.of(name));
        String first = name.split("\\s+")[0];
        if (first.length() >= 2) {
            forms.add(first);
        }
        for (String form : forms) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])@?" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])");
            if (p.matcher(lowerText).find()) {
                return true;
            }
        }
        return false;
    }
}
