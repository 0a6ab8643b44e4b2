package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A team's own abbreviations, read from its own words: "FCR" and "first-call resolution rate", "GM"
 * and "the general manager", "LMCs" and "last-minute changes". An abbreviation is a word of two to
 * five capitals (a plural "s" allowed) typed as such; it stands for a wording when that wording has
 * consecutive words, split at spaces and hyphens, whose initials spell it. The meaning model reads
 * "FCR" and "first-call resolution" as strangers, so without this the two never meet.
 */
final class Acronyms {
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,5})s?(?![\\p{L}\\p{N}])");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/]+");

    private Acronyms() {
    }

    /** The abbreviations typed in a wording, in lower case. */
    static List<String> in(String wording) {
        List<String> found = new ArrayList<>();
        Matcher m = ACRONYM.matcher(wording);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** The initials of a wording's words, in order: "first-call resolution rate" → "fcrr". */
    static String initials(String wording) {
        StringBuilder initials = new StringBuilder();
        for (String word : WORD_BREAK.split(Wording.foldLatinAccents(wording).toLowerCase(Locale.ROOT))) {
            int i = 0;
            while (i < word.length() && !Character.isLetterOrDigit(word.charAt(i))) {
                i++;
            }
            if (i < word.length()) {
                initials.append(word.charAt(i));
            }
        }
        return initials.toString();
    }

    /** Whether an abbreviation typed in one wording is spelled out by the other's words. */
    static boolean spelledOut(List<String> acronyms, String otherInitials) {
        return acronyms.stream().anyMatch(a -> otherInitials.contains(a));
    }
}
