package com.claritycoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs every benchmark and writes {@code bench/results/latest.json} and the results section of
 * {@code BENCHMARKS.md}. {@code --quick} shortens every measurement for a smoke run; {@code --only=store},
 * {@code --only=slack} or {@code --only=memory} runs one group of figures, to check a change, and
 * prints them without touching the recorded results.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        String only = List.of(args).stream().filter(a -> a.startsWith("--only=")).map(a -> a.substring(7))
                .findFirst().orElse("");
        if (!Set.of("", "store", "slack", "memory").contains(only)) {
            throw new IllegalArgumentException("--only takes store, slack or memory, not " + only);
        }
        Path root = Path.of(System.getProperty("bench.root", "."));
        List<Figure> figures = new ArrayList<>();
        if (only.isEmpty() || only.equals("store")) {
            figures.addAll(new InProcess(quick).run());
        }
        if (only.isEmpty() || only.equals("slack")) {
            figures.addAll(new SlackLoad(quick).run());
        }
        if (only.isEmpty() || only.equals("memory")) {
            figures.addAll(new Memory(quick).run());
        }
        if (only.isEmpty()) {
            Report.write(figures, root, quick);
        }
        figures.forEach(f -> System.out.printf("%-95s %12.1f %s (ceiling %.1f) ratio %.2f %s%n    %s%n",
                f.name(), f.value(), f.unit(), f.ceiling(), f.ratio(), f.target().isEmpty() ? "" : (f.met() ? "met " : "MISSED ") + f.target(),
                f.note()));
    }
}
