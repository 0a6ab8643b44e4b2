package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;
import com.claritycoach.slack.SlackOptions;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Slack variables. Slack is on when any of them is set; then the combination must make
 * sense: HTTP mode needs the signing secret, and a bot token is needed unless workspaces install the
 * app through OAuth (which needs HTTP mode; a bot token set alongside OAuth is not used).
 */
public final class SlackSettings {
    public static final List<String> VARIABLES = List.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN",
            "SLACK_API_URL", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_REDIRECT_URI");

    private SlackSettings() {
    }

    /** The Slack options, or empty when no Slack variable is set. */
    public static Optional<SlackOptions> from(Environment env) {
        if (VARIABLES.stream().noneMatch(env::isSet)) {
            return Optional.empty();
        }
        String appToken = token(env, "SLACK_APP_TOKEN", "xapp-", "an app-level token").orElse(null);
        String clientId = env.optional("SLACK_CLIENT_ID").orElse(null);
        String clientSecret = env.secret("SLACK_CLIENT_SECRET").orElse(null);
        if (clientId != null && clientSecret == null) {
            throw new StartupException("SLACK_CLIENT_SECRET is not set: it is needed with SLACK_CLIENT_ID for the OAuth install.");
        }
        if (clientSecret != null && clientId == null) {
            throw new StartupException("SLACK_CLIENT_ID is not set: it is needed with SLACK_CLIENT_SECRET for the OAuth install.");
        }
        boolean oauth = clientId != null;
        if (oauth && appToken != null) {
            throw new StartupException("SLACK_APP_TOKEN cannot be used with SLACK_CLIENT_ID: the OAuth install "
                    + "needs HTTP mode, so unset one of them.");
        }
        Optional<String> botToken = token(env, "SLACK_BOT_TOKEN", "xoxb-", "a bot token");
        if (botToken.isEmpty() && !oauth) {
            throw new StartupException("SLACK_BOT_TOKEN is not set: it is the app's Bot User OAuth Token (xoxb-…); "
                    + "or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to let workspaces install the app.");
        }
        String signingSecret = env.secret("SLACK_SIGNING_SECRET").orElse(null);
        if (appToken == null && signingSecret == null) {
            throw new StartupException("SLACK_SIGNING_SECRET is not set: it verifies Slack's requests in HTTP mode "
                    + "(or set SLACK_APP_TOKEN to use Socket Mode).");
        }
        String apiUrl = env.httpUrl("SLACK_API_URL").map(u -> u.toString().endsWith("/") ? u.toString() : u + "/")
                .orElse(SlackOptions.DEFAULT_API_URL);
        String redirectUri = env.httpUrl("SLACK_REDIRECT_URI").map(Object::toString).orElse(null);
        return Optional.of(new SlackOptions(botToken.orElse(null), signingSecret, appToken, apiUrl, clientId,
                clientSecret, redirectUri));
    }

    private static Optional<String> token(Environment env, String name, String prefix, String what) {
        Optional<String> value = env.secret(name);
        if (value.isPresent() && !value.get().startsWith(prefix)) {
            throw new StartupException(name + " must be " + what + " starting with " + prefix
                    + "; copy it again from the Slack app settings.");
        }
        return value;
    }
}
