package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;
import com.claritycoach.teams.TeamsOptions;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Microsoft Teams variables. Teams is on when any of them is set, and also when no other
 * platform is configured (so a bare {@code serve} can be tried with Microsoft's local Teams client).
 * Without an app id it runs in local development mode, which production refuses.
 */
public final class TeamsSettings {
    public static final List<String> VARIABLES = List.of("MICROSOFT_APP_ID", "MICROSOFT_APP_PASSWORD",
            "MICROSOFT_APP_TENANT_ID", "BOT_OPENID_METADATA");

    private TeamsSettings() {
    }

    /** The Teams options, or empty when Teams is off. */
    public static Optional<TeamsOptions> from(Environment env, boolean otherPlatform) {
        if (otherPlatform && VARIABLES.stream().noneMatch(env::isSet)) {
            return Optional.empty();
        }
        Optional<String> appId = env.optional("MICROSOFT_APP_ID");
        Optional<String> password = env.secret("MICROSOFT_APP_PASSWORD");
        Optional<String> tenant = env.optional("MICROSOFT_APP_TENANT_ID");
        String metadata = env.httpUrl("BOT_OPENID_METADATA").map(Object::toString).orElse(null);
        if (appId.isEmpty()) {
            if (password.isPresent() || tenant.isPresent()) {
                throw new StartupException("MICROSOFT_APP_ID is not set: it is needed with MICROSOFT_APP_PASSWORD and "
                        + "MICROSOFT_APP_TENANT_ID (the bot's app id from its Azure Bot resource).");
            }
            if ("production".equalsIgnoreCase(env.optional("COACH_ENV").orElse(""))) {
                throw new StartupException("MICROSOFT_APP_ID is not set, and COACH_ENV=production does not allow Teams "
                        + "to run unauthenticated: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (see docs/teams.md).");
            }
            return Optional.of(new TeamsOptions(null, null, null, metadata));
        }
        if (password.isEmpty()) {
            throw new StartupException("MICROSOFT_APP_PASSWORD is not set: it is the client secret of the bot's app "
                    + "registration, needed with MICROSOFT_APP_ID.");
        }
        return Optional.of(new TeamsOptions(appId.get(), password.get(), tenant.orElse(null), metadata));
    }
}
