package com.claritycoach.slack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Block Kit the way Slack does: which texts Slack parses (mrkdwn and {@code plain_text} text
 * objects, where markup, links or emoji codes may come alive) and which it shows verbatim (the unstyled
 * {@code text} elements of {@code rich_text} blocks, joined per line, quote or list entry).
 */
public final class SlackBlocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> parsed = new ArrayList<>();
    private final List<String> verbatim = new ArrayList<>();
    private final List<String> styled = new ArrayList<>();

    private SlackBlocks(JsonNode blocks) {
        for (JsonNode block : blocks) {
            if ("rich_text".equals(block.path("type").asText())) {
                richText(block.path("elements"));
            } else {
                collectTextObjects(block);
            }
        }
    }

    /** @param json a {@code blocks} parameter, or a view holding {@code blocks}; null for none */
    public static SlackBlocks of(String json) {
        if (json == null) {
            return new SlackBlocks(JSON.createArrayNode());
        }
        try {
            JsonNode tree = JSON.readTree(json);
            return new SlackBlocks(tree.isArray() ? tree : tree.path("blocks"));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts Slack formats: mrkdwn and {@code plain_text}. */
    public List<String> parsed() {
        return List.copyOf(parsed);
    }

    /** Texts Slack shows exactly as given, one per rich text line, quote or list entry. */
    public List<String> verbatim() {
        return List.copyOf(verbatim);
    }

    /** Rich text elements that carry a style, a link, a mention or an emoji. */
    public List<String> styled() {
        return List.copyOf(styled);
    }

    private void richText(JsonNode elements) {
        for (JsonNode element : elements) {
            String type = element.path("type").asText();
            if (type.equals("rich_text_list")) {
                richText(element.path("elements"));
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (JsonNode inline : element.path("elements")) {
                if ("text".equals(inline.path("type").asText()) && inline.path("style").isMissingNode()) {
                    line.append(inline.path("text").asText());
                } else {
                    styled.add(inline.toString());
                }
            }
            verbatim.add(line.toString());
        }
    }

    private void collectTextObjects(JsonNode node) {
        if (node.isObject()) {
            String type = node.path("type").asText();
            if ((type.equals("mrkdwn") || type.equals("plain_text")) && node.path("text").isTextual()) {
                parsed.add(node.path("text").asText());
            }
            node.forEach(this::collectTextObjects);
        } else if (node.isArray()) {
            node.forEach(this::collectTextObjects);
        }
    }
}
