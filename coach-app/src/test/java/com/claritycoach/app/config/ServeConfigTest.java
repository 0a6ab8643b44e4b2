package com.claritycoach.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.app.StartupException;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.teams.TeamsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServeConfigTest {
    private static final Map<String, String> HTTP_SLACK = Map.of(
            "SLACK_BOT_TOKEN", "xoxb-1-2-abc",
            "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5");

    @Test
    void defaultsWithoutAnyVariable() {
        ServeConfig config = ServeConfig.from(new Environment(Map.of()));

        assertThat(config.port()).isEqualTo(3000);
        assertThat(config.database().url()).isEqualTo("jdbc:sqlite:clarity-coach.db");
        assertThat(config.slack()).isEmpty();
        assertThat(config.teams()).contains(TeamsOptions.development());
        assertThat(config.playbooksDir()).isNull();
        assertThat(config.retention()).isEmpty();
    }

    @Test
    void retentionIsReadInDays() {
        assertThat(ServeConfig.from(new Environment(Map.of("COACH_RETENTION_DAYS", " 90 "))).retention())
                .contains(Duration.ofDays(90));
    }

    @ParameterizedTest(name = "COACH_RETENTION_DAYS={0}")
    @ValueSource(strings = {"0", "-7", "1.5", "ninety", "36501", "99999999999"})
    void retentionThatIsNotAWholeNumberOfDaysStopsStartUpSayingWhatUnsetMeans(String value) {
        assertOneLineNaming(new Environment(Map.of("COACH_RETENTION_DAYS", value)), "COACH_RETENTION_DAYS");
        assertThatThrownBy(() -> ServeConfig.from(new Environment(Map.of("COACH_RETENTION_DAYS", value))))
                .hasMessage("COACH_RETENTION_DAYS must be a whole number of days from 1 to 36500, not '" + value
                        + "'; leave it unset to keep check-ins forever.");
    }

    @Test
    void httpModeSlack() {
        SlackOptions slack = ServeConfig.from(env(HTTP_SLACK, "PORT", "8080")).slack().orElseThrow();

        assertThat(slack.botToken()).isEqualTo("xoxb-1-2-abc");
        assertThat(ServeConfig.from(new Environment(HTTP_SLACK)).teams()).isEmpty();
        assertThat(slack.socketMode()).isFalse();
        assertThat(slack.oauth()).isFalse();
        assertThat(slack.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void socketModeNeedsNoSigningSecret() {
        SlackOptions slack = ServeConfig.from(new Environment(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_APP_TOKEN", "xapp-1-A1-abc"))).slack().orElseThrow();

        assertThat(slack.socketMode()).isTrue();
    }

    @Test
    void oauthInstallNeedsNoBotToken() {
        SlackOptions slack = ServeConfig.from(new Environment(Map.of("SLACK_SIGNING_SECRET", "s3cret",
                "SLACK_CLIENT_ID", "123.456", "SLACK_CLIENT_SECRET", "abc",
                "SLACK_API_URL", "http://127.0.0.1:9999/api"))).slack().orElseThrow();

        assertThat(slack.oauth()).isTrue();
        assertThat(slack.botToken()).isNull();
        assertThat(slack.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
    }

    @Test
    void playbooksDirectoryIsRead(@TempDir Path dir) {
        assertThat(ServeConfig.from(new Environment(Map.of("COACH_PLAYBOOKS_DIR", dir.toString()))).playbooksDir())
                .isEqualTo(dir);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "PORT|abc|PORT",
            "PORT|0|PORT",
            "PORT|70000|PORT",
            "COACH_DB_URL|mysql://db/coach|COACH_DB_URL",
            "COACH_PLAYBOOKS_DIR|/no/such/dir|COACH_PLAYBOOKS_DIR",
            "SLACK_BOT_TOKEN|xoxp-user-token|SLACK_BOT_TOKEN",
            "SLACK_BOT_TOKEN|xoxb-has space|SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN|xoxb-not-an-app-token|SLACK_APP_TOKEN",
            "SLACK_API_URL|not a url|SLACK_API_URL",
            "SLACK_API_URL|ftp://files.example/api|SLACK_API_URL",
            "SLACK_SIGNING_SECRET|two words|SLACK_SIGNING_SECRET",
            "SLACK_CLIENT_ID|123.456|SLACK_CLIENT_SECRET",
            "SLACK_CLIENT_SECRET|abc|SLACK_CLIENT_ID",
            "SLACK_REDIRECT_URI|/relative/path|SLACK_REDIRECT_URI",
    })
    void malformedOrIncompleteVariableStopsStartUpWithOneLineNamingIt(String name, String value, String named) {
        assertOneLineNaming(env(HTTP_SLACK, name, value), named);
    }

    @Test
    void missingBotTokenIsNamed() {
        assertOneLineNaming(new Environment(Map.of("SLACK_SIGNING_SECRET", "s3cret")), "SLACK_BOT_TOKEN");
    }

    @Test
    void missingSigningSecretInHttpModeIsNamed() {
        assertOneLineNaming(new Environment(Map.of("SLACK_BOT_TOKEN", "xoxb-1")), "SLACK_SIGNING_SECRET");
    }

    @Test
    void socketModeWithoutBotTokenIsNamed() {
        assertOneLineNaming(new Environment(Map.of("SLACK_APP_TOKEN", "xapp-1")), "SLACK_BOT_TOKEN");
    }

    @Test
    void socketModeWithOAuthIsRefused() {
        assertOneLineNaming(new Environment(Map.of("SLACK_APP_TOKEN", "xapp-1", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "2")), "SLACK_APP_TOKEN");
    }

    @Test
    void secretsAreNeverEchoed() {
        assertThatThrownBy(() -> ServeConfig.from(env(HTTP_SLACK, "SLACK_BOT_TOKEN", "xoxp-very-secret-value")))
                .hasMessageNotContaining("very-secret-value");
        assertThatThrownBy(() -> ServeConfig.from(env(HTTP_SLACK, "SLACK_CLIENT_SECRET", "top secret")))
                .hasMessageNotContaining("top secret");
    }

    private static void assertOneLineNaming(Environment env, String name) {
        assertThatThrownBy(() -> ServeConfig.from(env))
                .isInstanceOf(StartupException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(name + " ");
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    private static Environment env(Map<String, String> base, String... namesAndValues) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            all.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Environment(all);
    }

    @Test
    void teamsWithAnAppIdAndSecretIsAuthenticatedAndSingleTenant() {
        TeamsOptions teams = ServeConfig.from(env(HTTP_SLACK, "MICROSOFT_APP_ID", "c0ac4000-0000-4000-8000-00000000b0t1",
                "MICROSOFT_APP_PASSWORD", "s3cr3t~value", "MICROSOFT_APP_TENANT_ID", "72f988bf-0000-4000-8000-0000000000aa"))
                .teams().orElseThrow();

        assertThat(teams.authEnabled()).isTrue();
        assertThat(teams.tenantId()).isEqualTo("72f988bf-0000-4000-8000-0000000000aa");
        assertThat(teams.toString()).doesNotContain("s3cr3t~value");
    }

    @Test
    void teamsAppIdWithoutItsSecretIsRefused() {
        assertThatThrownBy(() -> ServeConfig.from(new Environment(Map.of("MICROSOFT_APP_ID", "c0ac4000"))))
                .isInstanceOf(StartupException.class).hasMessageContaining("MICROSOFT_APP_PASSWORD is not set");
        assertThatThrownBy(() -> ServeConfig.from(new Environment(Map.of("MICROSOFT_APP_PASSWORD", "x"))))
                .isInstanceOf(StartupException.class).hasMessageContaining("MICROSOFT_APP_ID is not set");
    }

    @Test
    void productionRefusesTeamsWithoutAnAppId() {
        assertThatThrownBy(() -> ServeConfig.from(new Environment(Map.of("COACH_ENV", "production"))))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("MICROSOFT_APP_ID is not set", "COACH_ENV=production");
        assertThat(ServeConfig.from(env(HTTP_SLACK, "COACH_ENV", "production")).teams()).isEmpty();
    }
}
