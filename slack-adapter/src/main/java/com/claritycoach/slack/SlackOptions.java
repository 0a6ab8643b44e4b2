package com.claritycoach.slack;

import java.util.List;

/**
 * How to reach Slack, already validated by the app's configuration.
 *
 * @param botToken {@code xoxb-…} for a single workspace; null when installs come through OAuth
 * @param signingSecret verifies HTTP requests; null only in Socket Mode
 * @param appToken {@code xapp-…}: connect out over Socket Mode instead of receiving HTTP; may be null
 * @param apiUrl the Web API base ending in {@code /}, e.g. {@code https://slack.com/api/}
 * @param clientId with {@code clientSecret}, turns on the OAuth install; both null otherwise
 * @param redirectUri the OAuth redirect URL registered with Slack, or null to use the app's default
 */
public record SlackOptions(
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        String clientId,
        String clientSecret,
        String redirectUri) {

    /** The Web API base Slack itself serves. */
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    /** The bot scopes the coach asks for; {@code slack-app-manifest.yml} lists the same. */
    public static final List<String> BOT_SCOPES = List.of(
            "commands", "chat:write", "im:write", "im:history", "users:read", "channels:read", "groups:read",
            "files:write");

    public SlackOptions {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl;
    }

    public boolean socketMode() {
        return appToken != null;
    }

    public boolean oauth() {
        return clientId != null && clientSecret != null;
    }
}
