package com.claritycoach.teams;

/**
 * How the Teams adapter talks to the Bot Framework.
 *
 * @param appId the bot's Microsoft app id; null runs in local development mode: no token is checked on
 *     requests and none is sent with replies
 * @param appPassword the app's client secret
 * @param tenantId the Entra tenant of a single-tenant app (what Azure creates today): outbound tokens
 *     must come from it; null for a multi-tenant app
 * @param openIdMetadataUrl where the Bot Framework's token signing keys are published; null for
 *     Microsoft's public cloud (tests point it at a local document)
 */
public record TeamsOptions(String appId, String appPassword, String tenantId, String openIdMetadataUrl) {
    public static final String MESSAGES_PATH = "/api/messages";

    public boolean authEnabled() {
        return appId != null && !appId.isBlank();
    }

    /** Local development mode: nothing is authenticated. */
    public static TeamsOptions development() {
        return new TeamsOptions(null, null, null, null);
    }

    @Override
    public String toString() {
        return "TeamsOptions[appId=" + appId + ", tenantId=" + tenantId + ", openIdMetadataUrl=" + openIdMetadataUrl
                + ", appPassword=" + (appPassword == null ? "none" : "***") + "]";
    }
}
