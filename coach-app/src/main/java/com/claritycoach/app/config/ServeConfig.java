package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.teams.TeamsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything {@code serve} needs, from environment variables: the HTTP port ({@code PORT}, default
 * 3000), the database ({@code COACH_DB_URL}, {@code COACH_DB_USER}, {@code COACH_DB_PASSWORD}), extra
 * playbooks ({@code COACH_PLAYBOOKS_DIR}), how long closed check-ins are kept
 * ({@code COACH_RETENTION_DAYS}, empty: forever) and each platform's settings (Teams is on when
 * configured, or when no other platform is), and how summaries read answers ({@code COACH_UNDERSTANDING}).
 */
public record ServeConfig(int port, DatabaseConfig database, Path playbooksDir, Optional<SlackOptions> slack,
                          Optional<TeamsOptions> teams, Optional<Duration> retention, Understanding understanding) {
    public static final int DEFAULT_PORT = 3000;

    /** Summaries by spelling alone ({@link Understanding#LEXICAL}). */
    public ServeConfig(int port, DatabaseConfig database, Path playbooksDir, Optional<SlackOptions> slack,
                       Optional<TeamsOptions> teams, Optional<Duration> retention) {
        this(port, database, playbooksDir, slack, teams, retention, Understanding.LEXICAL);
    }

    /** Slack only, kept forever. */
    public ServeConfig(int port, DatabaseConfig database, Path playbooksDir, Optional<SlackOptions> slack) {
        this(port, database, playbooksDir, slack, Optional.empty(), Optional.empty());
    }

    public static ServeConfig from(Environment env) {
        int port = env.port("PORT", DEFAULT_PORT);
        String url = env.optional("COACH_DB_URL").orElse(DatabaseConfig.DEFAULT_URL);
        if (!(url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:"))) {
            throw new StartupException("COACH_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, "
                    + "for example jdbc:sqlite:clarity-coach.db.");
        }
        DatabaseConfig database = new DatabaseConfig(url, env.optional("COACH_DB_USER").orElse(null),
                env.secret("COACH_DB_PASSWORD").orElse(null));
        Path playbooks = env.optional("COACH_PLAYBOOKS_DIR").map(Path::of).orElse(null);
        if (playbooks != null && !Files.isDirectory(playbooks)) {
            throw new StartupException("COACH_PLAYBOOKS_DIR must be a directory, and " + playbooks + " is not one.");
        }
        Optional<Duration> retention = env.days("COACH_RETENTION_DAYS", "keep check-ins forever");
        Optional<SlackOptions> slack = SlackSettings.from(env);
        return new ServeConfig(port, database, playbooks, slack, TeamsSettings.from(env, slack.isPresent()), retention,
                Understanding.from(env));
    }
}
