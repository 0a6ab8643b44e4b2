package com.claritycoach.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.MessagePart.ChoicesPart;
import com.claritycoach.core.message.MessagePart.NudgePart;
import com.claritycoach.core.message.MessagePart.PromptPart;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.junit.jupiter.api.Test;

class AdaptiveCardRendererTest {
    private static final String INJECTION = "**bold** [click](https://evil.example) <at>Everyone</at> @channel";
    private static final Prompt CUSTOMER = new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?",
            "So we serve one person.", "The mechanic who fits the part.");

    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    @Test
    void promptIsAVersion15CardWithQuestionWhyExampleAndSubmitButtons() {
        TeamsCard card = renderer.render("Question 2 of 7: Who is your ultimate customer?", List.of(
                new PromptPart("Parts Team", 2, 7, CUSTOMER, null),
                new ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.BACK, ButtonAction.PAUSE))));

        assertThat(card.card().get("version").asText()).isEqualTo("1.5");
        assertThat(runs(card)).contains("Question 2 of 7", " · Parts Team", "Who is your ultimate customer?",
                "Why we ask: So we serve one person.", "For example: The mechanic who fits the part.");
        assertThat(card.card().get("actions")).extracting(a -> a.get("data").get("action").asText())
                .containsExactly("skip", "back", "pause");
        assertThat(card.summary()).isEqualTo("Question 2 of 7: Who is your ultimate customer?");
    }

    @Test
    void memberWordingOnlyEverLandsInTextRunsWhichTeamsShowsVerbatim() {
        TeamsCard nudge = renderer.render("About your answer", List.of(
                new NudgePart("manager", "Your manager is rarely the ultimate customer.", "Who relies on their work?",
                        INJECTION)));
        TeamsCard summary = renderer.render("Alignment summary", List.of(new SummaryPart("Alignment summary",
                "1 of 2 agree", List.of(new SummaryPart.Section("Ultimate customer", List.of(INJECTION + ": 1"))), null, List.of())));
        TeamsCard plain = renderer.render("You wrote: " + INJECTION, List.of());

        for (TeamsCard card : List.of(nudge, summary, plain)) {
            assertThat(String.join("\n", runs(card))).contains(INJECTION);
            assertThat(textBlocks(card)).noneMatch(text -> text.contains("evil.example") || text.contains("<at>"));
            assertThat(card.card().toString()).doesNotContain("\"entities\"", "\"mention\"");
        }
    }

    @Test
    void forgetConfirmationIsADestructiveAction() {
        TeamsCard card = renderer.render("Forget everything about you?",
                List.of(new ChoicesPart(List.of(ButtonAction.FORGET_CONFIRM))));

        assertThat(card.card().at("/actions/0/style").asText()).isEqualTo("destructive");
        assertThat(runs(card)).containsExactly("Forget everything about you?");
    }

    @Test
    void summaryChartIsScaledDownToFitTeamsMessageLimit() throws Exception {
        byte[] chart = chart(800, 800);
        assertThat(chart.length * 4 / 3).isGreaterThan(16_000);

        String card = renderer.render("s", List.of(new SummaryPart("Alignment summary", "", List.of(), chart, List.of()))).card().toString();

        assertThat(card).contains("data:image/png;base64,iVBORw", "\"altText\":\"Alignment chart\"");
        assertThat(card.length()).isLessThan(20_000);
    }

    @Test
    void chartThatIsNoImageIsLeftOut() {
        SummaryPart broken = new SummaryPart("Alignment summary", "", List.of(), new byte[40_000], List.of());

        assertThat(renderer.render("s", List.of(broken)).card().toString()).doesNotContain("data:image/png");
    }

    /** A chart drawn the way the core draws its own: XChart bars with labels, as a PNG. */
    private static byte[] chart(int width, int height) throws Exception {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title("Who is our ultimate customer?")
                .xAxisTitle("Answer").yAxisTitle("Members").build();
        chart.addSeries("Members", List.of("The mechanic who fits the part", "The shopper", "Our distributor",
                "Everyone", "The CFO"), List.of(7, 3, 2, 1, 1));
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    @Test
    void longSummariesAreCutToStayUnderTeamsMessageLimit() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add("Answer number " + i + " " + "x".repeat(100));
        }
        TeamsCard card = renderer.render("Alignment summary", List.<MessagePart>of(new SummaryPart("Alignment summary", "",
                List.of(new SummaryPart.Section("Ultimate customer", lines)), null, List.of())));

        assertThat(card.card().toString().length()).isLessThan(28_000);
        assertThat(runs(card)).contains("(more in the exported answers)");
    }

    private static List<String> runs(TeamsCard card) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : card.card().get("body")) {
            if ("RichTextBlock".equals(block.get("type").asText())) {
                block.get("inlines").forEach(run -> texts.add(run.get("text").asText()));
            }
        }
        return texts;
    }

    private static List<String> textBlocks(TeamsCard card) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : card.card().get("body")) {
            if ("TextBlock".equals(block.get("type").asText())) {
                texts.add(block.get("text").asText());
            }
        }
        return texts;
    }
}
