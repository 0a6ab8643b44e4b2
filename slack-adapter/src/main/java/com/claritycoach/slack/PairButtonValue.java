package com.claritycoach.slack;

import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a Same or Different button carries on Slack: the action id names the verdict
 * ({@code pair_same}, {@code pair_different}) and the value the team's channel and the two wordings,
 * as JSON, so a click on an old summary still means its pair. The tenant always comes from the signed
 * request, never from the value.
 */
record PairButtonValue(String team, String first, String second) {
    static final String ACTION_PREFIX = "pair_";
    static final Pattern ACTIONS = Pattern.compile(Arrays.stream(PairVerdict.values())
            .map(v -> Pattern.quote(ACTION_PREFIX + v.id())).collect(Collectors.joining("|", "^(", ")$")));
    /** Slack refuses a message whose button value is longer. */
    static final int MAX_VALUE = 2_000;

    private static final Gson JSON = new Gson();

    static String actionId(PairVerdict verdict) {
        return ACTION_PREFIX + verdict.id();
    }

    static Optional<PairVerdict> verdict(String actionId) {
        return actionId != null && actionId.startsWith(ACTION_PREFIX)
                ? PairVerdict.fromId(actionId.substring(ACTION_PREFIX.length())) : Optional.empty();
    }

    /** The value for the pair's buttons in {@code channel}, or empty when it would not fit in a button. */
    static Optional<String> of(String channel, Undecided pair) {
        String value = JSON.toJson(new PairButtonValue(channel, pair.first(), pair.second()));
        return value.length() <= MAX_VALUE ? Optional.of(value) : Optional.empty();
    }

    /** The pair a clicked button carries, or empty when its value is not one the coach wrote. */
    static Optional<PairButtonValue> read(String value) {
        try {
            PairButtonValue read = value == null ? null : JSON.fromJson(value, PairButtonValue.class);
            return read != null && filled(read.team) && filled(read.first) && filled(read.second)
                    ? Optional.of(read) : Optional.empty();
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
