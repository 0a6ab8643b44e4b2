package com.claritycoach.core.coaching.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An answer as the rules read it: lower case, plain quotes, single spaces, no surrounding
 * punctuation, and optionally without a leading article or possessive ("the", "our", "my"…).
 */
final class AnswerText {
    private static final Pattern LEADING = Pattern.compile("^(?:(?:the|our|my|a|an|their|your|all of)\\s+)+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private final String normal;

    AnswerText(String answer) {
        this.normal = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip();
    }

    /** Lower case, single spaces. */
    String normal() {
        return normal;
    }

    /** Without surrounding punctuation. */
    String trimmed() {
        return EDGE_PUNCTUATION.matcher(normal).replaceAll("");
    }

    /** Without surrounding punctuation and leading articles or possessives: "Our Patients!" → "patients". */
    String core() {
        return LEADING.matcher(trimmed()).replaceFirst("").strip();
    }

    List<String> words() {
        String t = trimmed();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("[\\s,;/]+"));
    }

    boolean hasLetterOrDigit() {
        return normal.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A case-insensitive whole-word pattern for any of the alternatives (regex syntax allowed). */
    static Pattern anyWord(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }
}
