package com.claritycoach.core.alignment;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two comparison keys differ only by typing slips ("pateint" and "patient"). Two keys are
 * alike when they have the same words and every differing word is long ({@link #SHORTEST_FUZZY}+
 * letters), close by Jaro-Winkler similarity (Apache Commons Text) and one slip away by Levenshtein
 * distance: a letter missed or added, two neighbours swapped, or one vowel inside the word typed for
 * another in a word of {@link #SHORTEST_VOWEL_SLIP}+ letters ("expectent"). Any other changed letter is not a slip, because that is how different roles
 * differ: "employer" and "employee", "nurse" and "purse", "sales team" and "sales lead" stay apart.
 */
final class Typos {
    static final double SIMILAR = 0.92;
    static final int SHORTEST_FUZZY = 6;
    /** Shorter words differ by one vowel too often to call it a slip: "dealer" and "dialer". */
    static final int SHORTEST_VOWEL_SLIP = 8;
    private static final String VOWELS = "aeiou";

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private Typos() {
    }

    /** The key's words with every word long enough to hold a slip replaced by {@code *}; alike keys share it. */
    static String skeleton(String key) {
        StringBuilder skeleton = new StringBuilder();
        for (String word : key.split(" ")) {
            skeleton.append(word.length() < SHORTEST_FUZZY ? word : "*").append(' ');
        }
        return skeleton.toString();
    }

    static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String[] left = a.split(" ");
        String[] right = b.split(" ");
        if (left.length != right.length) {
            return false;
        }
        for (int i = 0; i < left.length; i++) {
            if (!left[i].equals(right[i]) && !slip(left[i], right[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether one word is a typing slip of the other. */
    private static boolean slip(String a, String b) {
        if (Math.min(a.length(), b.length()) < SHORTEST_FUZZY || SIMILARITY.apply(a, b) < SIMILAR) {
            return false;
        }
        int edits = EDITS.apply(a, b);
        if (edits == 1) {
            return a.length() != b.length() || innerVowelSwapped(a, b);
        }
        return edits == 2 && a.length() == b.length() && swappedNeighbours(a, b);
    }

    /** One vowel typed for another, neither at the word's start nor at its end: "expectent", "seperate". */
    private static boolean innerVowelSwapped(String a, String b) {
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.length() >= SHORTEST_VOWEL_SLIP && i > 0 && i < a.length() - 2 && VOWELS.indexOf(a.charAt(i)) >= 0 && VOWELS.indexOf(b.charAt(i)) >= 0;
    }

    private static boolean swappedNeighbours(String a, String b) {
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }
}
