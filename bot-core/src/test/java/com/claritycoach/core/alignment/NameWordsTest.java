package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.NameWords.Gap;
import com.claritycoach.core.alignment.NameWords.Shape;
import com.claritycoach.core.alignment.NameWords.Word;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameWordsTest {
    /** The split the scanner replaced, with accents folded after it; its words are the behaviour to keep. */
    private static final Pattern REFERENCE = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final String[] PARTS = {"Ana", "chen", "'s", "'", "\u2019s", "@", ",", " ", "  ", "-", "7", "²",
        "Ⅻ", "é", "İ", "\uD835\uDC00", "\uD83D\uDE00", "s", "Lee's", "\n", "_", "Chloé", "ł"};

    @Test
    void findsTheWordsTheOldSplitFoundWithAccentsFolded() {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>(List.of("@ana, Chen's team", "Ann Lee\u2019s work", "", "'s", "x 's y"));
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(NameWords.of(text)).as("words of %s", text).isEqualTo(reference(text));
        }
    }

    @Test
    void aNameTypedWithoutItsAccentsIsTheSameWord() {
        assertThat(NameWords.of("Chloé, Lucía and Tomasz Wiśniewski"))
                .isEqualTo(NameWords.of("chloe, lucia and tomasz wisniewski"));
    }

    @Test
    void eachWordKeepsItsCaseItsMentionAndItsPossessive() {
        List<Word> words = NameWords.words("Ask @ana about DEV's notes");

        assertThat(words).extracting(Word::key).containsExactly("ask", "ana", "about", "dev", "notes");
        assertThat(words).extracting(Word::shape)
                .containsExactly(Shape.TITLE, Shape.LOWER, Shape.LOWER, Shape.UPPER, Shape.LOWER);
        assertThat(words).extracting(Word::mention).containsExactly(false, true, false, false, false);
        assertThat(words).extracting(Word::possessive).containsExactly(false, false, false, true, false);
    }

    @Test
    void theGapBeforeAWordSaysWhatSeparatesIt() {
        List<Word> words = NameWords.words("Sung-min & Ana, then (Ben) - Chen. Ana S. and niamh.kelly");

        assertThat(words).extracting(Word::gap).containsExactly(Gap.SENTENCE, Gap.JOIN, Gap.LINK, Gap.COMMA,
                Gap.CLAUSE, Gap.CLAUSE, Gap.SENTENCE, Gap.SPACE, Gap.SPACE, Gap.SPACE, Gap.JOIN);
    }

    private static List<String> reference(String text) {
        List<String> words = new ArrayList<>();
        for (String w : REFERENCE.split(text.replace("\u2019", "'"))) {
            String folded = Normalizer.normalize(w.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                    .replaceAll("\\p{Mn}", "").replace('ł', 'l');
            String word = (folded.endsWith("'s") ? folded.substring(0, folded.length() - 2)
                    : folded.endsWith("'") ? folded.substring(0, folded.length() - 1) : folded).replaceAll("^'+", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
