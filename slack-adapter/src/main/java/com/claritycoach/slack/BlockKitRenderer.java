package com.claritycoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart.AnswersPart;
import com.claritycoach.core.message.MessagePart.ChoicesPart;
import com.claritycoach.core.message.MessagePart.ExportPart;
import com.claritycoach.core.message.MessagePart.NudgePart;
import com.claritycoach.core.message.MessagePart.PromptPart;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lays out the coach's messages as Block Kit. Every text that may hold member words (answers, wordings,
 * names, and any message without structure of its own) goes through {@link InertText}, so Slack shows it
 * exactly as typed and never as formatting, a link or a mention; mrkdwn and {@code plain_text} hold only
 * the coach's and the playbook's words. The message text (what notifications show) is escaped. A summary
 * in a team's channel asks about each undecided pair with Same and Different buttons ({@link PairButtonValue}).
 */
public final class BlockKitRenderer {
    /**
     * Block id of the coach's buttons; the action ids are {@link ButtonAction#id()} and each value is the
     * buttons' {@link ChoicesPart#scope()}, which a click hands back to the engine unread.
     */
    public static final String ACTIONS_BLOCK_ID = "coach_actions";
    /** Block id of the Same / Different buttons of a summary's n-th undecided pair, followed by n. */
    static final String PAIR_BLOCK_ID = "coach_pair_";

    private static final int MAX_TEXT = 39_000;
    private static final int MAX_SECTION = 2_900;
    /** A summary line names a wording and who said it; a longer one is cut so the summary stays readable. */
    private static final int MAX_LINE = 500;
    private static final int MAX_PLAIN = 1_900;
    private static final int MAX_HEADER = 150;
    private static final int MAX_BLOCKS = 50;
    /** A team named by its channel id is shown as a link to the channel, which Slack displays by name. */
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{6,}");

    /** A message ready for {@code chat.postMessage}: escaped fallback text and the blocks. */
    public record SlackMessage(String text, List<LayoutBlock> blocks) {
        public SlackMessage {
            blocks = List.copyOf(blocks);
        }
    }

    public SlackMessage render(OutboundMessage message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (MessagePart part : message.parts()) {
            if (part instanceof PromptPart p) {
                prompt(p, blocks);
            } else if (part instanceof NudgePart n) {
                nudge(n, blocks);
            } else if (part instanceof ChoicesPart c) {
                choices(c, blocks);
            } else if (part instanceof SummaryPart s) {
                summary(s, blocks, teamChannel(message.to()));
            } else if (part instanceof AnswersPart a) {
                answers(a, blocks);
            } else if (part instanceof ExportPart e) {
                export(e, blocks);
            }
        }
        if (message.parts().stream().allMatch(ChoicesPart.class::isInstance)) {
            blocks.add(0, InertText.block(message.text()));
        }
        return new SlackMessage(cut(SlackText.escape(message.text()), MAX_TEXT),
                blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks);
    }

    /** The Block Kit for a summary alone, for surfaces such as the App Home. */
    public List<LayoutBlock> summaryBlocks(SummaryPart summary) {
        List<LayoutBlock> blocks = new ArrayList<>();
        summary(summary, blocks, Optional.empty());
        return blocks;
    }

    /** The channel of the team a message is for; a direct message has none, so its pairs get no buttons. */
    private static Optional<String> teamChannel(Destination to) {
        if (to instanceof Destination.ChannelPost post) {
            return Optional.of(post.team().channelId());
        }
        if (to instanceof Destination.PrivateReply reply) {
            return Optional.of(reply.team().channelId());
        }
        return Optional.empty();
    }

    private static void prompt(PromptPart p, List<LayoutBlock> blocks) {
        String team = p.teamName() == null || p.teamName().isBlank() ? ""
                : CHANNEL_ID.matcher(p.teamName()).matches() ? " · <#" + p.teamName() + ">"
                : " · " + SlackText.escape(p.teamName());
        String where = "Question " + p.number() + " of " + p.total() + team;
        blocks.add(context(c -> c.elements(List.of(markdownText(m -> m.text(where))))));
        blocks.add(section(s -> s.text(markdownText(m -> m.text(
                cut("*" + SlackText.escape(p.prompt().text()) + "*", MAX_SECTION))))));
        if (!p.prompt().why().isBlank()) {
            blocks.add(context(c -> c.elements(List.of(plain("Why we ask: " + p.prompt().why())))));
        }
        if (!p.prompt().example().isBlank()) {
            blocks.add(context(c -> c.elements(List.of(plain("For example: " + p.prompt().example())))));
        }
        if (p.currentAnswer() != null && !p.currentAnswer().isBlank()) {
            blocks.add(InertText.quoted("Your answer so far:", p.currentAnswer()));
        }
    }

