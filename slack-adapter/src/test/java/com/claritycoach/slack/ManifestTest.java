package com.claritycoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.testing.CoachHelp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest at the repository root asks for exactly what the adapter uses. */
class ManifestTest {
    private static final Path MANIFEST = Path.of("..", "slack-app-manifest.yml");

    @Test
    void manifestMatchesTheAdapter() throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));

        assertThat(texts(manifest.at("/oauth_config/scopes/bot"))).containsExactlyElementsOf(SlackOptions.BOT_SCOPES);
        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events"))).containsExactlyInAnyOrder(
                "app_home_opened", "message.im", "member_joined_channel", "member_left_channel", "app_uninstalled",
                "tokens_revoked");
        JsonNode command = manifest.at("/features/slash_commands/0");
        assertThat(command.path("command").asText()).isEqualTo(SlackHandlers.COMMAND);
        assertThat(command.path("should_escape").asBoolean()).isTrue();
        assertThat(command.path("url").asText()).endsWith(SlackAdapter.EVENTS_PATH);
        assertThat(manifest.at("/settings/interactivity/request_url").asText()).endsWith(SlackAdapter.EVENTS_PATH);
        assertThat(texts(manifest.at("/oauth_config/redirect_urls")).get(0)).endsWith(SlackAdapter.REDIRECT_PATH);
        assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
    }

    @Test
    void everyCommandTheUsageHintNamesIsOneTheCoachKnows(@TempDir Path dir) throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));
        CoachHelp help = CoachHelp.ask(dir);

        List<String> advertised = List.of(manifest.at("/features/slash_commands/0/usage_hint").asText().split("\\|"));

        assertThat(advertised).map(String::strip).contains("split <wording> from <wording>")
                .allSatisfy(command -> assertThat(help.lists(command)).as("%s in %s", command, help).isTrue());
    }

    @Test
    void everyCommandTheUsageHintNamesIsRoutedToARealCommand(@TempDir Path dir) throws Exception {
        JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));
        CoachHelp coach = CoachHelp.ask(dir);

        List<String> advertised = List.of(manifest.at("/features/slash_commands/0/usage_hint").asText().split("\\|"));

        assertThat(advertised).map(String::strip).contains("remind", "my answers")
                .allSatisfy(command -> assertThat(coach.routes(command)).as("%s is routed", command).isTrue());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
