package com.claritycoach.app;

import com.claritycoach.app.config.Environment;
import com.claritycoach.app.config.Understanding;
import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.AlignmentSummary;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.alignment.GroupingSettings;
import com.claritycoach.core.alignment.MarkdownSummary;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.alignment.SummaryChart;
import com.claritycoach.core.alignment.SummaryJson;
import com.claritycoach.core.alignment.SummaryLayout;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.csv.CsvFormatException;
import com.claritycoach.core.csv.PromptResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code analyze FILE.csv [--format markdown|json] [--chart OUT.png]}: the team alignment summary of
 * answers gathered elsewhere (a form, a spreadsheet, or a {@code /coach export}).
 */
final class AnalyzeCommand implements AppCommand {
    private static final String USAGE = "Usage: analyze FILE.csv [--format markdown|json] [--chart OUT.png]";

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "alignment summary of a CSV of answers: analyze FILE.csv [--format markdown|json] [--chart OUT.png]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args);
        byte[] csv;
        try {
            csv = Files.readAllBytes(options.file());
        } catch (NoSuchFileException e) {
            err.println("Cannot read " + options.file() + ": no such file.");
            return 2;
        } catch (IOException e) {
            err.println("Cannot read " + options.file() + ": "
                    + (Files.isDirectory(options.file()) ? "it is a folder, not a CSV file." : e.getMessage()));
            return 2;
        }
        AlignmentSummary summary;
        try {
            PromptResolver prompts = PromptResolver.of(CoachCore.playbooks(System.getenv()));
            List<CheckInAnswers> checkIns = AnswersCsv.read(new ByteArrayInputStream(csv), prompts);
            Meanings meanings = Understanding.from(new Environment(System.getenv())).meanings();
            summary = new AlignmentAnalyzer(CoachingRules.standard(), meanings, GroupingSettings.DEFAULT)
                    .analyze(checkIns, Decisions.NONE);
        } catch (CsvFormatException e) {
            err.println(options.file() + ": " + e.getMessage());
            return 2;
        }
        if (options.chart() != null) {
            try {
                Files.write(options.chart(), SummaryChart.png(summary));
            } catch (IOException e) {
                err.println("Sorry, I cannot write the chart to " + options.chart() + ": " + whyNotWritable(options.chart(), e)
                        + " Nothing was printed; choose another --chart path.");
                return 2;
            }
        }
        out.println("json".equals(options.format()) ? SummaryJson.write(summary)
                : MarkdownSummary.render(SummaryLayout.layout(summary, options.file().getFileName().toString(), false, null)));
        if (options.chart() != null) {
            err.println("Chart written to " + options.chart());
        }
        return 0;
    }

    /** Why the chart could not be written, in words rather than the bare path some exceptions carry. */
    private static String whyNotWritable(Path chart, IOException e) {
        Path folder = chart.toAbsolutePath().getParent();
        if (Files.isDirectory(chart)) {
            return "it is a folder, not a file.";
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        return e.getMessage() + ".";
    }

    /** The command line of {@code analyze}. */
    record Options(Path file, String format, Path chart) {
        static Options parse(String[] args) {
            Path file = null;
            String format = "markdown";
            Path chart = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--format") || arg.equals("--chart")) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(arg + " needs a value. " + USAGE);
                    }
                    String value = args[++i];
                    if (arg.equals("--chart")) {
                        chart = Path.of(value);
                    } else if (value.equals("markdown") || value.equals("json")) {
                        format = value;
                    } else {
                        throw new UsageException("--format must be markdown or json, not '" + value + "'. " + USAGE);
                    }
                } else if (arg.startsWith("--") || file != null) {
                    throw new UsageException("Unexpected '" + arg + "'. " + USAGE);
                } else {
                    file = Path.of(arg);
                }
            }
            if (file == null) {
                throw new UsageException("Which file? " + USAGE);
            }
            return new Options(file, format, chart);
        }
    }
}
