package com.claritycoach.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH pairs and turns them into figures with ratios. */
final class InProcess {
    private final boolean quick;

    InProcess(boolean quick) {
        this.quick = quick;
    }

    List<Figure> run() throws RunnerException {
        List<Figure> figures = new ArrayList<>();
        double step = score("answerStep");
        double raw = score("rawInsertTransaction");
        figures.add(new Figure("Answer step (ops/s) vs raw one-row insert transaction", step, raw, "ops/s",
                step / raw, "≥ 0.5", step / raw >= 0.5, "SQLite WAL, synchronous=NORMAL, immediate transactions"));
        double together = score("answerStepConcurrent");
        figures.add(new Figure("Answer step with " + StoreBenchmarks.ANSWERING_AT_ONCE
                + " members answering at once (ops/s) vs the same raw insert", together, raw, "ops/s", together / raw,
                "", true, "steps waiting for the writer commit together; the raw insert runs alone"));
        double fanOut = score("fanOut");
        double rawFanOut = score("rawFanOut");
        figures.add(new Figure("Fan-out: open a check-in for 10,000 members (ms) vs raw inserts of the same rows",
                fanOut, rawFanOut, "ms", rawFanOut / fanOut, "", true,
                "ratio = raw time / fan-out time; rows: a conversation and two outbox messages per member"));
        double summary = score("summary");
        double load = score("loadAnswersOnly");
        double analysis = summary - load;
        figures.add(new Figure("Summary of 10,000 members × 10 answers, grouped by meaning with the vectors stored:"
                + " analysis time vs only loading the rows", analysis, load, "ms", analysis / load, "≤ 1", analysis / load <= 1.0,
                "summary total " + Math.round(summary) + " ms, of which loading " + Math.round(load) + " ms"));
        double cold = score("coldWordings") / StoreBenchmarks.COLD_BATCH;
        figures.add(new Figure("Cold cost of one distinct wording: the meaning model reads it (ms), in batches of "
                + StoreBenchmarks.COLD_BATCH, cold, cold, "ms", 1, "", true,
                "paid once per distinct text ever: after that the vector is read from memory or the store"));
        return figures;
    }

    private double score(String benchmark) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(StoreBenchmarks.class.getName() + "\\." + benchmark + "$").forks(1)
                .jvmArgsAppend("-Xmx2g");
        boolean singleShot = benchmark.toLowerCase().contains("fanout");
        if (singleShot) {
            options.warmupIterations(quick ? 1 : 2).measurementIterations(quick ? 2 : 5);
        } else {
            options.warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                    .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2));
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }
}
