package com.claritycoach.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the figures as {@code bench/results/latest.json} and as the results table of {@code BENCHMARKS.md}. */
final class Report {
    static final String BEGIN = "<!-- results:begin -->";
    static final String END = "<!-- results:end -->";

    private Report() {
    }

    static void write(List<Figure> figures, Path root, boolean quick) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("measuredAt", Instant.now().toString());
        json.put("quick", quick);
        json.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        json.put("figures", figures);
        Path results = root.resolve("bench").resolve("results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("latest.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");

        StringBuilder table = new StringBuilder(BEGIN).append("\n_Measured ").append(json.get("measuredAt"))
                .append(" on ").append(json.get("machine")).append(quick ? " (quick run)" : "").append("._\n\n")
                .append("| figure | measured | ceiling | ratio | target | |\n| --- | ---: | ---: | ---: | --- | --- |\n");
        for (Figure f : figures) {
            table.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f %s | %.2f | %s | %s |%n", f.name(),
                    f.value(), f.unit(), f.ceiling(), f.unit(), f.ratio(), f.target(),
                    f.target().isEmpty() ? "" : f.met() ? "met" : "**missed**"));
        }
        figures.stream().filter(f -> !f.note().isEmpty())
                .forEach(f -> table.append("\n- ").append(f.name()).append(": ").append(f.note()));
        table.append("\n").append(END);
        Path md = root.resolve("BENCHMARKS.md");
        String text = Files.exists(md) ? Files.readString(md) : "# Benchmarks\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String updated = begin < 0 || end < 0 ? text + "\n" + table + "\n"
                : text.substring(0, begin) + table + text.substring(end + END.length());
        Files.writeString(md, updated);
    }
}
