package com.claritycoach.core.alignment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary as one JSON object with stable keys, for tools and spreadsheets ({@code analyze --format
 * json}): every group says who said what ({@code items}), and {@code answers} lists the answers
 * summarised with the coaching rules they fell into, so a reader can check each number against its source.
 */
public final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static String write(AlignmentSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("checkin", s.checkIn());
        root.put("members", s.participation().asked());
        root.put("respondents", s.participation().respondents());
        root.put("nonRespondents", s.participation().nonRespondents());
        root.put("away", s.participation().away());
        root.put("alignmentScore", s.alignmentScore());
        root.put("distinctCustomers", s.distinctCustomers());
        root.put("customerGroups", s.customerGroups().stream().map(g -> ordered(
                "label", g.label(), "count", g.count(), "members", g.members(), "flags", List.copyOf(g.flags()),
                "items", items(g))).toList());
        root.put("undecided", s.undecided().stream().map(u -> ordered("first", u.first(), "second", u.second(),
                "similarity", Math.round(u.similarity() * 1000) / 1000.0)).toList());
        root.put("notCustomers", counted(s.notCustomers()));
        root.put("lineOfSight", ordered("connected", s.lineOfSight().connected(),
                "disconnected", s.lineOfSight().disconnected(),
                "edges", s.lineOfSight().edges().stream().map(e -> ordered("from", e.from(), "to", e.to())).toList()));
        root.put("enablers", counted(s.enablers()));
        root.put("nonEnablers", counted(s.nonEnablers()));
        root.put("measures", counted(s.measures()));
        root.put("listening", counted(s.listening()));
        Map<String, Object> flags = new LinkedHashMap<>();
        s.flags().forEach((id, f) -> flags.put(id, f.count()));
        root.put("flags", flags);
        root.put("trend", s.trend().stream().map(p -> ordered("checkin", p.checkIn(),
                "alignmentScore", p.alignmentScore(), "respondents", p.respondents())).toList());
        root.put("answers", s.answers().stream().map(a -> ordered("member", a.member(), "prompt", a.promptId(),
                "kind", a.kind().id(), "text", a.text(), "flags", List.copyOf(a.flags()))).toList());
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary could not be written as JSON", e);
        }
    }

    private static List<Map<String, Object>> counted(List<Group> groups) {
        return groups.stream().map(g -> ordered("label", g.label(), "count", g.count(), "items", items(g))).toList();
    }

    /** Who said what in a group: each member's wording as they typed it. */
    private static List<Map<String, Object>> items(Group g) {
        return g.items().stream().map(i -> ordered("member", i.member(), "text", i.text())).toList();
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
