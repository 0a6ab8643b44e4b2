package com.claritycoach.core.store.jdbc;

import java.util.Map;
import java.util.Objects;

/**
 * Where the coach keeps its data. SQLite needs no server, so it is the default; PostgreSQL lets
 * several instances share one store.
 *
 * @param url {@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST:PORT/DB}
 * @param user database user, or null when the URL or the database needs none
 * @param password database password, or null; never shown by {@link #toString()}
 */
public record DatabaseConfig(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:sqlite:clarity-coach.db";

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
    }

    /** Reads {@code COACH_DB_URL} (default {@value #DEFAULT_URL}), {@code COACH_DB_USER} and {@code COACH_DB_PASSWORD}. */
    public static DatabaseConfig fromEnvironment(Map<String, String> environment) {
        return new DatabaseConfig(
                valueOr(environment.get("COACH_DB_URL"), DEFAULT_URL),
                valueOr(environment.get("COACH_DB_USER"), null),
                valueOr(environment.get("COACH_DB_PASSWORD"), null));
    }

    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, null, null);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + JdbcErrors.redact(url) + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + "]";
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
