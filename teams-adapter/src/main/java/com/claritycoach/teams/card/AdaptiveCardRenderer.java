package com.claritycoach.teams.card;

import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.MessagePart.AnswersPart;
import com.claritycoach.core.message.MessagePart.ChoicesPart;
import com.claritycoach.core.message.MessagePart.ExportPart;
import com.claritycoach.core.message.MessagePart.NudgePart;
import com.claritycoach.core.message.MessagePart.PromptPart;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import com.claritycoach.core.message.OutboundMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the coach's messages as Adaptive Cards 1.5. Text that may carry member or playbook wording
 * only ever goes through {@link InertRuns} (a {@code RichTextBlock}'s {@code TextRun}, which Teams shows
 * verbatim: no Markdown, no links, no mentions); {@code TextBlock} (which parses Markdown) holds only the
 * coach's own fixed words. Summary lines stay on one line, and each of a member's own answers sits in a
 * container of its own. Cards stay well under Teams' 28 KB message limit: long texts are cut and a chart too
 * large to embed is left out. A summary in a team's channel asks about each undecided pair with Same
 * and Different {@code Action.Submit} buttons ({@link PairSubmit}).
 */
public final class AdaptiveCardRenderer {
    /** Key of the {@code Action.Submit} data that names the button; values are {@link ButtonAction#id()}. */
    public static final String ACTION_KEY = "action";
    /**
     * Key of the {@code Action.Submit} data that carries the buttons' {@link ChoicesPart#scope()}, which a
     * click hands back to the engine unread.
     */
    public static final String SCOPE_KEY = "scope";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_SUMMARY = 250;
    private static final int MAX_LINES = 120;
    /** A chart's Base64 budget, leaving room in Teams' 28 KB message limit for the summary's text. */
    private static final int MAX_CHART_BASE64 = 16_000;

    public TeamsCard render(OutboundMessage message) {
        return render(message.text(), message.parts(), teamChannel(message.to()));
    }

    /** @param text the whole message as plain text, shown as it is when no part gives it structure */
    public TeamsCard render(String text, List<MessagePart> parts) {
        return render(text, parts, Optional.empty());
    }

    /** The channel of the team a message is for; a personal chat has none, so its pairs get no buttons. */
    private static Optional<String> teamChannel(Destination to) {
        if (to instanceof Destination.ChannelPost post) {
            return Optional.of(post.team().channelId());
        }
        if (to instanceof Destination.PrivateReply reply) {
            return Optional.of(reply.team().channelId());
        }
        return Optional.empty();
    }

    private TeamsCard render(String text, List<MessagePart> parts, Optional<String> channel) {
        ObjectNode card = JSON.createObjectNode();
        card.put("type", "AdaptiveCard").put("version", "1.5")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        ArrayNode body = card.putArray("body");
        ArrayNode actions = JSON.createArrayNode();
        boolean structured = false;
        String summary = firstLine(text);
        for (MessagePart part : parts) {
            if (part instanceof PromptPart p) {
                prompt(p, body);
                structured = true;
            } else if (part instanceof NudgePart n) {
                nudge(n, body);
                structured = true;
            } else if (part instanceof SummaryPart s) {
                summary(s, body, channel);
                summary = s.title();
                card.putObject("msteams").put("width", "Full");
                structured = true;
            } else if (part instanceof AnswersPart a) {
                answers(a, body);
                structured = true;
            } else if (part instanceof ExportPart e) {
                export(e, body);
                structured = true;
            } else if (part instanceof ChoicesPart c) {
                choices(c, actions);
            }
        }
        if (!structured) {
            lines(text, body);
        }
        if (!actions.isEmpty()) {
            card.set("actions", actions);
        }
        return new TeamsCard(cut(summary, MAX_SUMMARY), card);
    }

    private static void prompt(PromptPart p, ArrayNode body) {
        String where = "Question " + p.number() + " of " + p.total();
        ObjectNode header = richText(body, where, "subtle");
        if (p.teamName() != null && !p.teamName().isBlank()) {
            inlines(header).add(run(" · " + p.teamName(), "subtle"));
        }
        richText(body, p.prompt().text(), "question");
        if (!p.prompt().why().isBlank()) {
            richText(body, "Why we ask: " + p.prompt().why(), "subtle");
        }
        if (!p.prompt().example().isBlank()) {
            richText(body, "For example: " + p.prompt().example(), "subtle");
        }
        if (p.currentAnswer() != null && !p.currentAnswer().isBlank()) {
            richText(body, "Your answer so far: " + p.currentAnswer(), "subtle");
        }
        ObjectNode hint = body.addObject().put("type", "TextBlock").put("text", "Type your answer in this chat.")
                .put("isSubtle", true).put("size", "Small").put("wrap", true);
        hint.put("spacing", "Medium");
    }

    private static void nudge(NudgePart n, ArrayNode body) {
        if (n.answer() != null && !n.answer().isBlank()) {
            richText(body, "You wrote: " + n.answer(), "subtle");
        }
        if (n.explanation() != null && !n.explanation().isBlank()) {
            richText(body, n.explanation(), "plain");
        }
        if (n.followUp() != null && !n.followUp().isBlank()) {
            richText(body, n.followUp(), "question");
        }
    }

