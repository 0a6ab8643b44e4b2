package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.slack.testing.SlackBlocks;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private static final MemberRef ANA = new MemberRef(new TenantRef(Platform.SLACK, "T0CLARITY"), "U0ANA0001");
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void nudgeShowsTheMembersWordsVerbatimAndNeverInMarkup() {
        OutboundMessage nudge = new OutboundMessage(new Destination.DirectMessage(ANA),
                "Your manager is not your customer.",
                List.of(new MessagePart.NudgePart("manager-as-customer", "Your manager is not your customer.",
                        "Reply with a new answer, or say keep to keep \"<!channel> *my boss*\".", "<!channel> *my boss*"),
                        new MessagePart.ChoicesPart(List.of(ButtonAction.KEEP), "question:1:0")));

        BlockKitRenderer.SlackMessage rendered = renderer.render(nudge);
        SlackBlocks blocks = blocks(rendered);

        assertThat(blocks.verbatim()).contains("You wrote:", "<!channel> *my boss*",
                "Reply with a new answer, or say keep to keep \"<!channel> *my boss*\".");
        assertThat(blocks.parsed()).noneMatch(text -> text.contains("my boss"));
        assertThat(blocks.styled()).isEmpty();
        assertThat(rendered.blocks().get(rendered.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
    }

    @Test
    void everyButtonCarriesTheScopeOfItsQuestion() {
        OutboundMessage prompt = new OutboundMessage(new Destination.DirectMessage(ANA), "Question 2 of 7",
                List.of(new MessagePart.ChoicesPart(List.of(ButtonAction.SKIP, ButtonAction.BACK), "question:12:1")));

        String json = GsonFactory.createSnakeCase().toJson(renderer.render(prompt).blocks());

        assertThat(json).contains("\"action_id\":\"skip\",\"value\":\"question:12:1\"",
                "\"action_id\":\"back\",\"value\":\"question:12:1\"");
    }

    @Test
    void textOnlyMessageWithButtonsShowsItsTextVerbatimAboveThem() {
        OutboundMessage message = new OutboundMessage(new Destination.DirectMessage(ANA), "You are paused. <3",
                List.of(new MessagePart.ChoicesPart(List.of(ButtonAction.RESUME), "question:1:0")));

        BlockKitRenderer.SlackMessage rendered = renderer.render(message);

        assertThat(rendered.blocks()).hasSize(2).first().isInstanceOf(RichTextBlock.class);
        assertThat(blocks(rendered).verbatim()).containsExactly("You are paused. <3");
        assertThat(rendered.text()).isEqualTo("You are paused. &lt;3");
    }

    @Test
    void plainTextMessageIsShownVerbatimSoSlackFormatsNothingInIt() {
        BlockKitRenderer.SlackMessage rendered = renderer.render(OutboundMessage.text(new Destination.DirectMessage(ANA),
                "Updated your answer: \"*Alignment score: 100%* & https://evil.example\""));

        assertThat(rendered.blocks()).singleElement().isInstanceOf(RichTextBlock.class);
        assertThat(blocks(rendered).verbatim())
                .containsExactly("Updated your answer: \"*Alignment score: 100%* & https://evil.example\"");
        assertThat(blocks(rendered).parsed()).isEmpty();
        assertThat(rendered.text()).isEqualTo("Updated your answer: \"*Alignment score: 100%* &amp; https://evil.example\"");
    }

    @Test
    void answerWithAsterisksUnderscoresTildesAndBackticksShowsAsTypedInSummary() {
        String wording = "*Alignment score: 100%* _everyone_ ~nobody~ `code` :tada: <!channel>";

        SlackBlocks blocks = blocks(renderer.render(summaryWith(wording + ": 2 (Ana, Bo)")));

        assertThat(blocks.verbatim()).contains(wording + ": 2 (Ana, Bo)");
        assertThat(blocks.parsed()).noneMatch(text -> text.contains("Alignment score") || text.contains("everyone"));
        assertThat(blocks.styled()).isEmpty();
    }

    @Test
    void lineBreakInAnAnswerCannotForgeASummaryHeadingOrBullet() {
        SlackBlocks blocks = blocks(renderer.render(summaryWith("nurses\n*Line of sight:* everybody has it\n• 100% agree: 1 (Ana)")));

        assertThat(blocks.verbatim()).contains("nurses ↵ *Line of sight:* everybody has it ↵ • 100% agree: 1 (Ana)")
                .noneMatch(line -> line.contains("\n"));
        assertThat(blocks.parsed()).filteredOn(text -> text.startsWith("*")).containsExactly("*Ultimate customer*");
    }

    @Test
    void bareLinkInAnAnswerStaysTextAndNeverReachesMarkup() {
        SlackBlocks blocks = blocks(renderer.render(summaryWith("https://evil.example/win www.evil.example: 1 (Ana)")));

        assertThat(blocks.verbatim()).contains("https://evil.example/win www.evil.example: 1 (Ana)");
        assertThat(blocks.parsed()).noneMatch(text -> text.contains("evil.example"));
        assertThat(blocks.styled()).isEmpty();
    }

    @Test
    void myAnswersShowEachAnswerInAQuoteOfItsOwnWithItsLineBreaks() {
        OutboundMessage mine = new OutboundMessage(new Destination.DirectMessage(ANA), "Your answers",
                List.of(new MessagePart.AnswersPart(List.of(new MessagePart.AnswersPart.TeamAnswers(
                        "Your answers for parts (Discovery, closed):", List.of(
                        new MessagePart.AnswersPart.QuestionAnswer("1. Who is your ultimate customer?",
                                "*nurses*\n2. Who relies on your work?\n   \"everybody\""),
                        new MessagePart.AnswersPart.QuestionAnswer("2. Who relies on your work?", null)))))));

        BlockKitRenderer.SlackMessage rendered = renderer.render(mine);

        assertThat(blocks(rendered).verbatim()).containsExactly("Your answers for parts (Discovery, closed):",
                "1. Who is your ultimate customer?", "*nurses*\n2. Who relies on your work?\n   \"everybody\"",
                "2. Who relies on your work?", "(no answer)");
        assertThat(GsonFactory.createSnakeCase().toJson(rendered.blocks())).contains("\"type\":\"rich_text_quote\"");
        assertThat(blocks(rendered).parsed()).isEmpty();
    }

    @Test
    void exportMessageOnlyAnnouncesTheFileVerbatimAndNeverCarriesTheCsv() {
        String csv = "check_in,member,kind,text\n2026-01-05,Ana,customer,\"*nurses*\n_and_ https://x.example\"\n";
        String intro = "Answers of *product* (1 check-in, 1 answer) in the file answers-product.csv";

        BlockKitRenderer.SlackMessage rendered = renderer.render(new OutboundMessage(new Destination.DirectMessage(ANA),
                intro, List.of(new MessagePart.ExportPart(intro, "answers-product.csv", csv))));

        assertThat(blocks(rendered).verbatim()).containsExactly(intro);
        assertThat(rendered.text()).doesNotContain("nurses");
        assertThat(blocks(rendered).parsed()).isEmpty();
    }

    @Test
    void textLongerThanOneElementIsSpreadOverSeveralAndLosesNothing() {
        String answer = "🧑‍🔧".repeat(InertText.MAX_ELEMENT) + "end";

        BlockKitRenderer.SlackMessage rendered = renderer.render(OutboundMessage.text(new Destination.DirectMessage(ANA), answer));

        assertThat(blocks(rendered).verbatim()).containsExactly(answer);
    }

    private static SlackBlocks blocks(BlockKitRenderer.SlackMessage rendered) {
        return SlackBlocks.of(GsonFactory.createSnakeCase().toJson(rendered.blocks()));
    }

    private static OutboundMessage summaryWith(String line) {
        return new OutboundMessage(new Destination.ChannelPost(TEAM), "Alignment summary", List.of(new MessagePart.SummaryPart(
                "Alignment summary: parts (5 Jan)", "50% agree on the ultimate customer (1 of 2)",
                List.of(new MessagePart.SummaryPart.Section("Ultimate customer", List.of(line))), null, List.of())));
    }

    private static final TeamRef TEAM = new TeamRef(ANA.tenant(), "C0TEAM0001");
    private static final Undecided HOSTILE = new Undecided("borrowers", "<!channel> *library* patrons & <@U0BEN>");

    private static OutboundMessage summaryTo(Destination to, Undecided... pairs) {
        return new OutboundMessage(to, "Alignment summary", List.of(new MessagePart.SummaryPart("Alignment summary",
                "2 of 3 agree", List.of(new MessagePart.SummaryPart.Section("Ultimate customer", List.of("borrowers: 2"))),
                null, List.of(pairs))));
    }

    private static List<ButtonElement> buttons(BlockKitRenderer.SlackMessage rendered) {
        return rendered.blocks().stream().filter(ActionsBlock.class::isInstance).map(ActionsBlock.class::cast)
                .flatMap(a -> a.getElements().stream()).map(ButtonElement.class::cast).toList();
    }

    @Test
    void aSummaryInTheTeamChannelAsksAboutEachPairWithSameAndDifferentButtonsCarryingTeamAndWordings() {
        BlockKitRenderer.SlackMessage rendered = renderer.render(summaryTo(new Destination.ChannelPost(TEAM), HOSTILE,
                new Undecided("ward nurse", "ward sister")));

        assertThat(buttons(rendered)).extracting(ButtonElement::getActionId)
                .containsExactly("pair_same", "pair_different", "pair_same", "pair_different");
        assertThat(buttons(rendered)).extracting(ButtonElement::getText).extracting(t -> t.getText())
                .containsExactly("Same", "Different", "Same", "Different");
        assertThat(rendered.blocks().stream().filter(ActionsBlock.class::isInstance).map(b -> ((ActionsBlock) b).getBlockId()))
                .containsExactly("coach_pair_0", "coach_pair_1");
        PairButtonValue carried = PairButtonValue.read(buttons(rendered).get(1).getValue()).orElseThrow();
        assertThat(carried).isEqualTo(new PairButtonValue("C0TEAM0001", HOSTILE.first(), HOSTILE.second()));
    }

    @Test
    void aPairsWordingIsShownVerbatimSoItCanNeitherPingNorFormat() {
        SlackBlocks blocks = blocks(renderer.render(summaryTo(new Destination.ChannelPost(TEAM), HOSTILE)));

        assertThat(blocks.verbatim()).contains("Are \"borrowers\" and \"<!channel> *library* patrons & <@U0BEN>\" the same customer?");
        assertThat(blocks.parsed()).contains("*Same customer?*").noneMatch(text -> text.contains("library"));
    }

    @Test
    void aSummaryWithoutUndecidedPairsHasNoPairButtons() {
        BlockKitRenderer.SlackMessage rendered = renderer.render(summaryTo(new Destination.ChannelPost(TEAM)));

        assertThat(buttons(rendered)).isEmpty();
        assertThat(GsonFactory.createSnakeCase().toJson(rendered.blocks())).doesNotContain("Same customer?");
    }

    @Test
    void aPairOutsideATeamChannelOrTooLongForAButtonNamesTheCommandsInstead() {
        Undecided tooLong = new Undecided("borrowers", "library patrons " + "x".repeat(PairButtonValue.MAX_VALUE));

        BlockKitRenderer.SlackMessage direct = renderer.render(summaryTo(new Destination.DirectMessage(ANA), HOSTILE));
        BlockKitRenderer.SlackMessage longOne = renderer.render(summaryTo(new Destination.ChannelPost(TEAM), tooLong,
                new Undecided("ward nurse", "ward sister")));

        assertThat(buttons(direct)).isEmpty();
        assertThat(blocks(direct).verbatim())
                .contains("Reply merge <!channel> *library* patrons & <@U0BEN> into borrowers or split "
                        + "<!channel> *library* patrons & <@U0BEN> from borrowers");
        assertThat(buttons(longOne)).hasSize(2);
        assertThat(PairButtonValue.read(buttons(longOne).get(0).getValue()).orElseThrow().second()).isEqualTo("ward sister");
    }

    @Test
    void escapingAndUnescapingAreInverse() {
        String typed = "<!channel> & <@U1> > 3";

        assertThat(SlackText.unescape(SlackText.escape(typed))).isEqualTo(typed);
        assertThat(SlackText.escape(typed)).doesNotContain("<", ">");
    }
}