    private static void nudge(NudgePart n, List<LayoutBlock> blocks) {
        if (n.answer() != null && !n.answer().isBlank()) {
            blocks.add(InertText.quoted("You wrote:", n.answer()));
        }
        if (n.explanation() != null && !n.explanation().isBlank()) {
            blocks.add(InertText.block(n.explanation()));
        }
        if (n.followUp() != null && !n.followUp().isBlank()) {
            blocks.add(InertText.block(n.followUp()));
        }
    }

    private static void choices(ChoicesPart c, List<LayoutBlock> blocks) {
        if (c.actions().isEmpty()) {
            return;
        }
        List<BlockElement> buttons = new ArrayList<>();
        String value = c.scope().isEmpty() ? null : c.scope();
        for (ButtonAction action : c.actions()) {
            buttons.add(button(b -> b.actionId(action.id()).value(value)
                    .text(plainText(t -> t.text(action.label()).emoji(true)))
                    .style(action == ButtonAction.FORGET_CONFIRM ? "danger" : null)));
        }
        blocks.add(actions(a -> a.blockId(ACTIONS_BLOCK_ID).elements(buttons)));
    }

    private static void summary(SummaryPart s, List<LayoutBlock> blocks, Optional<String> channel) {
        blocks.add(header(h -> h.text(plainText(t -> t.text(cut(s.title(), MAX_HEADER)).emoji(false)))));
        if (s.headline() != null && !s.headline().isBlank()) {
            blocks.add(section(b -> b.text(plain(s.headline()))));
        }
        for (SummaryPart.Section section : s.sections()) {
            blocks.add(divider());
            blocks.add(section(b -> b.text(markdownText(m -> m.text("*" + SlackText.escape(section.heading()) + "*")))));
            if (!section.lines().isEmpty()) {
                blocks.add(InertText.bullets(section.lines().stream().map(line -> cut(line, MAX_LINE)).toList()));
            }
        }
        undecided(s.undecided(), blocks, channel);
    }

    /**
     * Each pair's question, then its Same and Different buttons when the summary is in a team's channel
     * and the pair fits in a button; otherwise the commands that answer it.
     */
    private static void undecided(List<Undecided> pairs, List<LayoutBlock> blocks, Optional<String> channel) {
        if (pairs.isEmpty()) {
            return;
        }
        blocks.add(divider());
        blocks.add(section(b -> b.text(markdownText(m -> m.text("*" + SlackText.escape(Undecided.HEADING) + "*")))));
        for (int i = 0; i < pairs.size(); i++) {
            Undecided pair = pairs.get(i);
            blocks.add(InertText.block(InertText.oneLine(pair.question())));
            Optional<String> value = channel.flatMap(c -> PairButtonValue.of(c, pair));
            if (value.isPresent()) {
                List<BlockElement> buttons = new ArrayList<>();
                for (PairVerdict verdict : PairVerdict.values()) {
                    buttons.add(button(b -> b.actionId(PairButtonValue.actionId(verdict)).value(value.get())
                            .text(plainText(t -> t.text(verdict.label()).emoji(false)))));
                }
                String blockId = PAIR_BLOCK_ID + i;
                blocks.add(actions(a -> a.blockId(blockId).elements(buttons)));
            } else {
                blocks.add(InertText.block(InertText.oneLine("Reply " + pair.mergeCommand() + " or "
                        + pair.splitCommand())));
            }
        }
    }

    /** Each answer in a quote of its own under its question, so a line break in it cannot pass for the next question. */
    private static void answers(AnswersPart a, List<LayoutBlock> blocks) {
        for (AnswersPart.TeamAnswers team : a.teams()) {
            if (!blocks.isEmpty()) {
                blocks.add(divider());
            }
            blocks.add(InertText.block(team.heading()));
            for (AnswersPart.QuestionAnswer qa : team.answers()) {
                blocks.add(InertText.quoted(qa.question(), qa.answer() == null ? "(no answer)" : qa.answer()));
            }
        }
    }

    /** The CSV itself goes as a file ({@link SlackMessenger}), whole: the message only says what it holds. */
    private static void export(ExportPart e, List<LayoutBlock> blocks) {
        blocks.add(InertText.block(e.intro()));
    }

    private static TextObject plain(String text) {
        return plainText(t -> t.text(cut(text, MAX_PLAIN)).emoji(false));
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
