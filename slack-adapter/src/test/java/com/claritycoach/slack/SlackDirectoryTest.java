package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackDirectoryTest {
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");
    private static final TeamRef TEAM = new TeamRef(TENANT, "C0TEAM0001");

    private FakeSlackApi api;
    private Slack slack;
    private SlackDirectory directory;

    @BeforeEach
    void start() {
        api = new FakeSlackApi()
                .user("U0MGR0001", "Maria Souza", "Europe/Lisbon", true, false, false)
                .user("U0ANA0001", "Ana Lima", "America/Sao_Paulo", false, false, false)
                .user("U0GONE0001", "Gone Person", null, false, false, true)
                .user("U0OTHERBOT", "Other bot", null, false, true, false)
                .user("U0BO00002", "Bo Chen", "Not/AZone", false, false, false)
                .channel("C0TEAM0001", List.of("U0MGR0001", "U0ANA0001", "U0COACHBOT"),
                        List.of("U0GONE0001", "U0OTHERBOT", "USLACKBOT", "U0BO00002"));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(api.apiUrl());
        slack = Slack.getInstance(config);
        directory = new SlackDirectory(slack, BotTokens.single("xoxb-test-0000000000"), Duration.ofHours(1));
    }

    @AfterEach
    void stop() throws Exception {
        slack.close();
        api.close();
    }

    @Test
    void rosterReadsEveryPageAndKeepsHumansOnly() {
        List<MemberProfile> roster = directory.roster(TEAM);

        assertThat(roster).extracting(p -> p.ref().userId()).containsExactly("U0MGR0001", "U0ANA0001", "U0BO00002");
        assertThat(api.calls("conversations.members")).hasSize(2);
        MemberProfile maria = roster.get(0);
        assertThat(maria.displayName()).isEqualTo("Maria Souza");
        assertThat(maria.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(maria.platformAdmin()).isTrue();
        assertThat(roster.get(1).platformAdmin()).isFalse();
        assertThat(roster.get(2).timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void profilesAreCachedBetweenRosters() {
        directory.roster(TEAM);
        int lookups = api.calls("users.info").size();

        directory.roster(TEAM);
        directory.profile(new MemberRef(TENANT, "U0ANA0001"));

        assertThat(api.calls("users.info")).hasSize(lookups);
    }

    @Test
    void unknownUserHasNoProfile() {
        assertThat(directory.profile(new MemberRef(TENANT, "U0NOBODY01"))).isEmpty();
    }

    @Test
    void channelTheCoachCannotSeeExplainsItself() {
        assertThatThrownBy(() -> directory.roster(new TeamRef(TENANT, "C0PRIVATE01")))
                .isInstanceOf(SlackDirectoryException.class)
                .hasMessageContaining("channel_not_found");
    }

    @Test
    void rateLimitedRosterSaysWhenToTryAgain() {
        api.rateLimitNext("conversations.members", 20);

        assertThatThrownBy(() -> directory.roster(TEAM))
                .isInstanceOf(SlackDirectoryException.class)
                .hasMessageContaining("try again in 20 seconds");
    }
}
