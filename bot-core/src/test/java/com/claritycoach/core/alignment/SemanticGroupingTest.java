package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.playbook.PromptKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SemanticGroupingTest {
    static final PromptKind C = PromptKind.CUSTOMER;

    final KeywordMeanings meanings = new KeywordMeanings(32)
            .means("borrow", 1, 0, 0).means("card holder", 1, 0, 0).means("patron", 1, 0, 0)
            .means("donor", 0, 1, 0).means("funder", 0, 1, 0)
            .means("reader", 0.4, 0, 0.917);
    final AlignmentAnalyzer analyzer = new AlignmentAnalyzer(CoachingRules.standard(), meanings, GroupingSettings.DEFAULT);

    AlignmentSummary analyze(Decisions decisions, Object... memberKindText) {
        return analyzer.analyze(List.of(AlignmentAnalyzerTest.checkIn("w", List.of(), memberKindText)), decisions);
    }

    @Test
    void wordingsThatMeanTheSameCustomerFormOneGroup() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "library card holders",
                "chen", C, "patrons, mostly the regulars", "dara", C, "our donors");

        assertThat(s.customerGroups()).extracting(Group::count).containsExactly(3, 1);
        assertThat(s.customerGroups().get(0).members()).containsExactly("ana", "ben", "chen");
        assertThat(s.alignmentScore()).isEqualTo(0.75);
    }

    @Test
    void wordingsThatMeanDifferentCustomersStayApart() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "donors", "chen", C, "funders");

        assertThat(s.customerGroups()).extracting(Group::label, Group::count)
                .containsExactly(tuple("donors", 2), tuple("borrowers", 1));
    }

    @Test
    void aGroupShowsWhoSaidWhatAsTyped() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "Borrowers!", "ben", C, "library borrowers (adults)");

        assertThat(s.customerGroups()).singleElement().extracting(Group::items).asList()
                .containsExactly(new Group.Item("ana", "Borrowers!"), new Group.Item("ben", "library borrowers (adults)"));
    }

    @Test
    void aSplitKeepsTwoWordingsApartHoweverAlike() {
        Decisions split = new Decisions(Map.of(), Set.of(new Decisions.Split("borrower", "library card holder")));

        AlignmentSummary s = analyze(split, "ana", C, "borrowers", "ben", C, "library card holders");

        assertThat(s.customerGroups()).hasSize(2);
    }

    @Test
    void aMergeJoinsTwoWordingsTheModelKeepsApart() {
        AlignmentSummary s = analyze(Decisions.merging(Map.of("donor", "borrower")), "ana", C, "borrowers", "ben", C, "donors");

        assertThat(s.customerGroups()).singleElement().extracting(Group::count).isEqualTo(2);
    }

    @Test
    void closeButNotCloseEnoughWordingsAreAskedAbout() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "patrons", "chen", C, "readers",
                "dara", C, "the mayor", "eli", C, "volunteers");

        assertThat(s.customerGroups()).extracting(Group::count).containsExactly(2, 1, 1, 1);
        assertThat(s.undecided()).singleElement().satisfies(u -> {
            assertThat(u.first()).isEqualTo("patrons");
            assertThat(u.second()).isEqualTo("readers");
        });
    }

    @Test
    void anAnswerThatFellIntoATrapIsNeverAskedAbout() {
        KeywordMeanings close = new KeywordMeanings(32).means("borrow", 1, 0).means("everyone", 0.24, 0.97);
        AlignmentSummary s = new AlignmentAnalyzer(CoachingRules.standard(), close, GroupingSettings.DEFAULT).analyze(
                List.of(AlignmentAnalyzerTest.checkIn("w", List.of(), "ana", C, "borrowers", "ben", C, "everyone")), Decisions.NONE);

        assertThat(s.customerGroups()).hasSize(2);
        assertThat(s.undecided()).isEmpty();
    }

    @Test
    void farApartWordingsAreNotAskedAbout() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "donors");

        assertThat(s.undecided()).isEmpty();
    }

    @Test
    void eachDistinctTextIsReadOnce() {
        analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "borrowers", "chen", C, "donors", "dara", C, "donors");

        assertThat(meanings.asked()).doesNotHaveDuplicates();
    }

    @Test
    void aSectionWithMoreDistinctWordingsThanTheModelComparesGroupsBySpellingOnly() {
        Object[] answers = new Object[3 * (Grouper.MOST_READ + 1)];
        for (int i = 0; i <= Grouper.MOST_READ; i++) {
            answers[3 * i] = "m" + i;
            answers[3 * i + 1] = C;
            answers[3 * i + 2] = i == 0 ? "borrowers" : i == 1 ? "library card holders" : "reader number " + i;
        }
        AlignmentSummary s = analyze(Decisions.NONE, answers);

        assertThat(s.customerGroups()).hasSize(Grouper.MOST_READ + 1);
        assertThat(meanings.asked()).isEmpty();
    }

    @Test
    void lexicalUnderstandingNeverAsksTheModel() {
        AlignmentSummary s = new AlignmentAnalyzer(CoachingRules.standard()).analyze(List.of(
                AlignmentAnalyzerTest.checkIn("w", List.of(), "ana", C, "borrowers", "ben", C, "library card holders")),
                Decisions.NONE);

        assertThat(s.customerGroups()).hasSize(2);
        assertThat(s.undecided()).isEmpty();
    }

    @Test
    void themesGroupByMeaningToo() {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", PromptKind.ENABLERS, "answering borrowers fast",
                "ben", PromptKind.ENABLERS, "answering card holders quickly", "chen", PromptKind.ENABLERS, "thanking donors",
                "dara", PromptKind.ENABLERS, "a quiet reading room", "eli", PromptKind.ENABLERS, "longer opening hours",
                "fay", PromptKind.ENABLERS, "fewer meetings");

        assertThat(s.enablers()).extracting(Group::count).containsExactly(2, 1, 1, 1, 1);
    }

    @Test
    void theJsonSaysWhoSaidWhatAndWhichRuleFired() throws Exception {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "borrowers", "ben", C, "my manager",
                "ana", PromptKind.NOT_CUSTOMER, "the press, donors");

        JsonNode json = new ObjectMapper().readTree(SummaryJson.write(s));

        assertThat(json.at("/customerGroups/0/items/0/member").asText()).isEqualTo("ana");
        assertThat(json.at("/customerGroups/0/items/0/text").asText()).isEqualTo("borrowers");
        assertThat(json.at("/notCustomers/0/items/0/text").asText()).isEqualTo("the press");
        assertThat(json.get("answers")).hasSize(3);
        assertThat(json.at("/answers/1/member").asText()).isEqualTo("ben");
        assertThat(json.at("/answers/1/kind").asText()).isEqualTo("customer");
        assertThat(json.at("/answers/1/flags/0").asText()).isEqualTo("manager-as-customer");
        assertThat(json.has("alignmentScore")).isTrue();
    }

    @Test
    void theJsonListsOnlyTheAnswerAMemberStandsByNow() throws Exception {
        AlignmentSummary s = analyze(Decisions.NONE, "ana", C, "my boss", "ana", C, "borrowers");

        JsonNode json = new ObjectMapper().readTree(SummaryJson.write(s));

        assertThat(json.get("answers")).singleElement().satisfies(a -> assertThat(a.get("text").asText()).isEqualTo("borrowers"));
    }
}
