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
 * Builds the "who serves whom" map from answers that name other members ({@link MemberNames} finds
 * the names, {@link NameUse} keeps those used as names, {@link DirectionReader} says which way the work
 * flows) and walks it to see whose work reaches someone who named the team's customer. Cycles are
 * fine: every member is visited once.
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
        MemberNames names = new MemberNames(members);
        Set<LineOfSight.Edge> edges = new LinkedHashSet<>();
        for (AnswerRecord answer : answers) {
            if (answer.kind() == PromptKind.RELIES_ON_ME || answer.kind() == PromptKind.INPUT_FOR) {
                List<NameWords.Word> words = NameWords.words(answer.text());
                List<MemberNames.Match> named = NameUse.names(words, names.find(words));
                DirectionReader reader = new DirectionReader(words, named, answer.kind());
                for (int i = 0; i < named.size(); i++) {
                    String other = named.get(i).member();
                    if (!other.equals(answer.member())) {
                        switch (reader.read(i)) {
                            case SPEAKER_SERVES -> edges.add(new LineOfSight.Edge(answer.member(), other));
                            case SERVES_SPEAKER -> edges.add(new LineOfSight.Edge(other, answer.member()));
                            case NEITHER -> { }
                        }
                    }
                }
            }
        }
        return List.copyOf(edges);
    }

    /** The members a text names, as names, in member order. */
    static List<String> mentions(String text, List<String> members) {
        List<NameWords.Word> words = NameWords.words(text);
        Set<String> named = new HashSet<>();
        NameUse.names(words, new MemberNames(members).find(words)).forEach(m -> named.add(m.member()));
        return members.stream().filter(named::contains).toList();
    }
}
