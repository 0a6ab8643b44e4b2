package com.claritycoach.core.inbound;

/**
 * Request text made fit for one log line. Whatever a caller sends (a query parameter, a header, an
 * activity type) could carry line breaks that forge log lines, or control and direction characters
 * that hide what was sent; here every such character is written as its escape (backslash, {@code u},
 * four hex digits), quotes and backslashes are escaped too, and the value is quoted and cut, so a log
 * line always says exactly what arrived.
 */
public final class LogText {
    static final int MAX_CHARS = 120;

    private LogText() {
    }

    /** The value quoted for a log line; {@code null} for a value that is absent. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        int shown = Math.min(value.length(), MAX_CHARS);
        StringBuilder out = new StringBuilder(shown + 16).append('"');
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (value.length() > shown) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    private static boolean unsafe(char c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}
