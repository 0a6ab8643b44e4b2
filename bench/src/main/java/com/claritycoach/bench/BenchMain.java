package com.claritycoach.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark and writes {@code bench/results/latest.json} and the results section of
 * {@code BENCHMARKS.md}. {@code --quick} shortens every measurement for a smoke run.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of(System.getProperty("bench.root", "."));
        List<Figure> figures = new ArrayList<>(new InProcess(quick).run());
        figures.addAll(new SlackLoad(quick).run());
        figures.addAll(new Memory(quick).run());
        Report.write(figures, root, quick);
        figures.forEach(f -> System.out.printf("%-95s %12.1f %s (ceiling %.1f) ratio %.2f %s%n",
                f.name(), f.value(), f.unit(), f.ceiling(), f.ratio(), f.target().isEmpty() ? "" : (f.met() ? "met " : "MISSED ") + f.target()));
    }
}