    private static void summary(SummaryPart s, ArrayNode body, Optional<String> channel) {
        richText(body, s.title(), "title");
        if (s.headline() != null && !s.headline().isBlank()) {
            richText(body, s.headline(), "plain");
        }
        if (sections(s, body) && s.chartPng() != null && s.chartPng().length > 0) {
            ChartImage.dataUrl(s.chartPng(), MAX_CHART_BASE64).ifPresent(url -> body.addObject().put("type", "Image")
                    .put("url", url).put("altText", "Alignment chart").put("size", "Stretch"));
        }
        undecided(s.undecided(), body, channel);
    }

    /** The sections, one block per line; false when they were cut to keep the card small. */
    private static boolean sections(SummaryPart s, ArrayNode body) {
        int lines = 0;
        for (SummaryPart.Section section : s.sections()) {
            richText(body, section.heading(), "heading").put("separator", true).put("spacing", "Medium");
            for (String line : section.lines()) {
                if (++lines > MAX_LINES) {
                    richText(body, "(more in the exported answers)", "subtle");
                    return false;
                }
                richText(body, "• " + InertRuns.oneLine(line), "plain").put("spacing", "None");
            }
        }
        return true;
    }

    /**
     * Each pair's question, then its Same and Different buttons when the summary is in a team's channel
     * and the pair fits in the card; otherwise the commands that answer it.
     */
    private static void undecided(List<Undecided> pairs, ArrayNode body, Optional<String> channel) {
        if (pairs.isEmpty()) {
            return;
        }
        richText(body, Undecided.HEADING, "heading").put("separator", true).put("spacing", "Medium");
        for (Undecided pair : pairs) {
            richText(body, InertRuns.oneLine(pair.question()), "plain");
            List<ObjectNode> submits = new ArrayList<>();
            for (PairVerdict verdict : PairVerdict.values()) {
                channel.flatMap(c -> PairSubmit.data(verdict, c, pair)).ifPresent(data -> submits.add(JSON.createObjectNode()
                        .put("type", "Action.Submit").put("title", verdict.label()).set("data", data)));
            }
            if (submits.size() == PairVerdict.values().length) {
                body.addObject().put("type", "ActionSet").putArray("actions").addAll(submits);
            } else {
                richText(body, InertRuns.oneLine("Reply " + pair.mergeCommand() + " or " + pair.splitCommand()), "subtle");
            }
        }
    }

    /** Each answer in a shaded container of its own under its question, so a line break in it cannot pass for the next question. */
    private static void answers(AnswersPart a, ArrayNode body) {
        for (AnswersPart.TeamAnswers team : a.teams()) {
            richText(body, team.heading(), "heading").put("spacing", "Medium");
            for (AnswersPart.QuestionAnswer qa : team.answers()) {
                richText(body, qa.question(), "plain");
                ObjectNode box = body.addObject().put("type", "Container").put("style", "emphasis").put("spacing", "Small");
                InertRuns.block(box.putArray("items"), qa.answer() == null ? "(no answer)" : qa.answer(),
                        qa.answer() == null ? "subtle" : "plain").put("wrap", true);
            }
        }
    }

    /** The CSV in a monospace font, one block per line as it is written. */
    private static void export(ExportPart e, ArrayNode body) {
        richText(body, e.intro(), "plain");
        String[] lines = e.csv().split("\n", -1);
        int shown = 0;
        for (String line : lines) {
            if (++shown > MAX_LINES) {
                richText(body, "…", "subtle");
                return;
            }
            richText(body, line.isEmpty() ? " " : line, "mono").put("spacing", "None");
        }
    }

    private static void choices(ChoicesPart c, ArrayNode actions) {
        for (ButtonAction action : c.actions()) {
            ObjectNode submit = actions.addObject().put("type", "Action.Submit").put("title", action.label());
            ObjectNode data = submit.putObject("data").put(ACTION_KEY, action.id());
            if (!c.scope().isEmpty()) {
                data.put(SCOPE_KEY, c.scope());
            }
            if (action == ButtonAction.FORGET_CONFIRM) {
                submit.put("style", "destructive");
            }
        }
    }

    /** Plain text, one block per line so that line breaks survive without Markdown. */
    private static void lines(String text, ArrayNode body) {
        String[] lines = text.split("\n", -1);
        int shown = 0;
        for (String line : lines) {
            if (++shown > MAX_LINES) {
                richText(body, "…", "plain");
                return;
            }
            ObjectNode block = richText(body, line.isEmpty() ? " " : line, "plain");
            if (shown > 1) {
                block.put("spacing", "None");
            }
        }
    }

    private static ObjectNode richText(ArrayNode body, String text, String style) {
        return InertRuns.block(body, text, style);
    }

    private static ArrayNode inlines(ObjectNode richTextBlock) {
        return (ArrayNode) richTextBlock.get("inlines");
    }

    private static ObjectNode run(String text, String style) {
        return InertRuns.run(text, style);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String cut(String text, int max) {
        return InertRuns.cut(text, max);
    }
}
