package com.claritycoach.core.alignment;

import com.claritycoach.core.message.MessagePart.SummaryPart;

/**
 * The summary as Markdown-flavoured plain text: for the console, logs, exports and notifications. The
 * pairs a manager is asked about come last, each with the commands that answer it, since plain text
 * has no buttons.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String render(SummaryPart part) {
        StringBuilder text = new StringBuilder("**").append(part.title()).append("**\n").append(part.headline());
        for (SummaryPart.Section section : part.sections()) {
            text.append("\n\n**").append(section.heading()).append("**");
            section.lines().forEach(line -> text.append("\n- ").append(line));
        }
        if (!part.undecided().isEmpty()) {
            text.append("\n\n**").append(SummaryPart.Undecided.HEADING).append("**");
            part.undecided().forEach(pair -> text.append("\n- ").append(pair.question()).append(" Reply ")
                    .append(pair.mergeCommand()).append(" or ").append(pair.splitCommand()));
        }
        return text.toString();
    }
}
