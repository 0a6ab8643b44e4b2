package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lower-case words of a text as names are matched: runs of letters, digits and apostrophes, with
 * a possessive {@code 's} dropped ("@ana," gives "ana", "Chen's" gives "chen"). Scanned by hand: a
 * regular-expression split of every answer that may name someone cost more than the look-ups.
 */
final class NameWords {
    private NameWords() {
    }

    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start) {
                String word = lower.substring(start, i);
                add(words, word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return words;
    }

    private static void add(List<String> words, String word) {
        if (!word.isEmpty()) {
            words.add(word);
        }
    }

    /** A letter, a number of any kind, or an apostrophe, as {@code [\p{L}\p{N}']} matches. */
    private static boolean isWordPart(int codePoint) {
        if (codePoint == '\'' || Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
