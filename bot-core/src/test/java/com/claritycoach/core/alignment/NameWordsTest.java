package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameWordsTest {
    /** The split the scanner replaced; its words are the behaviour to keep. */
    private static final Pattern REFERENCE = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final String[] PARTS = {"Ana", "chen", "'s", "'", "\u2019s", "@", ",", " ", "  ", "-", "7", "²",
        "Ⅻ", "é", "İ", "\uD835\uDC00", "\uD83D\uDE00", "s", "Lee's", "\n", "_"};

    @Test
    void findsTheWordsTheOldSplitFound() {
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

    private static List<String> reference(String text) {
        List<String> words = new ArrayList<>();
        for (String w : REFERENCE.split(text.toLowerCase(Locale.ROOT).replace("\u2019", "'"))) {
            String word = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
