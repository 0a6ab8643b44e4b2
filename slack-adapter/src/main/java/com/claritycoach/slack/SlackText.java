package com.claritycoach.slack;

/**
 * Slack's three control characters. Text from Slack arrives with them escaped and with real mentions
 * as {@code <@U…>}; we store what the member meant and escape again on the way out, so that wording
 * such as {@code <!channel>} is shown, never acted on.
 */
public final class SlackText {
    private SlackText() {
    }

    /** Makes text safe for a mrkdwn field or a message's {@code text}: nothing in it can ping or link. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Undoes Slack's escaping of message text, giving the characters the member typed. */
    public static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
