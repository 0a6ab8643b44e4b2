package com.claritycoach.core.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One way to show instants in messages, so every reply reads the same. */
final class TimeFormat {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private TimeFormat() {
    }

    static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
