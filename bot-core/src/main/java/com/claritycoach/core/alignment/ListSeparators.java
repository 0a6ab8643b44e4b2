package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list answer splits: at {@code , ; • } and line breaks; at {@code /} unless it abbreviates
 * ("n/a", "w/o"); at {@code &} or {@code +} unless letters are on both sides ("R&D" stays one word)
 * or the {@code &} joins two capitalised words of a name ("Baker & Taylor"); and at the words "and",
 * "or" and "plus" in any ASCII case when no letter touches them. Never inside brackets, where an aside
 * belongs to the item before it ("the donors (USAID, DFID)" is one item). Scanned by hand: a regular
 * expression with these alternatives and look-arounds, tried at every character of every answer, was
 * the largest single cost of the summary.
 */
final class ListSeparators {
    private static final String[] WORDS = {"and", "or", "plus"};

    private ListSeparators() {
    }

    /** The text between separators, in order; pieces may be empty or blank. */
    static List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            int end = depth > 0 ? i : separatorEnd(text, i);
            if (end > i) {
                pieces.add(text.substring(start, i));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** The end of the separator starting at {@code i}, or {@code i} when none starts there. */
    private static int separatorEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '/' && shortWordBefore(text, i) && letterAt(text, i + 1)) {
            return i;
        }
        if (c == ',' || c == ';' || c == '/' || c == '\n' || c == '\u2022') {
            return i + 1;
        }
        if (c == '&' || c == '+') {
            return letterBefore(text, i) && letterAt(text, i + 1) || c == '&' && joinsAName(text, i) ? i : i + 1;
        }
        if (letterBefore(text, i)) {
            return i;
        }
        for (String word : WORDS) {
            int end = i + word.length();
            if (end <= text.length() && asciiIgnoringCase(text, i, word) && !letterAt(text, end)) {
                return end;
            }
        }
        return i;
    }

    /** Like {@link String#regionMatches(boolean, int, String, int, int)}, but folding ASCII letters only. */
    private static boolean asciiIgnoringCase(String text, int at, String lowerWord) {
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = text.charAt(at + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the {@code &} at {@code i} stands between two capitalised words: "Baker & Taylor", "Marks & Spencer". */
    private static boolean joinsAName(String text, int i) {
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int wordStart = before;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int after = i + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && Character.isLetter(text.charAt(before)) && Character.isUpperCase(text.charAt(wordStart))
                && after < text.length() && Character.isUpperCase(text.charAt(after));
    }

    /** "n/a", "w/o": a slash right after a one-letter word abbreviates rather than separates. */
    private static boolean shortWordBefore(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
    }

    private static boolean letterBefore(String text, int i) {
        return i > 0 && Character.isLetter(text.codePointBefore(i));
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }
}
