package com.claritycoach.core.store.jdbc;

import java.util.Optional;

/**
 * The databases the JDBC store speaks. The SQL is shared; only the migrations (id columns, boolean
 * defaults) and the connection settings differ. Adapters keeping their own tables in the same
 * database pick their migration folder by it.
 */
public enum Dialect {
    SQLITE("jdbc:sqlite:", "sqlite"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String folder;

    Dialect(String urlPrefix, String folder) {
        this.urlPrefix = urlPrefix;
        this.folder = folder;
    }

    /** The dialect of a JDBC URL, if it is one we support. */
    public static Optional<Dialect> of(String url) {
        for (Dialect dialect : values()) {
            if (url != null && url.startsWith(dialect.urlPrefix)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /** The folder name used for this dialect's migrations, e.g. {@code db/migration/sqlite}. */
    public String folder() {
        return folder;
    }

    String urlPrefix() {
        return urlPrefix;
    }
}
