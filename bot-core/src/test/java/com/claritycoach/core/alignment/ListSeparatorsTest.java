package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListSeparatorsTest {
    /** The regular expression the scanner replaced; its splits are the behaviour to keep. */
    private static final Pattern REFERENCE = Pattern.compile(
            "[,;/\\n\\u2022]|(?<![\\p{L}])[&+]|[&+](?![\\p{L}])|(?<![\\p{L}])(?:and|or|plus)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final String[] PARTS = {"and", "AND", "Or", "plus", "pluſ", "&", "+", ",", ";", "/", "\n",
        "\u2022", " ", "a", "n", "d", "r", "R", "é", "7", "-", "band", "ordinary", "ANDor", "nurse", "'", "."};

    @Test
    void splitsWhereTheListPatternDid() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("Our cloud vendor, the press and the hospital board",
                "Sales & Marketing", "R&D", "C++ and Java", "Ana+Ben", "+ nurses", "nurses +", "Android or Oracle",
                "black and white; or plus", "and", "", "•porters\nand cleaners/visitors"));
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(withoutTrailingEmpties(ListSeparators.split(text)))
                    .as("pieces of %s", text).isEqualTo(Arrays.asList(REFERENCE.split(text)));
        }
    }

    @Test
    void wordsInsideOtherWordsDoNotSplit() {
        assertThat(ListSeparators.split("Brand owners or Oracle")).containsExactly("Brand owners ", " Oracle");
    }

    /** As {@link Pattern#split(CharSequence)} returns them: a text without separators stays whole. */
    private static List<String> withoutTrailingEmpties(List<String> pieces) {
        if (pieces.size() == 1) {
            return pieces;
        }
        int end = pieces.size();
        while (end > 0 && pieces.get(end - 1).isEmpty()) {
            end--;
        }
        return pieces.subList(0, end);
    }
}
