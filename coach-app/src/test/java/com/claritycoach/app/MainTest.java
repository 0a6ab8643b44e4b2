package com.claritycoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void noModePrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage:", "console", "demo");
    }

    @Test
    void unknownModeIsNamed() {
        assertThat(run("dance")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown mode 'dance'");
    }

    @Test
    void helpExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("demo");
    }

    @Test
    void unopenableDatabaseExitsOneWithOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(run("console", "--db", file.resolve("x.db").toString())).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(message).contains(file.resolve("x.db").toString()).doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void demoPlaysATeamThroughACheckInWithTrapsAndASummary() {
        assertThat(run("demo")).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);

        assertThat(shown).contains("maria> /coach start discovery", "ana> my manager", "chen> everyone",
                "[to #hospital-apps] maria closed the check-in");
        assertThat(shown.split("Reply with a new answer, or say keep", -1).length - 1).isGreaterThanOrEqualTo(2);
        assertThat(shown).contains("Alignment summary: hospital-apps", "67% agree on the ultimate customer (4 of 6)",
                "Not yet: dara").doesNotContain("Exception");
        assertThat(shown).contains("[chart saved to ");
    }

    @Test
    void demoDeletesItsTemporaryFolderOnExit() {
        assertThat(run("demo")).isZero();
        String shown = out.toString(StandardCharsets.UTF_8);

        Path database = Path.of(shown.replaceAll("(?s).*\nData: (\\S+) .*", "$1"));
        assertThat(database.getFileName()).hasToString("demo.db");
        assertThat(database.getParent()).doesNotExist();
    }
}
