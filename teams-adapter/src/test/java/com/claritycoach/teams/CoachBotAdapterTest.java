package com.claritycoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import org.junit.jupiter.api.Test;

class CoachBotAdapterTest {
    private static final String TENANT = "72f988bf-0000-4000-8000-0000000000aa";

    @Test
    void singleTenantAppGetsItsOutboundTokensFromItsOwnTenant() {
        CoachBotAdapter adapter = new CoachBotAdapter(new TeamsOptions("app-id", "secret", TENANT, null));

        AppCredentials replies = adapter.buildAppCredentials("app-id", AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE).join();

        assertThat(replies.oAuthEndpoint()).contains(TENANT).doesNotContain("botframework.com");
        assertThat(replies.getAppId()).isEqualTo("app-id");
        assertThat(adapter.credentials().oAuthEndpoint()).contains(TENANT);
    }

    @Test
    void multiTenantAppUsesTheBotFrameworkTenant() {
        CoachBotAdapter adapter = new CoachBotAdapter(new TeamsOptions("app-id", "secret", null, null));

        assertThat(adapter.credentials().oAuthEndpoint()).contains("botframework.com");
    }

    @Test
    void developmentModeSendsNoToken() {
        CoachBotAdapter adapter = new CoachBotAdapter(TeamsOptions.development());

        assertThat(adapter.credentials().getAppId()).isNullOrEmpty();
    }
}
