package com.claritycoach.core.alignment;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as names are matched: runs of letters, digits and apostrophes, lower-cased and
 * with accents folded ("Chloé" and "chloe" are one word), a possessive {@code 's} or trailing
 * {@code '} dropped ("@ana," gives "ana", "Chen's" gives "chen"). Each word keeps what reading a
 * name needs: how it was capitalised, whether it was an {@code @mention} or possessive, and what
 * separates it from the word before. Scanned by hand: a regular-expression split of every answer that
 * may name someone cost more than the look-ups.
 */
final class NameWords {
    /** How a word was written: "ana", "Ana" or "ANA". */
    enum Shape { LOWER, TITLE, UPPER }

    /**
     * What stands between a word and the one before it, weakest first: a space, a joint inside one
     * token ("sung-min", "niamh.kelly"), a sign that links ("&", "+", "/"), a comma, a clause break
     * ("(", ":", " - ", "–") or a sentence break (". ", "!", "?", ";", a line break, the text's start).
     */
    enum Gap { SPACE, JOIN, LINK, COMMA, CLAUSE, SENTENCE }

    /** One word: {@code key} is what is compared. */
    record Word(String key, Shape shape, boolean possessive, boolean mention, Gap gap) {
        boolean startsSentence() {
            return gap == Gap.SENTENCE;
        }
    }

    private NameWords() {
    }

    /** The keys of the words of a text. */
    static List<String> of(String text) {
        return words(text).stream().map(Word::key).toList();
    }

    static List<Word> words(String text) {
        String s = text.replace('\u2019', '\'');
        List<Word> words = new ArrayList<>();
        int gapStart = 0;
        int previousLength = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isWordPart(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i == start) {
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            Word word = word(s.substring(start, i), s, gapStart, start, words.isEmpty(), previousLength);
            if (word != null) {
                words.add(word);
                previousLength = i - start;
                gapStart = i;
            }
        }
        return words;
    }

    private static Word word(String raw, String text, int gapStart, int start, boolean first, int previousLength) {
        String lower = fold(raw.toLowerCase(Locale.ROOT));
        boolean possessive = lower.endsWith("'s") || lower.endsWith("'");
        String key = lower.substring(0, lower.length() - (lower.endsWith("'s") ? 2 : possessive ? 1 : 0));
        int lead = 0;
        while (lead < key.length() && key.charAt(lead) == '\'') {
            lead++;
        }
        key = key.substring(lead);
        if (key.isEmpty()) {
            return null;
        }
        boolean mention = start > 0 && text.charAt(start - 1) == '@';
        Gap gap = first ? Gap.SENTENCE : gap(text, gapStart, start, previousLength);
        int cut = raw.endsWith("'s") || raw.endsWith("'S") ? 2 : raw.endsWith("'") ? 1 : 0;
        return new Word(key, shape(raw.substring(0, raw.length() - cut)), possessive, mention, gap);
    }

    private static Gap gap(String text, int from, int to, int previousLength) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            space |= Character.isWhitespace(text.charAt(i));
        }
        Gap gap = space ? Gap.SPACE : Gap.JOIN;
        for (int i = from; i < to; i++) {
            gap = stronger(gap, sign(text.charAt(i), space, previousLength));
        }
        return gap;
    }

    /** A full stop after a one-letter word is an initial ("Ana S. uses"), not the end of a sentence. */
    private static Gap sign(char c, boolean space, int previousLength) {
        return switch (c) {
            case '\n', '!', '?', ';' -> Gap.SENTENCE;
            case '.' -> !space ? Gap.JOIN : previousLength > 1 ? Gap.SENTENCE : Gap.SPACE;
            case '(', ')', '[', ']', ':', '"', '\u2013', '\u2014', '|' -> Gap.CLAUSE;
            case '-' -> space ? Gap.CLAUSE : Gap.JOIN;
            case ',' -> Gap.COMMA;
            case '&', '+', '/' -> Gap.LINK;
            default -> Gap.SPACE;
        };
    }

    private static Gap stronger(Gap a, Gap b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Shape shape(String raw) {
        int letters = 0;
        int first = 0;
        boolean allUpper = true;
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            int c = raw.codePointAt(i);
            if (Character.isLetter(c)) {
                first = letters++ == 0 ? c : first;
                allUpper &= isUpper(c);
            }
        }
        if (!isUpper(first)) {
            return Shape.LOWER;
        }
        return allUpper && letters > 1 ? Shape.UPPER : Shape.TITLE;
    }

    private static boolean isUpper(int c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Accents off, so a name typed without them still matches; ASCII words skip the normaliser. */
    private static String fold(String lower) {
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 0x80;
        }
        if (ascii) {
            return lower;
        }
        StringBuilder folded = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(switch (c) {
                    case '\u0131' -> 'i';
                    case '\u0142' -> 'l';
                    case '\u00f8' -> 'o';
                    case '\u0111' -> 'd';
                    default -> c;
                });
            }
        }
        return folded.toString();
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
