package com.claritycoach.core.alignment;

import java.util.Collection;
import java.util.Locale;

/**
 * Words people shorten in chat by keeping some of their letters: "pts" for patients, "mgr" for
 * manager, "the PH" for the policyholder. A contraction keeps the word's first letter and others in
 * order; it is told from a short word of its own by having no vowel after its first letter ("pts",
 * "ops") or by being typed in capitals ("PH"), so "kids" or "vets" are never read as one. A team's
 * own words decide what it stands for: only when exactly one of the other wordings given is spelled
 * out by it.
 */
final class Contractions {
    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;
    /** The word a contraction stands for is longer than it by at least this many letters. */
    private static final int LETTERS_LEFT_OUT = 3;
    private static final String VOWELS = "aeiou";

    private Contractions() {
    }

    /** Whether a comparison key may be a contraction, given how its wordings were typed. */
    static boolean mayBeOne(String key, Collection<String> typed) {
        if (key.length() < SHORTEST || key.length() > LONGEST || !key.chars().allMatch(Character::isLetter)) {
            return false;
        }
        boolean noVowelAfterFirst = key.substring(1).chars().noneMatch(c -> VOWELS.indexOf(c) >= 0);
        String capitals = key.toUpperCase(Locale.ROOT);
        return noVowelAfterFirst || typed.stream().anyMatch(t -> containsWord(t, capitals));
    }

    /** Whether {@code contraction} is {@code word} shortened: its first letter, then others of it in order. */
    static boolean shortFor(String contraction, String word) {
        if (word.length() < contraction.length() + LETTERS_LEFT_OUT || contraction.charAt(0) != word.charAt(0)) {
            return false;
        }
        return keptInOrder(contraction, word)
                || contraction.length() > SHORTEST && contraction.endsWith("s")
                && keptInOrder(contraction.substring(0, contraction.length() - 1), word);
    }

    private static boolean keptInOrder(String letters, String word) {
        int found = 0;
        for (int i = 0; i < word.length() && found < letters.length(); i++) {
            if (word.charAt(i) == letters.charAt(found)) {
                found++;
            }
        }
        return found == letters.length();
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }
}
