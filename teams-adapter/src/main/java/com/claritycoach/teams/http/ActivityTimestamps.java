package com.claritycoach.teams.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Rewrites an activity's {@code timestamp} and {@code localTimestamp} into the one form the SDK reads.
 * The SDK declares them with the pattern {@code yyyy-MM-dd'T'HH:mm:ss.nXXX}, which refuses a time
 * without fractional seconds ({@code …:23Z}) and reads the fraction as a count of nanoseconds (so
 * {@code .5} would be 5 ns). Any ISO-8601 date-time with an offset is accepted here and written with
 * all nine digits, which that pattern reads exactly; anything else is left for the SDK to refuse.
 */
final class ActivityTimestamps {
    private static final String[] FIELDS = {"timestamp", "localTimestamp"};
    private static final DateTimeFormatter SDK_FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");

    private ActivityTimestamps() {
    }

    static void normalise(ObjectNode activity) {
        for (String field : FIELDS) {
            JsonNode value = activity.get(field);
            if (value != null && value.isTextual()) {
                parse(value.asText()).ifPresent(at -> activity.put(field, SDK_FORM.format(at)));
            }
        }
    }

    private static Optional<OffsetDateTime> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
