package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.core.testing.RecordingSink;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How start-up reports what Slack refused, in one line that names the variable. */
class SlackStartTest {
    private static final SlackHomeViews HOME = member -> View.builder().type("home").blocks(List.of()).build();

    @Test
    void socketModeConnectsOutWithTheAppTokenAndExplainsARefusalInOneLine() {
        try (FakeSlackApi slack = new FakeSlackApi().failNext("apps.connections.open", "invalid_auth");
             SlackAdapter adapter = SlackAdapter.create(new SlackOptions("xoxb-test-0000000000", null,
                     "xapp-1-A0COACH01-0000", slack.apiUrl(), null, null, null), null, Clock.systemUTC())) {

            assertThatThrownBy(() -> adapter.start(new RecordingSink(), HOME))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Slack Socket Mode could not connect with SLACK_APP_TOKEN")
                    .hasMessageNotContaining("\n")
                    .hasMessageNotContaining("xapp-1-A0COACH01-0000");
            assertThat(slack.calls("apps.connections.open")).first()
                    .satisfies(call -> assertThat(call.token()).isEqualTo("xapp-1-A0COACH01-0000"));
        }
    }

    @Test
    void refusedBotTokenIsNamed() {
        try (FakeSlackApi slack = new FakeSlackApi().revoke("xoxb-revoked-0000");
             SlackAdapter adapter = SlackAdapter.create(new SlackOptions("xoxb-revoked-0000", "secret", null,
                     slack.apiUrl(), null, null, null), null, Clock.systemUTC())) {
            assertThatThrownBy(() -> adapter.start(new RecordingSink(), HOME))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("SLACK_BOT_TOKEN was refused by Slack")
                    .hasMessageContaining("invalid_auth")
                    .hasMessageNotContaining("xoxb-revoked-0000");
        }
    }

    @Test
    void unreachableSlackIsToldApartFromABadToken() {
        String closedPort;
        try (FakeSlackApi gone = new FakeSlackApi()) {
            closedPort = gone.apiUrl();
        }
        try (SlackAdapter adapter = SlackAdapter.create(new SlackOptions("xoxb-test-0000000000", "secret", null,
                closedPort, null, null, null), null, Clock.systemUTC())) {

            assertThatThrownBy(() -> adapter.start(new RecordingSink(), HOME))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("SLACK_API_URL " + closedPort + " did not answer");
        }
    }
}
