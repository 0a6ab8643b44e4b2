package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.RecordingSink;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocketModeStartTest {

    @Test
    void socketModeConnectsOutWithTheAppTokenAndExplainsARefusalInOneLine() {
        try (FakeSlackApi slack = new FakeSlackApi().failNext("apps.connections.open", "invalid_auth");
             SlackAdapter adapter = SlackAdapter.create(new SlackOptions("xoxb-test-0000000000", null,
                     "xapp-1-A0COACH01-0000", slack.apiUrl(), null, null, null), null, Clock.systemUTC())) {

            assertThatThrownBy(() -> adapter.start(new RecordingSink(),
                    member -> View.builder().type("home").blocks(List.of()).build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Slack Socket Mode could not connect with SLACK_APP_TOKEN")
                    .hasMessageNotContaining("\n")
                    .hasMessageNotContaining("xapp-1-A0COACH01-0000");
            assertThat(slack.calls("apps.connections.open")).first()
                    .satisfies(call -> assertThat(call.token()).isEqualTo("xapp-1-A0COACH01-0000"));
        }
    }
}
