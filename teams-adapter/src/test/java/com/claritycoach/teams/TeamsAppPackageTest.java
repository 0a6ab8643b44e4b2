package com.claritycoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.testing.CoachHelp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app package Maven builds ({@code target/clarity-coach-teams.zip}) is one Teams accepts for sideloading. */
class TeamsAppPackageTest {
    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static JsonNode manifest;
    private static BufferedImage color;
    private static BufferedImage outline;
    private static List<String> entries;

    @BeforeAll
    static void open() throws Exception {
        try (ZipFile zip = new ZipFile(Path.of("target", "clarity-coach-teams.zip").toFile())) {
            entries = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
            manifest = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            color = ImageIO.read(new ByteArrayInputStream(zip.getInputStream(zip.getEntry("color.png")).readAllBytes()));
            outline = ImageIO.read(new ByteArrayInputStream(zip.getInputStream(zip.getEntry("outline.png")).readAllBytes()));
        }
    }

    @Test
    void packageHoldsTheManifestAndBothIconsAtItsRoot() {
        assertThat(entries).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    }

    @Test
    void manifestUsesACurrentSchemaAndFilledInIds() {
        assertThat(manifest.get("manifestVersion").asText()).isEqualTo("1.17");
        assertThat(manifest.get("$schema").asText()).contains("/v1.17/");
        assertThat(manifest.get("id").asText()).matches(GUID);
        assertThat(manifest.at("/bots/0/botId").asText()).matches(GUID);
        assertThat(manifest.toString()).doesNotContain("${");
        assertThat(manifest.at("/name/short").asText().length()).isLessThanOrEqualTo(30);
        assertThat(manifest.at("/description/short").asText().length()).isLessThanOrEqualTo(80);
    }

    @Test
    void botWorksInPersonalChatsTeamsAndGroupChatsWithAtMostTenCommandsPerList() {
        JsonNode bot = manifest.at("/bots/0");
        assertThat(bot.get("scopes")).extracting(JsonNode::asText).containsExactly("personal", "team", "groupChat");
        assertThat(bot.get("commandLists")).allSatisfy(list -> {
            assertThat(list.get("commands").size()).isBetween(1, 10);
            assertThat(list.get("commands")).allSatisfy(c -> {
                assertThat(c.get("title").asText().length()).isLessThanOrEqualTo(32);
                assertThat(c.get("description").asText().length()).isLessThanOrEqualTo(128);
            });
        });
        assertThat(bot.at("/commandLists/0/commands")).extracting(c -> c.get("title").asText())
                .contains("start discovery", "status", "close", "help");
    }

    @Test
    void everyTeamCommandTheManifestOffersIsOneTheCoachKnows(@TempDir Path dir) {
        CoachHelp help = CoachHelp.ask(dir);

        assertThat(manifest.at("/bots/0/commandLists/0/commands")).extracting(c -> c.get("title").asText())
                .contains("merge", "split")
                .allSatisfy(title -> assertThat(help.lists(title)).as("%s in %s", title, help).isTrue());
    }

    @Test
    void everyCommandOfEveryCommandListIsRoutedToARealCommand(@TempDir Path dir) {
        CoachHelp coach = CoachHelp.ask(dir);

        assertThat(manifest.at("/bots/0/commandLists").findValues("title")).extracting(JsonNode::asText)
                .contains("start weekly", "my answers", "forget me")
                .allSatisfy(title -> assertThat(coach.routes(title)).as("%s is routed", title).isTrue());
    }

    @Test
    void iconsHaveTheSizesTeamsRequiresAndTheOutlineIsTransparent() {
        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        assertThat(outline.getRGB(0, 0) >>> 24).isZero();
        assertThat(outline.getRGB(16, 16) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
}
