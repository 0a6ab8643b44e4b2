package com.claritycoach.core.csv;

import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.inbound.StrictUtf8;
import com.claritycoach.core.playbook.PromptKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Answers as CSV: the format {@code analyze} reads and {@code /coach export} writes, so an export
 * round-trips. Columns {@code member}, {@code prompt}, {@code answer} and optionally {@code checkin}
 * (rows are grouped into check-ins by it, in order of first appearance; the last is the current one).
 */
public final class AnswersCsv {
    public static final List<String> HEADER = List.of("checkin", "member", "prompt", "answer");
    static final String DEFAULT_CHECKIN = "imported";

    private AnswersCsv() {
    }

    /** One exported answer. */
    public record Row(String checkIn, String member, PromptKind kind, String answer) {
    }

    /**
     * Reads answers, grouped into check-ins.
     *
     * @throws CsvFormatException naming the row (as a spreadsheet numbers it: the header is row 1, blank
     *     lines count) and the problem
     */
    public static List<CheckInAnswers> read(InputStream in, PromptResolver prompts) {
        String text = decode(readAll(in));
        if (text.isBlank()) {
            throw new CsvFormatException("the file is empty: expected a header row with member, prompt and answer");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true).get();
        Map<String, List<AnswerRecord>> byCheckIn = new LinkedHashMap<>();
        int row = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Columns columns = Columns.of(parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, row + 1)) {
                CSVRecord record = records.next();
                row++;
                if (blank(record)) {
                    continue;
                }
                AnswerRecord answer = toAnswer(record, row, columns, prompts);
                String checkIn = columns.checkIn < 0 ? "" : cell(record, columns.checkIn);
                List<AnswerRecord> list = byCheckIn.computeIfAbsent(checkIn.isEmpty() ? DEFAULT_CHECKIN : checkIn,
                        k -> new ArrayList<>());
                if (answer != null) {
                    list.add(answer);
                }
            }
        } catch (IOException e) {
            throw new CsvFormatException("row " + row + ": the file cannot be read as CSV");
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CsvFormatException("row 1: the header cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (byCheckIn.isEmpty()) {
            throw new CsvFormatException("the file has a header but no answers");
        }
        List<CheckInAnswers> checkIns = new ArrayList<>();
        byCheckIn.forEach((label, answers) -> checkIns.add(new CheckInAnswers(label, null,
                List.copyOf(answers.stream().map(AnswerRecord::member).collect(Collectors.toCollection(LinkedHashSet::new))),
                answers)));
        return checkIns;
    }

    /** Spreadsheets in some languages save CSV with semicolons or tabs; the header row tells which. */
    static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** Whether there is another record, turning a parse failure into the row it happened on. */
    private static boolean hasNext(Iterator<CSVRecord> records, int row) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            String problem = message.contains("EOF reached before encapsulated token finished")
                    ? "a quoted field is never closed (a closing \" is missing)"
                    : message.contains("Invalid character between encapsulated token and delimiter")
                    ? "there is text after a closing quote (inside a quoted field, write \" as \"\")"
                    : "this row is not valid CSV";
            throw new CsvFormatException("row " + row + ": " + problem);
        }
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Writes rows with the header, every cell a spreadsheet could run as a formula neutralised ({@link SpreadsheetSafe}). */
    public static String write(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                .setRecordSeparator("\n").get())) {
            for (Row r : rows) {
                printer.printRecord(SpreadsheetSafe.escape(r.checkIn()), SpreadsheetSafe.escape(r.member()), r.kind().id(),
                        SpreadsheetSafe.escape(r.answer()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static AnswerRecord toAnswer(CSVRecord record, int row, Columns columns, PromptResolver prompts) {
        int width = columns.width();
        if (record.size() < width) {
            throw new CsvFormatException("row " + row + ": " + record.size() + (record.size() == 1 ? " cell" : " cells")
                    + " where the header has " + width);
        }
        if (record.stream().skip(width).anyMatch(cell -> !cell.isBlank())) {
            throw new CsvFormatException("row " + row + ": " + record.size() + " cells where the header has " + width
                    + " (an answer with commas must be in double quotes)");
        }
        String member = cell(record, columns.member);
        String prompt = cell(record, columns.prompt);
        String answer = cell(record, columns.answer);
        if (member.isEmpty()) {
            throw new CsvFormatException("row " + row + ": the member is empty");
        }
        if (prompt.isEmpty()) {
            throw new CsvFormatException("row " + row + ": the prompt is empty");
        }
        Optional<PromptKind> kind = prompts.kindOf(prompt);
        if (kind.isEmpty()) {
            throw new CsvFormatException("row " + row + ": unknown prompt '" + prompt + "' (use a prompt kind: "
                    + Arrays.stream(PromptKind.values()).map(PromptKind::id).collect(Collectors.joining(", "))
                    + ", or a prompt id of a built-in playbook)");
        }
        return answer.isEmpty() ? null : new AnswerRecord(member, kind.get(), prompt, answer, null);
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? SpreadsheetSafe.unescape(record.get(column).strip()) : "";
    }

    /** Where the needed columns are, whatever their order or case. */
    private record Columns(int member, int prompt, int answer, int checkIn, int width) {
        static Columns of(List<String> header) {
            List<String> names = header.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
            Set<String> missing = new LinkedHashSet<>(List.of("member", "prompt", "answer"));
            missing.removeAll(names);
            if (!missing.isEmpty()) {
                throw new CsvFormatException("row 1: missing header column" + (missing.size() > 1 ? "s " : " ")
                        + missing.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "))
                        + " (the header needs member, prompt and answer; checkin is optional)");
            }
            for (String name : List.of("member", "prompt", "answer", "checkin")) {
                if (names.indexOf(name) != names.lastIndexOf(name)) {
                    throw new CsvFormatException("row 1: the header has two '" + name + "' columns");
                }
            }
            return new Columns(names.indexOf("member"), names.indexOf("prompt"), names.indexOf("answer"),
                    names.indexOf("checkin"), names.size());
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8 (a byte order mark is allowed), so a file in another encoding is reported, not garbled. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StrictUtf8.decode(buffer);
        } catch (CharacterCodingException e) {
            int bad = buffer.position();
            long row = 1;
            for (int i = start; i < bad; i++) {
                row += bytes[i] == '\n' ? 1 : 0;
            }
            throw new CsvFormatException("row " + row + ": the file is not UTF-8 text (save it as CSV UTF-8)");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
