package com.claritycoach.teams.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The one way text that may hold member words reaches a Teams card: a {@code TextRun} of a
 * {@code RichTextBlock}, which Teams shows verbatim (no Markdown, no links, no mentions), unlike a
 * {@code TextBlock}, which parses Markdown and is left to the coach's fixed words. Where an entry must
 * stay on one line (a summary line), line breaks are shown as {@value #SHOWN_BREAK} so they cannot pass
 * for the next entry or a heading.
 */
final class InertRuns {
    static final String SHOWN_BREAK = " ↵ ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RUN = 2_000;
    private static final Pattern BREAK = Pattern.compile("\\r\\n|[\\r\\n\\x0B\\f\\x{85}\\u2028\\u2029]");

    private InertRuns() {
    }

    /** Appends a block showing {@code text} verbatim in the given style, and returns it. */
    static ObjectNode block(ArrayNode body, String text, String style) {
        ObjectNode block = body.addObject().put("type", "RichTextBlock");
        block.putArray("inlines").add(run(text, style));
        return block;
    }

    /** A run of {@code text}, cut to Teams' practical length: title, heading, question, subtle, mono or plain. */
    static ObjectNode run(String text, String style) {
        ObjectNode run = JSON.createObjectNode().put("type", "TextRun").put("text", cut(text, MAX_RUN));
        switch (style) {
            case "title" -> run.put("size", "Large").put("weight", "Bolder");
            case "heading" -> run.put("weight", "Bolder");
            case "question" -> run.put("size", "Medium").put("weight", "Bolder");
            case "subtle" -> run.put("isSubtle", true).put("size", "Small");
            case "mono" -> run.put("fontType", "Monospace");
            default -> {
            }
        }
        return run;
    }

    /** The text with every line break shown as {@value #SHOWN_BREAK}. */
    static String oneLine(String text) {
        return text == null ? "" : BREAK.matcher(text).replaceAll(SHOWN_BREAK);
    }

    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
