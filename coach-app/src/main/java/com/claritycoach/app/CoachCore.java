package com.claritycoach.app;

import com.claritycoach.app.config.Environment;
import com.claritycoach.app.config.Understanding;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.PlaybookException;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreException;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The platform-free parts every mode needs, opened once: the store, the playbooks, the coaching
 * rules and what reads the meaning of answers ({@code COACH_UNDERSTANDING}). Opening fails with a {@link StartupException} whose one-line message names the cause.
 */
public record CoachCore(CoachStore store, PlaybookCatalog playbooks, CoachingRules rules, Meanings meanings)
        implements AutoCloseable {
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:clarity-coach.db";

    /**
     * Opens the core from {@code COACH_DB_URL}, {@code COACH_DB_USER}, {@code COACH_DB_PASSWORD},
     * {@code COACH_PLAYBOOKS_DIR} and {@code COACH_UNDERSTANDING}.
     */
    public static CoachCore fromEnv(Map<String, String> env, String dbUrlOverride) {
        String url = dbUrlOverride != null ? dbUrlOverride : env.getOrDefault("COACH_DB_URL", DEFAULT_DB_URL);
        return open(new DatabaseConfig(url, env.get("COACH_DB_USER"), env.get("COACH_DB_PASSWORD")), playbooks(env),
                Understanding.from(new Environment(env)).meanings());
    }

    /** The built-in playbooks plus those in {@code COACH_PLAYBOOKS_DIR}, or one line saying what is wrong. */
    public static PlaybookCatalog playbooks(Map<String, String> env) {
        String dir = env.get("COACH_PLAYBOOKS_DIR");
        try {
            return PlaybookCatalog.load(dir == null || dir.isBlank() ? null : Path.of(dir));
        } catch (PlaybookException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    public static CoachCore open(DatabaseConfig database, PlaybookCatalog playbooks, Meanings meanings) {
        try {
            return new CoachCore(CoachStores.open(database), playbooks, CoachingRules.standard(), meanings);
        } catch (StoreException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
