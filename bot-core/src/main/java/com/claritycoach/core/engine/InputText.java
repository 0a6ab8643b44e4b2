package com.claritycoach.core.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans what a person typed before the engine looks at it: control characters go (tabs and line
 * breaks stay), surrounding space goes, and text over the limit is refused rather than cut.
 */
final class InputText {
    static final int MAX_LENGTH = 4000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private InputText() {
    }

    /** The cleaned text, or empty when nothing is left. */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = CONTROL.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("").strip();
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    static boolean tooLong(String cleaned) {
        return cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
    }

    static String tooLongReply(String cleaned) {
        return String.format(Locale.ENGLISH,
                "That message is %,d characters long; I can take up to %,d. Could you shorten it and send it again? "
                        + "Nothing was saved, and you are still on the same question.",
                cleaned.codePointCount(0, cleaned.length()), MAX_LENGTH);
    }
}
