package com.claritycoach.core.store.jdbc;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** Turns driver errors and URLs into one-line operator messages that never show a password. */
final class JdbcErrors {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

    private JdbcErrors() {
    }

    /** The URL with any password parameter or user-info password replaced by {@code ***}. */
    static String redact(String url) {
        if (url == null) {
            return "null";
        }
        String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParameter).replaceAll("$1***@");
    }

    /**
     * The driver's own explanation of {@code error} on one line: the innermost {@link SQLException}
     * in the cause chain (pool and migration tools wrap it), else the innermost cause.
     */
    static String oneLine(Throwable error) {
        Throwable chosen = null;
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            deepest = t;
            if (t instanceof SQLException) {
                chosen = t;
            }
        }
        Throwable source = chosen == null ? deepest : chosen;
        String message = source.getMessage();
        if (message == null || message.isBlank()) {
            message = source.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
