package com.claritycoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console protocol, run as the real {@code console} mode over a SQLite file. */
class ConsoleCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run console(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConsoleCommand command = new ConsoleCommand(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), false);
        int exit = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String db() {
        return dir.resolve("console.db").toString();
    }

    @Test
    void directMessagesAndChannelPostsArePrintedWithTheirAddressee() {
        Run run = console("""
                as maria
                as ana
                as maria
                /coach start
                as ana
                We help patients leave hospital a day sooner
                """, "--db", db(), "--team", "product");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("[to #product] maria started a", "[to ana] Hi ana!", "[to ana] Question 1 of",
                "[to ana] Question 2 of", "[to maria] Question 1 of");
    }

    @Test
    void exportIsWrittenWholeToAFileNextToTheDatabaseAndTheConsoleSaysWhere() throws Exception {
        String longAnswer = "=SUM(A1) " + "the ward nurse ".repeat(250);
        Run run = console("as maria\n/coach start\nPatients go home sooner\n" + longAnswer + "\n/coach export\n",
                "--db", db(), "--team", "product");

        String saved = run.out().lines().filter(l -> l.startsWith("[file saved to ")).findFirst().orElseThrow();
        Path file = Path.of(saved.substring("[file saved to ".length(), saved.length() - 1));
        assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(file.getFileName().toString()).matches("answers-product-\\d{8}-\\d{6}\\.csv");
        assertThat(run.out()).contains("in the file " + file.getFileName());
        assertThat(Files.readString(file)).contains("'" + longAnswer.strip());
    }

    @Test
    void repliesOnlyTheAskerSeesNameTheChannel() {
        Run run = console("as maria\n/coach status\n", "--db", db(), "--team", "product");

        assertThat(run.out()).contains("[to maria in #product] No check-in has been started");
    }

    @Test
    void linesBeforeChoosingASpeakerGetAHintAndEmptyLinesAreIgnored() {
        Run run = console("\n\nhello\n", "--db", db());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Say 'as <name>' first").doesNotContain("[to ");
    }

    @Test
    void answersSurviveARestartOfTheConsole() {
        console("as maria\n/coach start\nPatients leave a day sooner\n", "--db", db());

        Run again = console("as maria\nmy answers\n", "--db", db());

        assertThat(again.out()).contains("Patients leave a day sooner");
    }

    @Test
    void databaseThatCannotBeOpenedStopsWithOneLineNamingIt() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        String path = notADirectory.resolve("coach.db").toString();

        assertThatThrownBy(() -> console("", "--db", path))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining(path)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThatThrownBy(() -> console("", "--colour")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> console("", "--db")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--db needs a value");
    }
}
