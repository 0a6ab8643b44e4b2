package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.testing.FixedMeanings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A team's merges and splits against the model's reading: what the summary asks, and what it does once told. */
class DecisionsTest {
    static final PromptKind C = PromptKind.CUSTOMER;
    static final Decisions.Split BORROWER_PATRON = new Decisions.Split("library patron", "borrower");

    final AlignmentAnalyzer analyzer = new AlignmentAnalyzer(CoachingRules.standard(),
            FixedMeanings.closeButUndecided("borrower", "patron"), GroupingSettings.DEFAULT);

    static CheckInAnswers library(String label) {
        return AlignmentAnalyzerTest.checkIn(label, List.of("ana", "ben", "chen", "dara"),
                "ana", C, "borrowers", "ben", C, "borrowers", "chen", C, "library patrons", "dara", C, "the mayor");
    }

    @Test
    void twoWordingsTheModelFindsCloseButNotCloseEnoughAreAskedAboutAndLeftApart() {
        AlignmentSummary s = analyzer.analyze(List.of(library("w1")), Decisions.NONE);

        assertThat(s.undecided()).singleElement().satisfies(pair -> {
            assertThat(pair.first()).isEqualTo("borrowers");
            assertThat(pair.second()).isEqualTo("library patrons");
        });
        assertThat(s.customerGroups()).extracting(Group::count).containsExactly(2, 1, 1);
        assertThat(s.alignmentScore()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aSplitKeepsThePairApartAndStopsAskingAboutIt() {
        AlignmentSummary s = analyzer.analyze(List.of(library("w1")), new Decisions(Map.of(), Set.of(BORROWER_PATRON)));

        assertThat(s.undecided()).isEmpty();
        assertThat(s.customerGroups()).extracting(Group::count).containsExactly(2, 1, 1);
    }

    @Test
    void aMergeJoinsThePairInThisSummaryAndInTheTrend() {
        AlignmentSummary s = analyzer.analyze(List.of(library("w1"), library("w2")),
                Decisions.merging(Map.of("library patron", "borrower")));

        assertThat(s.undecided()).isEmpty();
        assertThat(s.customerGroups().get(0).members()).containsExactly("ana", "ben", "chen");
        assertThat(s.trend()).extracting(TrendPoint::alignmentScore).containsExactly(0.75, 0.75);
    }

    @Test
    void splittingUndoesAMergeBetweenTheTwoInEitherDirectionOnly() {
        Decisions merged = Decisions.merging(Map.of("library patron", "borrower", "reader", "borrower"));

        Decisions split = merged.splitting("borrower", "library patron");

        assertThat(split.merges()).isEqualTo(Map.of("reader", "borrower"));
        assertThat(split.splits()).containsExactly(BORROWER_PATRON);
        assertThat(split.countsAsOne("library patron", "borrower")).isFalse();
        assertThat(merged.countsAsOne("library patrons", "the borrowers")).isTrue();
    }

    @Test
    void wordingsJoinedThroughAChainOfMergesStillCountAsOneAfterSplittingTheEnds() {
        Decisions chain = Decisions.merging(Map.of("patron", "reader", "reader", "borrower"));

        Decisions split = chain.splitting("patron", "borrower");

        assertThat(split.countsAsOne("patron", "borrower")).isTrue();
        assertThat(split.mergesInto("patron")).containsExactly(Map.entry("patron", "reader"), Map.entry("reader", "borrower"));
        assertThat(split.splitting("patron", "reader").countsAsOne("patron", "borrower")).isFalse();
    }

    @Test
    void theSameRoleSpelledOrDescribedAnotherWayAlwaysCountsAsOne() {
        assertThat(Decisions.NONE.countsAsOne("ward nurse", "the ward nurses who sign off discharges")).isTrue();
        assertThat(Decisions.NONE.countsAsOne("ward nurse", "ward sister")).isFalse();
    }
}
