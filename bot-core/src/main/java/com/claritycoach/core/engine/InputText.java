package com.claritycoach.core.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans what a person typed before the engine looks at it, removing only what is unsafe: control
 * characters (tabs and line breaks stay; every kind of line break becomes {@code \n}), the bidi
 * embeddings, overrides and isolates that make text display in another order than it is stored, and
 * a stray byte-order mark. Everything else is kept exactly as typed, notably the zero-width joiner and
 * non-joiner (part of Persian, Indic and emoji spelling) and the left-to-right and right-to-left marks.
 * Surrounding space goes, and text over the limit is refused rather than cut.
 */
final class InputText {
    static final int MAX_LENGTH = 4000;

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u2028\\u2029]");
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private InputText() {
    }

    /** The cleaned text, or empty when nothing is left. */
    static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cleaned = UNSAFE.matcher(LINE_BREAK.matcher(raw).replaceAll("\n")).replaceAll("").strip();
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
