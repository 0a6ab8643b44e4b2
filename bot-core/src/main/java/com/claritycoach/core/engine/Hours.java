package com.claritycoach.core.engine;

/** Reads a whole number of hours typed by a manager. */
final class Hours {
    private Hours() {
    }

    /** The number, or null when it is not a whole number within the bounds. */
    static Integer parse(String text, int min, int max) {
        String t = text.strip().replaceFirst("(?i)\\s*(h|hours?)$", "");
        if (!t.matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(t);
        return value < min || value > max ? null : value;
    }
}
