package com.claritycoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} over a CSV file, end to end. */
class AnalyzeCommandTest {
    static final String SAMPLE = """
            checkin,member,prompt,answer
            16 Nov,maria,customer,The ward nurse who signs off discharges
            16 Nov,ana,customer,my manager
            16 Nov,ben,customer,the patient
            23 Nov,maria,customer,The ward nurse who signs off discharges
            23 Nov,ana,customer,The ward nurse who discharges patients
            23 Nov,ana,relies-on-me,Ben builds on my checklist
            23 Nov,ben,customer,Ward nurses
            23 Nov,chen,customer,everyone
            """;

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int analyze(String... args) {
        return new AnalyzeCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("answers.csv"), content);
    }

    @Test
    void markdownSummaryOfTheLastCheckInWithItsTrend() throws IOException {
        assertThat(analyze(csv(SAMPLE).toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("75% agree on the ultimate customer (3 of 4)",
                "↑ from 33%", "everyone: 1 (chen)");
    }

    @Test
    void jsonHasTheDocumentedKeysAndTheTrendOldestFirst() throws IOException {
        assertThat(analyze(csv(SAMPLE).toString(), "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("alignmentScore").asDouble()).isEqualTo(0.75);
        assertThat(json.get("respondents").asInt()).isEqualTo(4);
        assertThat(json.get("distinctCustomers").asInt()).isEqualTo(2);
        assertThat(json.get("customerGroups").get(0).get("count").asInt()).isEqualTo(3);
        assertThat(json.get("lineOfSight").get("edges").get(0).get("to").asText()).isEqualTo("ben");
        assertThat(json.get("flags").get("everyone").asInt()).isEqualTo(1);
        assertThat(json.get("trend").get(0).get("checkin").asText()).isEqualTo("16 Nov");
        assertThat(json.get("trend")).hasSize(2);
    }

    @Test
    void chartIsWrittenAsAPng() throws IOException {
        Path png = dir.resolve("chart.png");

        assertThat(analyze(csv(SAMPLE).toString(), "--chart", png.toString())).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void chartInAFolderThatDoesNotExistIsRefusedBeforeAnythingIsPrinted() throws IOException {
        Path png = dir.resolve("missing").resolve("chart.png");

        assertThat(analyze(csv(SAMPLE).toString(), "--chart", png.toString())).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Sorry, I cannot write the chart to " + png
                + ": the folder " + png.getParent().toAbsolutePath() + " does not exist. Nothing was printed; "
                + "choose another --chart path." + System.lineSeparator());
    }

    @Test
    void chartPathThatIsAFolderIsRefusedBeforeAnythingIsPrinted() throws IOException {
        assertThat(analyze(csv(SAMPLE).toString(), "--format", "json", "--chart", dir.toString())).isEqualTo(2);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the chart to " + dir + ": it is a folder");
    }

    @Test
    void badCsvExitsTwoWithOneLineNamingTheRow() throws IOException {
        assertThat(analyze(csv("member,prompt,answer\nana,custmer,nurse\n").toString())).isEqualTo(2);

        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).contains("answers.csv: row 2: unknown prompt 'custmer'").doesNotContain("\n");
    }

    @Test
    void missingFileExitsTwo() {
        assertThat(analyze(dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThatThrownBy(() -> analyze()).isInstanceOf(UsageException.class).hasMessageContaining("Which file?");
        assertThatThrownBy(() -> analyze("a.csv", "--format", "xml")).hasMessageContaining("markdown or json");
    }

    @Test
    void theSampleInTheDocsAnalyses() {
        Path sample = Path.of("..", "docs", "sample-answers.csv");

        assertThat(analyze(sample.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("agree on the ultimate customer");
    }

    static Path supportTeam() throws URISyntaxException {
        return Path.of(AnalyzeCommandTest.class.getResource("/analyze/support-team.csv").toURI());
    }

    @Test
    void aSpreadsheetWithABomQuotedLineBreaksAndTyposIsSummarised() throws URISyntaxException {
        assertThat(analyze(supportTeam().toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "67% agree on the ultimate customer (4 of 6)", "↑ from 33%",
                "(Priya Nair, Tom Berg, Omar Haddad, Sofia Reyes)",
                "Not yet: Lena Vogel, Jun Park.", "Tom Berg → Priya Nair", "too-many: 1 (Jun Park)",
                "Watching owners run payroll on a call: 2", "6 of 6 answered.", "33% (2026-11-09) → 67% (2026-11-16) ↑");
    }

    @Test
    void theSpreadsheetAsJsonKeepsTheCycleOfMembersWithoutLineOfSight() throws Exception {
        assertThat(analyze(supportTeam().toString(), "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("members").asInt()).isEqualTo(6);
        assertThat(json.get("lineOfSight").get("disconnected")).extracting(JsonNode::asText)
                .containsExactly("Lena Vogel", "Jun Park");
        assertThat(json.get("notCustomers").get(0).get("label").asText()).isEqualTo("Investors");
        assertThat(json.get("flags").get("too-many").asInt()).isEqualTo(1);
        assertThat(json.get("trend")).extracting(p -> p.get("checkin").asText())
                .containsExactly("2026-11-09", "2026-11-16");
    }

    @Test
    void aFolderInsteadOfAFileExitsTwoWithOneLine() {
        assertThat(analyze(dir.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).strip()).endsWith("it is a folder, not a CSV file.")
                .doesNotContain("\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8ExitsTwoNamingTheRow() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"),
                "member,prompt,answer\nbj\u00f6rn,customer,caf\u00e9 owners\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(analyze(latin1.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("latin1.csv: row 2: the file is not UTF-8 text");
    }

    @Test
    void mainRunsAnalyzeAndReturnsItsExitCode() throws URISyntaxException {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(Main.run(new String[] {"analyze", supportTeam().toString()}, o, e)).isZero();
        assertThat(Main.run(new String[] {"analyze", "a.csv", "--format", "xml"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--format must be markdown or json");
    }
}
