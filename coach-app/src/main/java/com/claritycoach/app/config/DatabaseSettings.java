package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;

/**
 * Where the coach keeps its data: a SQLite file for one instance, PostgreSQL for several.
 * {@code COACH_DB_URL} (default {@code jdbc:sqlite:clarity-coach.db}), with optional
 * {@code COACH_DB_USER} and {@code COACH_DB_PASSWORD}.
 */
public record DatabaseSettings(String url, String user, String password) {
    public static final String DEFAULT_URL = "jdbc:sqlite:clarity-coach.db";

    public static DatabaseSettings from(Environment env) {
        String url = env.optional("COACH_DB_URL").orElse(DEFAULT_URL);
        if (!(url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:"))) {
            throw new StartupException("COACH_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, "
                    + "for example jdbc:sqlite:clarity-coach.db.");
        }
        return new DatabaseSettings(url, env.optional("COACH_DB_USER").orElse(null),
                env.secret("COACH_DB_PASSWORD").orElse(null));
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url.replaceAll("password=[^&]*", "password=***") + "]";
    }
}
