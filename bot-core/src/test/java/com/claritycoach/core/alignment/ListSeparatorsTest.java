package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ListSeparatorsTest {
    /** The regular expression the scanner replaced; its splits are the behaviour to keep, but for {@link #EXCEPTIONS}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "[,;/\\n\\u2022]|(?<![\\p{L}])[&+]|[&+](?![\\p{L}])|(?<![\\p{L}])(?:and|or|plus)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Where the scanner now splits less than the pattern did: names joined by "&", "n/a", brackets. */
    private static final Pattern EXCEPTIONS = Pattern.compile("\\p{Lu}\\p{L}*\\s*&\\s*\\p{Lu}|(?<!\\p{L})\\p{L}/\\p{L}|[(\\[]");
    private static final String[] PARTS = {"and", "AND", "Or", "plus", "pluſ", "&", "+", ",", ";", "/", "\n",
        "\u2022", " ", "a", "n", "d", "r", "R", "é", "7", "-", "band", "ordinary", "ANDor", "nurse", "'", "."};

    @Test
    void splitsWhereTheListPatternDid() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(List.of("Our cloud vendor, the press and the hospital board",
                "sales & marketing", "R&D", "C++ and Java", "Ana+Ben", "+ nurses", "nurses +", "Android or Oracle",
                "black and white; or plus", "and", "", "•porters\nand cleaners/visitors"));
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts.stream().filter(t -> !EXCEPTIONS.matcher(t).find()).toList()) {
            assertThat(withoutTrailingEmpties(ListSeparators.split(text)))
                    .as("pieces of %s", text).isEqualTo(Arrays.asList(REFERENCE.split(text)));
        }
    }

    @Test
    void wordsInsideOtherWordsDoNotSplit() {
        assertThat(ListSeparators.split("Brand owners or Oracle")).containsExactly("Brand owners ", " Oracle");
    }

    @Test
    void anAmpersandBetweenCapitalisedWordsJoinsAName() {
        assertThat(Wording.items("Baker & Taylor, Ingram & the local paper")).containsExactly("Baker & Taylor", "Ingram", "the local paper");
        assertThat(Wording.items("vendors & suppliers")).containsExactly("vendors", "suppliers");
    }

    @Test
    void aListDoesNotSplitInsideBrackets() {
        assertThat(Wording.items("the donors (USAID, DFID), the press")).containsExactly("the donors (USAID, DFID)", "the press");
    }

    @Test
    void notApplicableIsNoItemAndItsSlashNoSeparator() {
        assertThat(Wording.items("n/a")).isEmpty();
        assertThat(Wording.items("vendors, n/a, N/A")).containsExactly("vendors");
        assertThat(Wording.items("press/media")).containsExactly("press", "media");
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
