package com.claritycoach.teams.card;

import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * What a Same or Different {@code Action.Submit} carries on Teams: {@code {"action": "pair-same" or
 * "pair-different", "team": <channel>, "first": …, "second": …}}, so a click on an old summary still
 * means its pair. The tenant always comes from the activity, never from the data.
 *
 * @param team the channel id of the team whose summary asked
 */
public record PairSubmit(PairVerdict verdict, String team, String first, String second) {
    /** A pair whose data would be longer gets no buttons, keeping the card within Teams' 28 KB. */
    static final int MAX_DATA = 1_000;

    private static final String PREFIX = "pair-";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The submit data of {@code verdict} for the pair in {@code channel}, or empty when it is too long for a card. */
    static Optional<ObjectNode> data(PairVerdict verdict, String channel, Undecided pair) {
        ObjectNode data = JSON.createObjectNode().put(AdaptiveCardRenderer.ACTION_KEY, PREFIX + verdict.id())
                .put("team", channel).put("first", pair.first()).put("second", pair.second());
        return data.toString().length() <= MAX_DATA ? Optional.of(data) : Optional.empty();
    }

    /** The pair a submitted card names, or empty when the value is not one the coach wrote. */
    public static Optional<PairSubmit> read(Object value) {
        JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
        String action = text(node, AdaptiveCardRenderer.ACTION_KEY);
        Optional<PairVerdict> verdict = action != null && action.startsWith(PREFIX)
                ? PairVerdict.fromId(action.substring(PREFIX.length())) : Optional.empty();
        String team = text(node, "team");
        String first = text(node, "first");
        String second = text(node, "second");
        if (verdict.isEmpty() || team == null || first == null || second == null) {
            return Optional.empty();
        }
        return Optional.of(new PairSubmit(verdict.get(), team, first, second));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
