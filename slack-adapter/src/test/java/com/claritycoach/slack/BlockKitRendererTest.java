package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
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
                        new MessagePart.ChoicesPart(List.of(ButtonAction.KEEP))));

        BlockKitRenderer.SlackMessage rendered = renderer.render(nudge);
        String json = GsonFactory.createSnakeCase().toJson(rendered.blocks());

        assertThat(json).contains("\"type\":\"plain_text\",\"text\":\"You wrote: \\u003c!channel\\u003e my boss\"");
        assertThat(json).doesNotContain("\"type\":\"mrkdwn\"");
        assertThat(rendered.blocks().get(rendered.blocks().size() - 1)).isInstanceOf(ActionsBlock.class);
    }

    @Test
    void textOnlyMessageWithButtonsGetsItsTextAsASection() {
        OutboundMessage message = new OutboundMessage(new Destination.DirectMessage(ANA), "You are paused. <3",
                List.of(new MessagePart.ChoicesPart(List.of(ButtonAction.RESUME))));

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

    @Test
    void escapingAndUnescapingAreInverse() {
        String typed = "<!channel> & <@U1> > 3";

        assertThat(SlackText.unescape(SlackText.escape(typed))).isEqualTo(typed);
        assertThat(SlackText.escape(typed)).doesNotContain("<", ">");
    }
}
