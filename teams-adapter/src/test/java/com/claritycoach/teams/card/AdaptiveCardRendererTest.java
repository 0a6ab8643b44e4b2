package com.claritycoach.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.MessagePart.ChoicesPart;
import com.claritycoach.core.message.MessagePart.NudgePart;
import com.claritycoach.core.message.MessagePart.PromptPart;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
                new ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.BACK, ButtonAction.PAUSE), "question:1:0")));

        assertThat(card.card().get("version").asText()).isEqualTo("1.5");
        assertThat(runs(card)).contains("Question 2 of 7", " · Parts Team", "Who is your ultimate customer?",
                "Why we ask: So we serve one person.", "For example: The mechanic who fits the part.");
        assertThat(card.card().get("actions")).extracting(a -> a.get("data").get("action").asText())
                .containsExactly("skip", "back", "pause");
        assertThat(card.card().get("actions")).extracting(a -> a.get("data").get("scope").asText())
                .containsOnly("question:1:0");
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
    void lineBreakInASummaryLineCannotForgeAHeadingOrBullet() {
        TeamsCard summary = renderer.render("Alignment summary", List.of(new SummaryPart("Alignment summary", "1 of 2 agree",
                List.of(new SummaryPart.Section("Ultimate customer",
                        List.of("nurses\n**Line of sight:** everybody has it\n• 100% agree: 1 (Ana)"))), null, List.of())));

        assertThat(runs(summary)).contains("• nurses ↵ **Line of sight:** everybody has it ↵ • 100% agree: 1 (Ana)")
                .noneMatch(run -> run.contains("\n"));
    }

    @Test
    void myAnswersShowEachAnswerVerbatimInAContainerOfItsOwn() {
        String answer = "**nurses**\n2. Who relies on your work?\n   \"https://evil.example\"";
        TeamsCard mine = renderer.render("Your answers", List.of(new MessagePart.AnswersPart(List.of(
                new MessagePart.AnswersPart.TeamAnswers("Your answers for Parts (Discovery, closed):", List.of(
                        new MessagePart.AnswersPart.QuestionAnswer("1. Who is your ultimate customer?", answer),
                        new MessagePart.AnswersPart.QuestionAnswer("2. Who relies on your work?", null)))))));

        assertThat(runs(mine)).containsExactly("Your answers for Parts (Discovery, closed):",
                "1. Who is your ultimate customer?", "2. Who relies on your work?");
        assertThat(containedRuns(mine)).containsExactly(answer, "(no answer)");
        assertThat(textBlocks(mine)).isEmpty();
    }

    @Test
    void exportIsShownVerbatimInMonospaceAndNeverAsMarkdown() {
        String csv = "check_in,member,kind,text\n2026-01-05,Ana,customer,**nurses** [x](https://evil.example)";
        TeamsCard export = renderer.render("Answers as CSV.\n" + csv,
                List.of(new MessagePart.ExportPart("Answers as CSV.", "answers.csv", csv)));

        assertThat(runs(export)).containsExactly("Answers as CSV.", "check_in,member,kind,text",
                "2026-01-05,Ana,customer,**nurses** [x](https://evil.example)");
        assertThat(export.card().at("/body/2/inlines/0/fontType").asText()).isEqualTo("Monospace");
        assertThat(textBlocks(export)).isEmpty();
    }

    private static final TeamRef TEAM = new TeamRef(new TenantRef(Platform.TEAMS, "72f988bf"), "19:parts@thread.tacv2");

    private static OutboundMessage summaryTo(Destination to, Undecided... pairs) {
        return new OutboundMessage(to, "Alignment summary", List.of(new SummaryPart("Alignment summary", "2 of 3 agree",
                List.of(new SummaryPart.Section("Ultimate customer", List.of("borrowers: 2"))), null, List.of(pairs))));
    }

    private static List<JsonNode> submits(TeamsCard card) {
        List<JsonNode> found = new ArrayList<>();
        card.card().get("body").forEach(block -> {
            if ("ActionSet".equals(block.path("type").asText())) {
                block.get("actions").forEach(found::add);
            }
        });
        return found;
    }

    @Test
    void aSummaryInTheTeamChannelAsksAboutEachPairWithSameAndDifferentSubmitsCarryingTeamAndWordings() {
        TeamsCard card = renderer.render(summaryTo(new Destination.ChannelPost(TEAM), new Undecided("borrowers", INJECTION),
                new Undecided("ward nurse", "ward sister")));

        assertThat(submits(card)).extracting(a -> a.get("type").asText()).containsOnly("Action.Submit").hasSize(4);
        assertThat(submits(card)).extracting(a -> a.get("title").asText())
                .containsExactly("Same", "Different", "Same", "Different");
        assertThat(submits(card)).extracting(a -> PairSubmit.read(a.get("data")).orElseThrow()).containsExactly(
                new PairSubmit(PairVerdict.SAME, TEAM.channelId(), "borrowers", INJECTION),
                new PairSubmit(PairVerdict.DIFFERENT, TEAM.channelId(), "borrowers", INJECTION),
                new PairSubmit(PairVerdict.SAME, TEAM.channelId(), "ward nurse", "ward sister"),
                new PairSubmit(PairVerdict.DIFFERENT, TEAM.channelId(), "ward nurse", "ward sister"));
        assertThat(runs(card)).contains("Same customer?", "Are \"borrowers\" and \"" + INJECTION + "\" the same customer?");
        assertThat(textBlocks(card)).noneMatch(text -> text.contains("evil.example") || text.contains("<at>"));
    }

    @Test
    void aSummaryWithoutUndecidedPairsOffersNoSubmits() {
        TeamsCard card = renderer.render(summaryTo(new Destination.ChannelPost(TEAM)));

        assertThat(submits(card)).isEmpty();
        assertThat(runs(card)).doesNotContain("Same customer?");
    }

    @Test
    void aPairInAPersonalChatOrTooLongForTheCardNamesTheCommandsInstead() {
        MemberRef ana = new MemberRef(TEAM.tenant(), "29:ana");
        Undecided tooLong = new Undecided("borrowers", "library patrons " + "x".repeat(PairSubmit.MAX_DATA));

        TeamsCard personal = renderer.render(summaryTo(new Destination.DirectMessage(ana), new Undecided("a", "b")));
        TeamsCard longOne = renderer.render(summaryTo(new Destination.ChannelPost(TEAM), tooLong));

        assertThat(submits(personal)).isEmpty();
        assertThat(runs(personal)).contains("Reply merge b into a or split b from a");
        assertThat(submits(longOne)).isEmpty();
        assertThat(longOne.card().toString().length()).isLessThan(28_000);
    }

    @Test
    void aSubmitThatIsNotAPairReadsAsNone() {
        assertThat(PairSubmit.read(Map.of("action", "skip"))).isEmpty();
        assertThat(PairSubmit.read(Map.of("action", "pair-maybe", "team", "t", "first", "a", "second", "b"))).isEmpty();
        assertThat(PairSubmit.read(Map.of("action", "pair-same", "team", " ", "first", "a", "second", "b"))).isEmpty();
        assertThat(PairSubmit.read("pair-same")).isEmpty();
        assertThat(PairSubmit.read(Map.of("action", "pair-same", "team", "t", "first", "a", "second", "b")))
                .contains(new PairSubmit(PairVerdict.SAME, "t", "a", "b"));
    }

    @Test
    void forgetConfirmationIsADestructiveAction() {
        TeamsCard card = renderer.render("Forget everything about you?",
                List.of(new ChoicesPart(List.of(ButtonAction.FORGET_CONFIRM), "forget:1")));

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

    /** The runs inside containers, where each of a member's own answers sits. */
    private static List<String> containedRuns(TeamsCard card) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : card.card().get("body")) {
            if ("Container".equals(block.get("type").asText())) {
                block.get("items").forEach(item -> item.get("inlines").forEach(run -> texts.add(run.get("text").asText())));
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
