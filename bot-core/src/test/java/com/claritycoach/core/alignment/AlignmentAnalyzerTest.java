package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.playbook.PromptKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlignmentAnalyzerTest {
    final AlignmentAnalyzer analyzer = new AlignmentAnalyzer(CoachingRules.standard());

    /** A check-in written the way a test reads: member, kind, answer triples. */
    static CheckInAnswers checkIn(String label, List<String> asked, Object... memberKindText) {
        List<AnswerRecord> answers = new ArrayList<>();
        for (int i = 0; i < memberKindText.length; i += 3) {
            PromptKind kind = (PromptKind) memberKindText[i + 1];
            answers.add(new AnswerRecord((String) memberKindText[i], kind, kind.id(), (String) memberKindText[i + 2], null));
        }
        return new CheckInAnswers(label, Instant.parse("2026-11-23T09:00:00Z"), asked, answers);
    }

    AlignmentSummary analyze(CheckInAnswers... checkIns) {
        return analyzer.analyze(List.of(checkIns), Decisions.NONE);
    }

    static final PromptKind C = PromptKind.CUSTOMER;

    @Test
    void pluralsArticlesAndPossessivesGroupTogether() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(), "ana", C, "patients", "ben", C, "the patient",
                "chen", C, "Our Patients!", "dara", C, "The ward nurse"));

        assertThat(s.customerGroups()).extracting(Group::count).containsExactly(3, 1);
        assertThat(s.customerGroups().get(0).members()).containsExactly("ana", "ben", "chen");
        assertThat(s.distinctCustomers()).isEqualTo(2);
        assertThat(s.alignmentScore()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void theLabelIsTheWordingMostPeopleUsed() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(), "ana", C, "ward nurses", "ben", C, "Ward nurse",
                "chen", C, "ward nurses"));

        assertThat(s.customerGroups().get(0).label()).isEqualTo("ward nurses");
    }

    @Test
    void nearDuplicatesAreMergedButShortDifferentWordsAreNot() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(), "ana", C, "discharge nurse", "ben", C, "dischrage nurse",
                "chen", C, "nurse", "dara", C, "purse"));

        assertThat(s.customerGroups()).extracting(Group::label)
                .containsExactly("discharge nurse", "nurse", "purse");
        assertThat(s.customerGroups().get(0).count()).isEqualTo(2);
    }

    @Test
    void teamSynonymsAreAppliedBeforeGrouping() {
        CheckInAnswers answers = checkIn("w1", List.of(), "ana", C, "ward sister", "ben", C, "ward nurse");

        AlignmentSummary s = analyzer.analyze(List.of(answers), Decisions.merging(Map.of("ward sister", "ward nurse")));

        assertThat(s.customerGroups()).hasSize(1);
        assertThat(s.alignmentScore()).isEqualTo(1.0);
    }

    @Test
    void scoreIsTheLargestGroupOverRespondentsToCustomerQuestions() {
        AlignmentSummary s = analyze(checkIn("w1", List.of("ana", "ben", "chen", "dara"),
                "ana", C, "nurse", "ben", C, "nurse", "chen", C, "patient",
                "dara", PromptKind.OUTCOME, "Patients go home sooner"));

        assertThat(s.customerRespondents()).isEqualTo(3);
        assertThat(s.alignmentScore()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.participation().respondents()).isEqualTo(4);
    }

    @Test
    void noCustomerAnswersScoreZero() {
        AlignmentSummary s = analyze(checkIn("w1", List.of("ana"), "ana", PromptKind.OUTCOME, "Faster discharge"));

        assertThat(s.alignmentScore()).isZero();
        assertThat(s.customerGroups()).isEmpty();
    }

    @Test
    void participationListsWhoHasNotAnswered() {
        AlignmentSummary s = analyze(checkIn("w1", List.of("ana", "ben", "chen"), "ana", C, "nurse"));

        assertThat(s.participation()).isEqualTo(new Participation(3, 1, List.of("ben", "chen"), List.of()));
    }

    @Test
    void membersAwayThisWeekAreCountedApartFromThoseWhoHaveNotAnswered() {
        AlignmentSummary s = analyze(new CheckInAnswers("w1", null, List.of("ana", "ben", "chen"), List.of("ben"),
                List.of(new AnswerRecord("ana", C, "customer", "nurse", Set.of()))));

        assertThat(s.participation()).isEqualTo(new Participation(3, 1, List.of("chen"), List.of("ben")));
        assertThat(SummaryJson.write(s)).contains("\"nonRespondents\" : [ \"chen\" ]", "\"away\" : [ \"ben\" ]");
    }

    @Test
    void lineOfSightFollowsChainsOfMembersServingEachOther() {
        AlignmentSummary s = analyze(checkIn("w1", List.of("Ana Silva", "Ben", "Chen", "Dara"),
                "Ana Silva", C, "ward nurse", "Ben", C, "ward nurse", "Chen", C, "the CFO", "Dara", C, "auditors",
                "Chen", PromptKind.RELIES_ON_ME, "@ana relies on my reports",
                "Dara", PromptKind.INPUT_FOR, "My output is an input for chen"));

        assertThat(s.lineOfSight().edges()).containsExactly(new LineOfSight.Edge("Chen", "Ana Silva"),
                new LineOfSight.Edge("Dara", "Chen"));
        assertThat(s.lineOfSight().connected()).containsExactly("Ana Silva", "Ben", "Chen", "Dara");
        assertThat(s.lineOfSight().disconnected()).isEmpty();
    }

    @Test
    void cyclesWithoutTheCustomerLeaveMembersWithoutLineOfSight() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(),
                "ana", C, "ward nurse", "ben", C, "ward nurse", "chen", C, "auditor", "dara", C, "board member",
                "chen", PromptKind.RELIES_ON_ME, "dara", "dara", PromptKind.RELIES_ON_ME, "chen",
                "ana", PromptKind.RELIES_ON_ME, "Zed from finance"));

        assertThat(s.lineOfSight().disconnected()).containsExactly("chen", "dara");
        assertThat(s.lineOfSight().edges()).extracting(LineOfSight.Edge::to).doesNotContain("Zed from finance");
    }

    @Test
    void namesAreMatchedAsWholeWordsWithOrWithoutAt() {
        List<String> team = List.of("Ann", "Ben Okafor", "Chen");

        assertThat(LineOfSightMap.mentions("Annabel relies on me", team)).isEmpty();
        assertThat(LineOfSightMap.mentions("ANN and @ben", team)).containsExactly("Ann", "Ben Okafor");
        assertThat(LineOfSightMap.mentions("reports go to chen.", team)).containsExactly("Chen");
    }

    @Test
    void aSharedFirstNameNamesNobodyButFullNamesStillDo() {
        List<String> team = List.of("Ana Silva", "Ana Costa", "Ann", "Ann Lee");

        assertThat(LineOfSightMap.mentions("ana uses my reports", team)).isEmpty();
        assertThat(LineOfSightMap.mentions("Ana Costa uses my reports", team)).containsExactly("Ana Costa");
        assertThat(LineOfSightMap.mentions("Ann Lee reads them", team)).containsExactly("Ann Lee");
        assertThat(LineOfSightMap.mentions("Ann and Ann Lee", team)).containsExactly("Ann", "Ann Lee");
    }

    @Test
    void aLongChainReachesTheCustomerAndAMemberServingThemselvesIsNoEdge() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(),
                "ana", C, "ward nurse", "fay", C, "ward nurse", "ben", C, "auditor", "cy", C, "board", "dee", C, "regulator",
                "eve", C, "investor",
                "eve", PromptKind.RELIES_ON_ME, "dee", "dee", PromptKind.INPUT_FOR, "cy",
                "cy", PromptKind.RELIES_ON_ME, "ben and cy", "ben", PromptKind.INPUT_FOR, "@ana"));

        assertThat(s.lineOfSight().connected()).containsExactlyInAnyOrder("ana", "fay", "ben", "cy", "dee", "eve");
        assertThat(s.lineOfSight().edges()).doesNotContain(new LineOfSight.Edge("cy", "cy"));
    }

    @Test
    void flagsCountEveryRuleAndImportedAnswersAreCoachedHere() {
        CheckInAnswers imported = new CheckInAnswers("csv", null, List.of(), List.of(
                new AnswerRecord("ana", C, "customer", "my manager", null),
                new AnswerRecord("ben", C, "customer", "everyone", null),
                new AnswerRecord("chen", C, "customer", "the ward nurse", null)));

        AlignmentSummary s = analyzer.analyze(List.of(imported), Decisions.NONE);

        assertThat(s.flags()).containsOnlyKeys(CoachingRules.RULE_IDS);
        assertThat(s.flags().get("manager-as-customer")).isEqualTo(new FlagCount(1, List.of("ana")));
        assertThat(s.flags().get("everyone").count()).isEqualTo(1);
        assertThat(s.flags().get("vague").count()).isZero();
        assertThat(s.customerGroups()).filteredOn(g -> g.label().equals("my manager")).singleElement()
                .extracting(Group::flags).isEqualTo(Set.of("manager-as-customer"));
    }

    @Test
    void notOurCustomerListsAreSplitIntoItemsAndGrouped() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(),
                "ana", PromptKind.NOT_CUSTOMER, "vendors, the press and the board",
                "ben", PromptKind.NOT_CUSTOMER, "Our vendor; journalists"));

        assertThat(s.notCustomers()).extracting(Group::count).first().isEqualTo(2);
        assertThat(s.notCustomers()).hasSize(4);
    }

    @Test
    void enablersNonEnablersAndMeasuresAreGroupedWithCounts() {
        AlignmentSummary s = analyze(checkIn("w1", List.of(),
                "ana", PromptKind.ENABLERS, "Shadowing nurses on rounds", "ben", PromptKind.ENABLERS, "shadowing nurses on rounds.",
                "ana", PromptKind.NON_ENABLERS, "Status reports", "ana", PromptKind.MEASURE, "Length of stay"));

        assertThat(s.enablers()).extracting(Group::count).containsExactly(2);
        assertThat(s.nonEnablers()).extracting(Group::label).containsExactly("Status reports");
        assertThat(s.measures()).hasSize(1);
    }

    @Test
    void trendListsEarlierCheckInsOldestFirstEndingWithThisOne() {
        CheckInAnswers first = checkIn("16 Nov", List.of("ana", "ben"), "ana", C, "nurse", "ben", C, "patient");
        CheckInAnswers second = checkIn("23 Nov", List.of("ana", "ben"), "ana", C, "nurse", "ben", C, "nurses");

        AlignmentSummary s = analyze(first, second);

        assertThat(s.trend()).extracting(TrendPoint::checkIn).containsExactly("16 Nov", "23 Nov");
        assertThat(s.trend()).extracting(TrendPoint::alignmentScore).containsExactly(0.5, 1.0);
        assertThat(s.previous()).map(TrendPoint::alignmentScore).contains(0.5);
    }
}
