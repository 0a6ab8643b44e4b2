package com.claritycoach.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.RichTextElement;
import com.slack.api.model.block.element.RichTextListElement;
import com.slack.api.model.block.element.RichTextQuoteElement;
import com.slack.api.model.block.element.RichTextSectionElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way text that may hold member words reaches Slack: as unstyled {@code text} elements of a
 * {@code rich_text} block. Slack parses nothing there: mrkdwn has no escape for {@code *_~`}, but a
 * rich text element carries its style, links, mentions and emoji as separate typed elements, so
 * {@code *Alignment score: 100%*}, {@code https://…}, {@code :tada:} and {@code <!channel>} show
 * exactly as typed and act as nothing. Mrkdwn and {@code plain_text} are left to the coach's own words.
 */
final class InertText {
    /** Long text is spread over several elements so that none exceeds Slack's 3,000-character text limit. */
    static final int MAX_ELEMENT = 2_000;
    /** A line break shown inside a one-line entry, where a real break could pass for the next entry. */
    static final String SHOWN_BREAK = " ↵ ";
    private static final Pattern BREAK = Pattern.compile("\\r\\n|[\\r\\n\\x0B\\f\\x{85}\\u2028\\u2029]");

    private InertText() {
    }

    /** A block showing {@code text} verbatim, line breaks included. */
    static LayoutBlock block(String text) {
        return rich(section(text));
    }

    /** A block with {@code label} on one line and {@code text} below it, set apart as a quote. */
    static LayoutBlock quoted(String label, String text) {
        return rich(section(label), RichTextQuoteElement.builder().elements(texts(text)).build());
    }

    /** A bulleted list, one entry per line, each kept on one line ({@link #oneLine}). */
    static LayoutBlock bullets(List<String> lines) {
        List<RichTextElement> items = new ArrayList<>();
        for (String line : lines) {
            items.add(section(oneLine(line)));
        }
        return rich(RichTextListElement.builder().style("bullet").indent(0).elements(items).build());
    }


    /** The text with every line break shown as {@value #SHOWN_BREAK}, so it cannot start a line of its own. */
    static String oneLine(String text) {
        return text == null ? "" : BREAK.matcher(text).replaceAll(SHOWN_BREAK);
    }

    private static RichTextSectionElement section(String text) {
        return RichTextSectionElement.builder().elements(texts(text)).build();
    }

    private static LayoutBlock rich(BlockElement... elements) {
        return RichTextBlock.builder().elements(List.of(elements)).build();
    }

    /** Unstyled text elements together holding exactly {@code text} (a space for empty text, which Slack refuses). */
    private static List<RichTextElement> texts(String text) {
        String all = text == null || text.isEmpty() ? " " : text;
        List<RichTextElement> texts = new ArrayList<>();
        int start = 0;
        while (start < all.length()) {
            int end = Math.min(all.length(), start + MAX_ELEMENT);
            if (end < all.length() && Character.isHighSurrogate(all.charAt(end - 1))) {
                end--;
            }
            texts.add(RichTextSectionElement.Text.builder().text(all.substring(start, end)).build());
            start = end;
        }
        return texts;
    }
}
