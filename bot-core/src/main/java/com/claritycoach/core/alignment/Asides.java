package com.claritycoach.core.alignment;

import java.util.regex.Pattern;

/**
 * What people type beside their point: bracketed asides ("Flight crew (the PIC esp.)") and chat
 * fillers ("tbh", "lol", "imo"). Two members who name the same customer, one with an aside and one
 * without, must land in the same group, so the comparison key and the text given to the meaning
 * model both leave these out. The text keeps its case, so a label made from it still reads as typed.
 */
final class Asides {
    private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]");
    private static final Pattern UNCLOSED = Pattern.compile("\\s*[(\\[][^()\\[\\]]*$");
    private static final Pattern FILLERS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'])(?:tbh|tbf|lol|lmao|haha|imo|imho"
            + "|fwiw|ngl|btw|esp\\.?|honestly|basically|i (?:guess|think|suppose|reckon)|i'd say|i would say"
            + "|kinda|sort of|kind of|for sure|obviously)(?![\\p{L}\\p{N}])[,.!]?");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.!?\\-–—]+|[\\s,;:\\-–—]+$");

    private Asides() {
    }

    /**
     * The text without bracketed asides, an aside left open at the end, and fillers; the text as it
     * was when nothing with a letter or digit would be left ("(none)" stays "(none)").
     */
    static String without(String text) {
        String t = text;
        if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            String before;
            do {
                before = t;
                t = BRACKETED.matcher(t).replaceAll("");
            } while (!t.equals(before));
            t = UNCLOSED.matcher(t).replaceFirst("");
        }
        t = FILLERS.matcher(t).replaceAll("");
        t = EDGES.matcher(SPACES.matcher(t).replaceAll(" ")).replaceAll("").strip();
        return t.codePoints().anyMatch(Character::isLetterOrDigit) ? t : text.strip();
    }
}
