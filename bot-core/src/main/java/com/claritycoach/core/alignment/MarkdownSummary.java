package com.claritycoach.core.alignment;

import com.claritycoach.core.message.MessagePart.SummaryPart;

/** The summary as Markdown-flavoured plain text: for the console, logs, exports and notifications. */
public final class MarkdownSummary {
    private MarkdownSummary() {
    }

    public static String render(SummaryPart part) {
        StringBuilder text = new StringBuilder("**").append(part.title()).append("**\n").append(part.headline());
        for (SummaryPart.Section section : part.sections()) {
            text.append("\n\n**").append(section.heading()).append("**");
            section.lines().forEach(line -> text.append("\n- ").append(line));
        }
        return text.toString();
    }
}
