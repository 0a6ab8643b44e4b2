package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.claritycoach.core.testing.FixedMeanings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary asks managers about wordings the model finds close but not close enough ("Are
 * borrowers and library patrons the same customer?"), and their Same or Different holds from then on.
 * A fixed stand-in for the model puts "borrowers" and "library patrons" just inside the asking band.
 */
class UndecidedPairsTranscriptTest {
    private static final Undecided PAIR = new Undecided("borrowers", "library patrons");

    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;
    Person ben;

    @BeforeEach
    void aLibraryTeamWhoseAnswersTheModelCannotCall() {
        coach = Transcript.open(dir, FixedMeanings.closeButUndecided("borrower", "patron"));
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        ben = coach.joins("ben");
        maria.runs("start discovery");
        for (Person p : new Person[] {maria, ana, ben}) {
            p.says("More people read more books");
        }
        maria.says("borrowers");
        ana.says("borrowers");
        ben.says("library patrons");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void theSummaryAsksAboutThePairWithTheCommandsThatAnswerIt() {
        Transcript.Lines posted = maria.runs("summary");

        assertThat(posted.summary()).map(SummaryPart::undecided).get().asList().containsExactly(PAIR);
        assertThat(posted.channel()).contains("67% agree on the ultimate customer (2 of 3)",
                "Are \"borrowers\" and \"library patrons\" the same customer? Reply merge library patrons into borrowers "
                        + "or split library patrons from borrowers");
    }

    @Test
    void sameFromAManagerJoinsThePairAndTheSummaryStopsAsking() {
        assertThat(maria.presses(PairVerdict.SAME, PAIR).channel())
                .contains("From now on, \"library patron\" counts as \"borrower\" in this team's summaries.");

        Transcript.Lines posted = maria.runs("summary");

        assertThat(posted.channel()).contains("100% agree on the ultimate customer (3 of 3)").doesNotContain("Same customer?");
        assertThat(posted.summary()).map(SummaryPart::undecided).get().asList().isEmpty();
    }

    @Test
    void differentFromAManagerKeepsThePairApartAndTheSummaryStopsAsking() {
        assertThat(maria.presses(PairVerdict.DIFFERENT, PAIR).channel())
                .contains("\"library patron\" and \"borrower\" count as different customers");

        String posted = maria.runs("summary").channel();

        assertThat(posted).contains("67% agree on the ultimate customer (2 of 3)").doesNotContain("Same customer?");
    }

    @Test
    void aMemberPressingDifferentLeavesThePairUndecided() {
        assertThat(ana.presses(PairVerdict.DIFFERENT, PAIR).privately(ana)).contains("only this team's managers");

        assertThat(coach.decisions()).isEqualTo(Decisions.NONE);
        assertThat(maria.runs("summary").summary()).map(SummaryPart::undecided).get().asList().containsExactly(PAIR);
    }

    @Test
    void aClickOnAnOldSummaryStillDecidesItsPairAndRewritesTheTrend() {
        maria.runs("close");
        coach.clock().advance(Duration.ofDays(7));
        maria.runs("start weekly");
        for (Person p : new Person[] {maria, ana, ben}) {
            p.says("the mayor");
        }

        maria.presses(PairVerdict.SAME, PAIR);

        assertThat(maria.runs("summary").channel()).contains("100% (23 Nov 2026) → 100% (30 Nov 2026)");
    }
}
