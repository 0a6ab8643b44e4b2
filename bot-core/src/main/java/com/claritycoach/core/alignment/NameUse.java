package com.claritycoach.core.alignment;

import com.claritycoach.core.alignment.MemberNames.Match;
import com.claritycoach.core.alignment.NameWords.Gap;
import com.claritycoach.core.alignment.NameWords.Shape;
import com.claritycoach.core.alignment.NameWords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a first name found in an answer is used as a name, since many are also words: "the dev
 * team", "grace period", "will do", "bill run" name nobody in a team with Dev, Grace, Will and Bill.
 * A full name or an {@code @mention} always names its member. A first name does not after an article
 * or possessive ("the", "our"), nor when a hyphen makes it part of a compound ("dev-team"), nor when a
 * capitalised word that is not the member's last name follows it ("Ana Costa" is not Ana Silva).
 * Otherwise a capitalised first name inside a sentence is a name. Where capitals say nothing — at the
 * start of a sentence, in capitals, or in lower case from a writer who does not capitalise names (no
 * capitalised word inside a sentence anywhere in the answer) — it is a name only when what follows
 * fits a name: a possessive, a break, a verb ("uses", "signed", "can't"), a linking word ("and",
 * "for", "when"), or it is listed right after another name. A lower-case first name in an answer that
 * capitalises names is a word.
 */
final class NameUse {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "your", "their", "his",
            "her", "its", "this", "that", "these", "those", "each", "every", "any", "some", "no", "another");
    /** Words that follow a person's name but not a noun or a modal verb ("will do", "grace period"). */
    private static final Set<String> FOLLOWERS = Set.of("and", "or", "but", "nor", "plus", "n", "for", "on", "in",
            "at", "from", "to", "with", "without", "w", "when", "whenever", "because", "cos", "as", "who", "whose",
            "since", "if", "until", "till", "after", "before", "about", "via", "by", "of", "so", "then", "where",
            "while", "once", "that", "which", "into", "over", "through", "thru", "re", "too", "also", "always",
            "often", "now", "still", "just", "only", "again", "first", "even", "never", "both", "himself", "herself",
            "can", "cannot", "could", "will", "would", "should", "must", "may", "might", "shall", "is", "was", "has",
            "had", "does", "did", "got", "sent", "took", "gave", "made", "said", "told", "ran", "built", "paid",
            "brought", "bought", "wrote", "came", "went", "kept", "left", "found", "saw", "knew", "thought", "led",
            "met", "held", "spent", "taught", "caught", "sold", "drove", "began");

    private static final Set<String> LIST_WORDS = Set.of("and", "or", "plus", "n");

    private NameUse() {
    }

    /** The matches that are used as names, in text order. */
    static List<Match> names(List<Word> words, List<Match> matches) {
        boolean capitalises = capitalisesNames(words);
        List<Match> names = new ArrayList<>();
        int lastEnd = -1;
        for (Match match : matches) {
            if (isName(words, match, capitalises, lastEnd)) {
                names.add(match);
                lastEnd = match.end();
            }
        }
        return names;
    }

    private static boolean isName(List<Word> words, Match match, boolean capitalises, int lastNameEnd) {
        Word first = words.get(match.start());
        if (match.full() || first.mention()) {
            return true;
        }
        Word last = words.get(match.end() - 1);
        Word before = match.start() > 0 ? words.get(match.start() - 1) : null;
        Word after = match.end() < words.size() ? words.get(match.end()) : null;
        if (before != null && first.gap() == Gap.SPACE && DETERMINERS.contains(before.key())) {
            return false;
        }
        if (after != null && !last.possessive() && (after.gap() == Gap.JOIN || match.surnamed()
                && after.gap() == Gap.SPACE && after.shape() == Shape.TITLE && !isPronounI(after))) {
            return false;
        }
        if (first.shape() == Shape.TITLE && !first.startsSentence()) {
            return true;
        }
        if (first.shape() == Shape.LOWER && capitalises) {
            return false;
        }
        return followedLikeAName(last, after) || listedAfterAName(words, match, lastNameEnd);
    }

    private static boolean followedLikeAName(Word last, Word after) {
        if (last.possessive() || after == null || after.gap() != Gap.SPACE) {
            return true;
        }
        String w = after.key();
        return FOLLOWERS.contains(w) || w.endsWith("n't") || w.length() > 3 && (w.endsWith("ed") || w.endsWith("ly")
                || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"));
    }

    /** "ravi & diego look…", "ravi and diego…": a name listed with the one before it. */
    private static boolean listedAfterAName(List<Word> words, Match match, int lastNameEnd) {
        Gap gap = words.get(match.start()).gap();
        if (lastNameEnd == match.start()) {
            return gap == Gap.LINK || gap == Gap.COMMA;
        }
        return lastNameEnd >= 0 && lastNameEnd == match.start() - 1
                && LIST_WORDS.contains(words.get(lastNameEnd).key());
    }

    /** A writer who capitalises any word inside a sentence (other than "I") capitalises names. */
    private static boolean capitalisesNames(List<Word> words) {
        return words.stream().anyMatch(w -> w.shape() == Shape.TITLE && !w.startsSentence() && !isPronounI(w));
    }

    private static boolean isPronounI(Word word) {
        return word.key().equals("i") || word.key().startsWith("i'");
    }
}
