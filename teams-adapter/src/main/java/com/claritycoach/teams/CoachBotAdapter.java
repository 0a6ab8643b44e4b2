package com.claritycoach.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's adapter, configured from {@link TeamsOptions} instead of an {@code application.properties}
 * file, and with outbound credentials from the app's own tenant: a single-tenant app (what Azure creates
 * today) must get its tokens there, and the SDK has no setting for it.
 */
final class CoachBotAdapter extends BotFrameworkHttpAdapter {
    private final TeamsOptions options;

    CoachBotAdapter(TeamsOptions options) {
        super(configuration(options));
        this.options = options;
    }

    /** The credentials for creating a conversation: the app's, or none in development mode. */
    MicrosoftAppCredentials credentials() {
        if (!options.authEnabled()) {
            return MicrosoftAppCredentials.empty();
        }
        return new MicrosoftAppCredentials(options.appId(), options.appPassword(), options.tenantId(),
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (!options.authEnabled()) {
            return CompletableFuture.completedFuture(MicrosoftAppCredentials.empty());
        }
        return CompletableFuture.completedFuture(
                new MicrosoftAppCredentials(options.appId(), options.appPassword(), options.tenantId(), scope));
    }

    private static Configuration configuration(TeamsOptions options) {
        Properties properties = new Properties();
        if (options.authEnabled()) {
            properties.setProperty(MicrosoftAppCredentials.MICROSOFTAPPID, options.appId());
            properties.setProperty(MicrosoftAppCredentials.MICROSOFTAPPPASSWORD,
                    options.appPassword() == null ? "" : options.appPassword());
        }
        properties.setProperty(AuthenticationConstants.BOT_OPENID_METADATA_KEY, options.openIdMetadataUrl() != null
                ? options.openIdMetadataUrl() : AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL);
        return new Configuration() {
            @Override
            public String getProperty(String key) {
                return properties.getProperty(key);
            }

            @Override
            public Properties getProperties() {
                return properties;
            }

            @Override
            public String[] getProperties(String key) {
                String value = properties.getProperty(key);
                return value == null ? null : value.split(",");
            }
        };
    }
}
