package com.claritycoach.core.csv;

/**
 * Keeps a CSV cell from running as a formula when the file is opened in a spreadsheet (OWASP's CSV
 * injection rule): a cell starting with {@code = + - @}, tab or carriage return gets a leading single
 * quote. So that reading gives back exactly what was written, a cell that already starts with a quote
 * followed by one of those characters or by another quote gets one too, and {@link #unescape} removes a
 * leading quote only before one of those characters: the one the writer added.
 */
public final class SpreadsheetSafe {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char QUOTE = '\'';

    private SpreadsheetSafe() {
    }

    public static String escape(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 || addedQuoteBefore(cell) ? QUOTE + cell : cell;
    }

    public static String unescape(String cell) {
        return addedQuoteBefore(cell) ? cell.substring(1) : cell;
    }

    /** Whether the cell starts with a quote that {@link #escape} put there (or would put before the rest). */
    private static boolean addedQuoteBefore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == QUOTE
                && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == QUOTE);
    }
}
