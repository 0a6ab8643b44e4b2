package com.claritycoach.core.coaching.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the rules read an answer: what it names first, without the hedges and the explanation. */
class AnswerTextTest {

    @Test
    void trimmedDropsPunctuationAndEmojiAtTheEdgesOnly() {
        assertThat(new AnswerText("  Our Patients! 😅").trimmed()).isEqualTo("our patients");
        assertThat(new AnswerText("n/a").trimmed()).isEqualTo("n/a");
    }

    @Test
    void unhedgedDropsSofteningWordsAtBothEnds() {
        assertThat(new AnswerText("hmm not sure tbh").unhedged()).isEqualTo("not sure");
        assertThat(new AnswerText("Honestly, idk lol").unhedged()).isEqualTo("idk");
        assertThat(new AnswerText("the ward nurse").unhedged()).isEqualTo("the ward nurse");
    }

    @Test
    void theHeadIsTheFirstClauseWithoutItsHedges() {
        assertThat(new AnswerText("the business tbh, they want the numbers").head()).isEqualTo("the business");
        assertThat(new AnswerText("the robot lol – if it's down, nothing ships").head()).isEqualTo("the robot");
        assertThat(new AnswerText("the ops director and finance").head()).isEqualTo("the ops director");
        assertThat(new AnswerText("the board I guess").head()).isEqualTo("the board");
        assertThat(new AnswerText("- the lawyers\n- paralegals").head()).isEqualTo("the lawyers");
        assertThat(new AnswerText("the business as a whole").head()).isEqualTo("the business as a whole");
    }

    @Test
    void afterTheHeadComesTheRestAsTyped() {
        assertThat(new AnswerText("not sure, the nurse?").afterHead()).isEqualTo("the nurse?");
        assertThat(new AnswerText("the nurse").afterHead()).isEmpty();
    }

    @Test
    void theNounPhraseEndsAtAPrepositionOrARelativeClause() {
        assertThat(new AnswerText("a journalist at the local paper").nounPhrase()).isEqualTo("a journalist");
        assertThat(new AnswerText("nurses who use the app").nounPhrase()).isEqualTo("nurses");
        assertThat(new AnswerText("patients using the portal").nounPhrase()).isEqualTo("patients");
        assertThat(new AnswerText("the freelancers we hire for peak").afterNounPhrase()).isEqualTo("we hire for peak");
        assertThat(new AnswerText("the vendor's engineers").nounPhrase()).isEqualTo("the vendor's engineers");
    }

    @Test
    void withoutArticlesDropsLeadingArticlesAndPossessives() {
        assertThat(AnswerText.withoutArticles("our the ward nurse")).isEqualTo("ward nurse");
        assertThat(AnswerText.withoutArticles("theatre nurses")).isEqualTo("theatre nurses");
    }
}
