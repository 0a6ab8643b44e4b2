package com.claritycoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar writes UTF-8 even where the platform's charset is ASCII (a C locale, a bare container). */
class Utf8OutputTest {
    private static final String ASCII = "ANSI_X3.4-1968";

    @TempDir
    Path dir;

    @Test
    void consoleWritesUtf8WhenTheDefaultCharsetIsAscii() throws Exception {
        String answer = "Patients go home → a day sooner… ↑";
        Path input = Files.writeString(dir.resolve("input.txt"), "as maria\n/coach start\n" + answer + "\nmy answers\n",
                StandardCharsets.UTF_8);
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=" + ASCII, "-Dsun.stdout.encoding=" + ASCII,
                "-Dstdout.encoding=" + ASCII, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "console", "--db", dir.resolve("coach.db").toString(), "--team", "product")
                .redirectInput(input.toFile()).redirectOutput(output.toFile())
                .redirectError(dir.resolve("error.txt").toFile());
        builder.environment().put("LC_ALL", "C");
        builder.environment().keySet().removeIf(k -> k.startsWith("COACH_"));

        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("console ended").isTrue();
        assertThat(process.exitValue()).as(read(dir.resolve("error.txt"))).isZero();
        byte[] written = Files.readAllBytes(output);
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"" + answer + "\"")
                .doesNotContain("home ? a day sooner? ?");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
