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
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private static final MemberRef ANA = new MemberRef(new TenantRef(Platform.SLACK, "T0CLARITY"), "U0ANA0001");
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    void nudgeShowsTheMembersWordsAsPlainTextOnly() {
        OutboundMessage nudge = new OutboundMessage(new Destination.DirectMessage(ANA),
                "Your manager is not your customer.",
                List.of(new MessagePart.NudgePart("manager-as-customer", "Your manager is not your customer.",
                        "Whom does your manager's work serve?", "<!channel> my boss"),
                        new MessagePart.ChoicesPart(List.of(ButtonAction.KEEP), "question:1:0")));

        BlockKitRenderer.SlackMessage rendered = renderer.render(nudge);
        String json = GsonFactory.createSnakeCase().toJson(rendered.blocks());

        assertThat(json).contains("\"type\":\"plain_text\",\"text\":\"You wrote: \\u003c!channel\\u003e my boss\"");
        assertThat(json).doesNotContain("\"type\":\"mrkdwn\"");
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
    void textOnlyMessageWithButtonsGetsItsTextAsASection() {
        OutboundMessage message = new OutboundMessage(new Destination.DirectMessage(ANA), "You are paused. <3",
                List.of(new MessagePart.ChoicesPart(List.of(ButtonAction.RESUME), "question:1:0")));

        BlockKitRenderer.SlackMessage rendered = renderer.render(message);

        List<LayoutBlock> blocks = rendered.blocks();
        assertThat(blocks).hasSize(2);
        assertThat(((SectionBlock) blocks.get(0)).getText().getType()).isEqualTo("plain_text");
        assertThat(rendered.text()).isEqualTo("You are paused. &lt;3");
    }

    @Test
    void plainTextMessageHasNoBlocks() {
        BlockKitRenderer.SlackMessage rendered = renderer.render(
                OutboundMessage.text(new Destination.DirectMessage(ANA), "Thanks & see you next week"));

        assertThat(rendered.blocks()).isEmpty();
        assertThat(rendered.text()).isEqualTo("Thanks &amp; see you next week");
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
    void aPairsWordingIsShownAsPlainTextSoItCanNeitherPingNorFormat() {
        String json = GsonFactory.createSnakeCase().toJson(renderer.render(summaryTo(new Destination.ChannelPost(TEAM),
                HOSTILE)).blocks());

        assertThat(json).contains("{\"type\":\"plain_text\",\"text\":\"Are \\\"borrowers\\\" and \\\""
                + "\\u003c!channel\\u003e *library* patrons \\u0026 \\u003c@U0BEN\\u003e\\\" the same customer?\"");
        assertThat(json).contains("\"type\":\"mrkdwn\",\"text\":\"*Same customer?*\"")
                .doesNotContain("\"type\":\"mrkdwn\",\"text\":\"Are");
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
        assertThat(GsonFactory.createSnakeCase().toJson(direct.blocks())).contains("Reply merge \\u003c!channel\\u003e");
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
