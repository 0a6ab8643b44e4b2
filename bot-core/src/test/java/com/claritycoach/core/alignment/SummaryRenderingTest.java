package com.claritycoach.core.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.playbook.PromptKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SummaryRenderingTest {
    static final PromptKind C = PromptKind.CUSTOMER;
    final AlignmentAnalyzer analyzer = new AlignmentAnalyzer(CoachingRules.standard());

    AlignmentSummary team() {
        CheckInAnswers earlier = AlignmentAnalyzerTest.checkIn("16 Nov", List.of("ana", "ben", "chen", "dara"),
                "ana", C, "nurse", "ben", C, "patient", "chen", C, "my boss");
        CheckInAnswers now = AlignmentAnalyzerTest.checkIn("23 Nov", List.of("ana", "ben", "chen", "dara"),
                "ana", C, "ward nurse", "ben", C, "Ward nurses", "chen", C, "my manager",
                "ana", PromptKind.RELIES_ON_ME, "ben uses my checklist");
        return analyzer.analyze(List.of(earlier, now), Decisions.NONE);
    }

    @Test
    void markdownShowsScoreGroupsGapsFlagsParticipationAndTrend() {
        String text = MarkdownSummary.render(SummaryLayout.layout(team(), "product", false, null));

        assertThat(text).contains("Alignment summary: product (23 Nov)", "67% agree on the ultimate customer (2 of 3)",
                "↑ from 33%", "ward nurse: 2 (ana, ben)", "my manager: 1 (chen) [coached: manager-as-customer]",
                "Not yet: chen", "ana → ben", "manager-as-customer: 1 (chen)", "3 of 4 answered",
                "Not answered yet: dara", "33% (16 Nov) → 67% (23 Nov) ↑");
    }

    @Test
    void anonymousSummariesNameNobody() {
        SummaryPart part = SummaryLayout.layout(team(), "product", true, null);
        String text = MarkdownSummary.render(part);

        for (String name : List.of("ana", "ben", "chen", "dara")) {
            assertThat(text).doesNotContainPattern("\\b" + name + "\\b");
        }
        assertThat(text).contains("1 have not answered yet", "1 do not yet");
    }

    @Test
    void anAnonymousTeamBelowThreeRespondentsGetsAReasonInsteadOfASummary() {
        AlignmentSummary two = analyzer.analyze(List.of(AlignmentAnalyzerTest.checkIn("w", List.of("a", "b", "c"),
                "a", C, "nurse", "b", C, "nurse")), Decisions.NONE);

        assertThat(SummaryLayout.withheld(two, true)).get().asString().contains("at least 3", "2 so far");
        assertThat(SummaryLayout.withheld(two, false)).isEmpty();
        assertThat(SummaryLayout.withheld(team(), true)).isEmpty();
    }

    @Test
    void chartIsAPngOfTheRightSizeWithATrendPanelWhenThereAreSeveralCheckIns() throws IOException {
        AlignmentSummary withTrend = team();
        AlignmentSummary single = analyzer.analyze(List.of(AlignmentAnalyzerTest.checkIn("w", List.of(),
                "a", C, "nurse")), Decisions.NONE);

        BufferedImage two = ImageIO.read(new ByteArrayInputStream(SummaryChart.png(withTrend)));
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(SummaryChart.png(single)));

        assertThat(two.getWidth()).isEqualTo(SummaryChart.WIDTH);
        assertThat(two.getHeight()).isEqualTo(2 * SummaryChart.PANEL_HEIGHT);
        assertThat(one.getHeight()).isEqualTo(SummaryChart.PANEL_HEIGHT);
    }

    @Test
    void jsonHasEveryDocumentedKey() throws IOException {
        JsonNode json = new ObjectMapper().readTree(SummaryJson.write(team()));

        assertThat(json.fieldNames()).toIterable().contains("members", "respondents", "alignmentScore",
                "distinctCustomers", "customerGroups", "notCustomers", "lineOfSight", "enablers", "nonEnablers",
                "measures", "flags", "trend");
        assertThat(json.get("members").asInt()).isEqualTo(4);
        assertThat(json.get("customerGroups").get(0).get("members")).hasSize(2);
        assertThat(json.get("lineOfSight").get("edges").get(0).get("from").asText()).isEqualTo("ana");
        assertThat(json.get("flags").fieldNames()).toIterable().containsExactlyElementsOf(CoachingRules.RULE_IDS);
        assertThat(json.get("trend").get(1).get("checkin").asText()).isEqualTo("23 Nov");
    }

    @Test
    void theSummaryPartHasATitleAHeadlineSectionsInOrderAndTheChart() {
        byte[] chart = {1, 2, 3};

        SummaryPart part = SummaryLayout.layout(team(), "product", false, chart);

        assertThat(part.title()).isEqualTo("Alignment summary: product (23 Nov)");
        assertThat(part.headline()).startsWith("67% agree on the ultimate customer").endsWith("↑ from 33%");
        assertThat(part.sections()).extracting(SummaryPart.Section::heading).containsExactly(
                "Ultimate customer", "Line of sight", "Coaching flags", "Participation", "Trend");
        assertThat(part.sections().get(0).lines()).first().asString().startsWith("ward nurse: 2");
        assertThat(part.chartPng()).isSameAs(chart);
    }

    @Test
    void anAnonymousSummaryPartNamesNoMemberInAnyLine() {
        SummaryPart part = SummaryLayout.layout(team(), "product", true, null);

        assertThat(part.sections()).flatExtracting(SummaryPart.Section::lines).allSatisfy(line -> {
            for (String name : List.of("ana", "ben", "chen", "dara")) {
                assertThat(line).doesNotContainPattern("\\b" + name + "\\b");
            }
        });
        assertThat(part.sections()).flatExtracting(SummaryPart.Section::lines)
                .contains("manager-as-customer: 1", "3 of 4 answered.");
    }

    /** The team's summary as if the model had left {@code pairs} undecided. */
    AlignmentSummary asking(UndecidedPair... pairs) {
        AlignmentSummary s = team();
        return new AlignmentSummary(s.checkIn(), s.participation(), s.alignmentScore(), s.customerRespondents(),
                s.customerGroups(), List.of(pairs), s.notCustomers(), s.lineOfSight(), s.enablers(), s.nonEnablers(),
                s.measures(), s.listening(), s.flags(), s.trend(), s.answers());
    }

    @Test
    void eachUndecidedPairIsAskedAboutWithTheCommandsThatAnswerIt() {
        AlignmentSummary s = asking(new UndecidedPair("borrowers", "library patrons", 0.1),
                new UndecidedPair("ward nurse", "ward sister", 0.09));

        SummaryPart part = SummaryLayout.layout(s, "product", false, null);
        String text = MarkdownSummary.render(part);

        assertThat(part.undecided()).containsExactly(new SummaryPart.Undecided("borrowers", "library patrons"),
                new SummaryPart.Undecided("ward nurse", "ward sister"));
        assertThat(text).endsWith("**Same customer?**\n"
                + "- Are \"borrowers\" and \"library patrons\" the same customer? Reply merge library patrons into "
                + "borrowers or split library patrons from borrowers\n"
                + "- Are \"ward nurse\" and \"ward sister\" the same customer? Reply merge ward sister into ward nurse "
                + "or split ward sister from ward nurse");
    }

    @Test
    void aSummaryWithNothingUndecidedAsksNothing() {
        SummaryPart part = SummaryLayout.layout(team(), "product", false, null);

        assertThat(part.undecided()).isEmpty();
        assertThat(MarkdownSummary.render(part)).doesNotContain("Same customer?", "Reply merge");
    }

    @Test
    void anAnonymousTeamIsAskedAboutWordingsWithoutAnyName() {
        SummaryPart part = SummaryLayout.layout(asking(new UndecidedPair("borrowers", "library patrons", 0.1)),
                "product", true, null);
        String text = MarkdownSummary.render(part);

        assertThat(text).contains("Are \"borrowers\" and \"library patrons\" the same customer?");
        for (String name : List.of("ana", "ben", "chen", "dara")) {
            assertThat(text).doesNotContainPattern("\\b" + name + "\\b");
        }
    }

    @Test
    void theTrendArrowPointsDownWhenAlignmentFallsAndSidewaysWhenItHolds() {
        assertThat(SummaryLayout.arrow(0.5, 0.25)).isEqualTo("↓");
        assertThat(SummaryLayout.arrow(0.5, 0.5)).isEqualTo("→");
        assertThat(SummaryLayout.arrow(0.25, 0.5)).isEqualTo("↑");
    }

    @Test
    void aChartWithoutAnyCustomerAnswerIsStillAPng() throws IOException {
        AlignmentSummary none = analyzer.analyze(List.of(AlignmentAnalyzerTest.checkIn("w", List.of("a"),
                "a", PromptKind.OUTCOME, "Faster discharge")), Decisions.NONE);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SummaryChart.png(none)));

        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(SummaryChart.WIDTH);
    }
}
