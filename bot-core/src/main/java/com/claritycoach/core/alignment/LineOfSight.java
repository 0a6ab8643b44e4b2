package com.claritycoach.core.alignment;

import java.util.List;

/**
 * Whether each respondent's work traces to the ultimate customer: directly (they named the team's
 * main customer) or through a chain of members they serve.
 *
 * @param edges "from serves to": {@code from} said {@code to} relies on their output or uses it as input
 */
public record LineOfSight(List<String> connected, List<String> disconnected, List<Edge> edges) {
    public LineOfSight {
        connected = List.copyOf(connected);
        disconnected = List.copyOf(disconnected);
        edges = List.copyOf(edges);
    }

    /** {@code from}'s work serves {@code to}. */
    public record Edge(String from, String to) {
    }
}
