package com.claritycoach.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.alignment.AnswerRecord;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.PromptKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswersCsvTest {
    static final PromptResolver PROMPTS = PromptResolver.of(PlaybookCatalog.builtIn());

    static List<CheckInAnswers> read(String csv) {
        return AnswersCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), PROMPTS);
    }

    @Test
    void rowsAreGroupedIntoCheckInsInOrderOfFirstAppearance() {
        List<CheckInAnswers> checkIns = read("""
                checkin,member,prompt,answer
                week 1,ana,customer,ward nurse
                week 2,ana,customer,the ward nurse
                week 1,ben,customer,patients
                """);

        assertThat(checkIns).extracting(CheckInAnswers::label).containsExactly("week 1", "week 2");
        assertThat(checkIns.get(0).membersAsked()).containsExactly("ana", "ben");
    }

    @Test
    void withoutACheckinColumnEverythingIsOneCheckIn() {
        assertThat(read("member,prompt,answer\nana,customer,nurse\nben,outcome,Faster discharge\n")).hasSize(1);
    }

    @Test
    void quotedFieldsMayHoldCommasAndNewlinesAndABomIsFine() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Member,Prompt,Answer\nana,not-customer,\"vendors, the press\nand the board\"\n"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bom);
        file.writeBytes(body);

        List<CheckInAnswers> checkIns = AnswersCsv.read(new ByteArrayInputStream(file.toByteArray()), PROMPTS);

        assertThat(checkIns.get(0).answers()).singleElement().extracting(AnswerRecord::text)
                .isEqualTo("vendors, the press\nand the board");
    }

    @Test
    void promptMayBeAKindOrABuiltInPromptId() {
        List<CheckInAnswers> checkIns = read("member,prompt,answer\nana,served,ward nurse\nben,relies-on-me,ana\n");

        assertThat(checkIns.get(0).answers()).extracting(AnswerRecord::kind)
                .containsExactly(PromptKind.CUSTOMER, PromptKind.RELIES_ON_ME);
        assertThat(checkIns.get(0).answers()).allSatisfy(a -> assertThat(a.flags()).isNull());
    }

    @Test
    void emptyAnswersAreSkipped() {
        assertThat(read("member,prompt,answer\nana,customer,\nben,customer,nurse\n").get(0).answers()).hasSize(1);
    }

    @Test
    void missingHeaderColumnIsNamed() {
        assertThatThrownBy(() -> read("member,question,answer\nana,customer,nurse\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("row 1: missing header column 'prompt'");
    }

    @Test
    void unknownPromptNamesTheRow() {
        assertThatThrownBy(() -> read("member,prompt,answer\nana,customer,nurse\nben,custmer,nurse\n"))
                .hasMessageContaining("row 3: unknown prompt 'custmer'").hasMessageContaining("not-customer");
    }

    @Test
    void emptyFileIsReported() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("member,prompt,answer\n")).hasMessageContaining("no answers");
    }

    @Test
    void textThatIsNotUtf8NamesTheRow() {
        byte[] latin1 = "member,prompt,answer\nana,customer,nurse\nbj\u00f6rn,customer,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> AnswersCsv.read(new ByteArrayInputStream(latin1), PROMPTS))
                .hasMessageContaining("row 3: the file is not UTF-8");
    }

    @Test
    void emptyMemberNamesTheRow() {
        assertThatThrownBy(() -> read("member,prompt,answer\n,customer,nurse\n")).hasMessageContaining("row 2: the member is empty");
    }

    @Test
    void exportReadsBackAsTheSameAnswers() {
        String csv = AnswersCsv.write(List.of(
                new AnswersCsv.Row("16 Nov 2026", "ana", PromptKind.CUSTOMER, "the ward nurse, \"really\""),
                new AnswersCsv.Row("23 Nov 2026", "ben", PromptKind.NOT_CUSTOMER, "vendors\nand the press")));

        List<CheckInAnswers> back = read(csv);

        assertThat(back).extracting(CheckInAnswers::label).containsExactly("16 Nov 2026", "23 Nov 2026");
        assertThat(back.get(0).answers().get(0).text()).isEqualTo("the ward nurse, \"really\"");
        assertThat(back.get(1).answers().get(0).text()).isEqualTo("vendors\nand the press");
        assertThat(back.get(1).answers().get(0).kind()).isEqualTo(PromptKind.NOT_CUSTOMER);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAfterAQuote() {
        String csv = AnswersCsv.write(List.of(
                new AnswersCsv.Row("=cmd|' /C calc'!A0", "@ana", PromptKind.CUSTOMER, "=HYPERLINK(\"http://x\")"),
                new AnswersCsv.Row("w1", "+ben", PromptKind.CUSTOMER, "-2+3"),
                new AnswersCsv.Row("w1", "chen", PromptKind.CUSTOMER, "\tnurses"),
                new AnswersCsv.Row("w1", "dan", PromptKind.CUSTOMER, "\r=1+1")));

        assertThat(csv).doesNotContain("\n=", ",=", ",@", ",+", ",-", ",\t", ",\"=", ",\"\t", ",\"\r");
        assertThat(csv).contains("'=cmd", "'@ana", "'=HYPERLINK", "'+ben", "'-2+3", "'\tnurses", "'\r=1+1");
    }

    @Test
    void neutralisedCellsAndCellsThatReallyStartWithAQuoteReadBackExactly() {
        List<String> answers = List.of("=SUM(A1:A9)", "'=SUM(A1:A9)", "''=x", "'nurses", "'", "''", "-",
                "@home", "+1 nurses", "\tindented", "'\tindented", "it's the nurse", "plain");
        List<AnswersCsv.Row> rows = answers.stream()
                .map(a -> new AnswersCsv.Row("=w1", "-ana", PromptKind.OUTCOME, a)).toList();

        List<CheckInAnswers> back = read(AnswersCsv.write(rows));

        assertThat(back).singleElement().extracting(CheckInAnswers::label).isEqualTo("=w1");
        assertThat(back.get(0).answers()).extracting(AnswerRecord::text).containsExactlyElementsOf(answers);
        assertThat(back.get(0).answers()).extracting(AnswerRecord::member).containsOnly("-ana");
    }

    @Test
    void blankLinesAreSkippedButCountAsRowsLikeInASpreadsheet() {
        assertThat(read("member,prompt,answer\n\nana,customer,nurse\n,,\nben,customer,nurse\n").get(0).answers())
                .hasSize(2);
        assertThatThrownBy(() -> read("member,prompt,answer\n\n\nana,custmer,nurse\n"))
                .hasMessageStartingWith("row 4: unknown prompt 'custmer'");
    }

    @Test
    void anUnclosedQuoteNamesTheRowInPlainWords() {
        assertThatThrownBy(() -> read("member,prompt,answer\nana,customer,nurse\nben,customer,\"ward nurse\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("row 3: a quoted field is never closed (a closing \" is missing)");
    }

    @Test
    void textAfterAClosingQuoteNamesTheRow() {
        assertThatThrownBy(() -> read("member,prompt,answer\nana,customer,\"the\" nurse\n"))
                .hasMessageStartingWith("row 2: there is text after a closing quote");
    }

    @Test
    void anUnquotedCommaInAnAnswerIsExplained() {
        assertThatThrownBy(() -> read("member,prompt,answer\nana,not-customer,vendors, the press\n"))
                .hasMessage("row 2: 4 cells where the header has 3 (an answer with commas must be in double quotes)");
    }

    @Test
    void aMissingCellNamesTheRow() {
        assertThatThrownBy(() -> read("member,prompt,answer\nana,customer\n"))
                .hasMessage("row 2: 2 cells where the header has 3");
    }

    @Test
    void trailingEmptyCellsAreFine() {
        assertThat(read("member,prompt,answer\nana,customer,nurse,,\n").get(0).answers()).hasSize(1);
    }

    @Test
    void aHeaderNamingAColumnTwiceIsRefused() {
        assertThatThrownBy(() -> read("member,member,prompt,answer\nx,ana,customer,nurse\n"))
                .hasMessage("row 1: the header has two 'member' columns");
    }

    @Test
    void semicolonAndTabSeparatedFilesFromSpreadsheetsAreRead() {
        assertThat(read("member;prompt;answer\nana;not-customer;\"vendors; the press\"\n").get(0).answers())
                .singleElement().extracting(AnswerRecord::text).isEqualTo("vendors; the press");
        assertThat(read("member\tprompt\tanswer\nana\tcustomer\tward nurse, night shift\n").get(0).answers())
                .singleElement().extracting(AnswerRecord::text).isEqualTo("ward nurse, night shift");
    }

    @Test
    void aBomAloneIsAnEmptyFile() {
        assertThatThrownBy(() -> AnswersCsv.read(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF, '\n'}), PROMPTS)).hasMessageContaining("the file is empty");
    }

    @Test
    void membersAskedAreTheDistinctMembersOfEachCheckIn() {
        List<CheckInAnswers> checkIns = read("""
                checkin,member,prompt,answer
                w1,ana,customer,nurse
                w1,ana,outcome,Faster discharge
                w1,ben,customer,nurse
                w2,chen,customer,patient
                """);

        assertThat(checkIns).extracting(CheckInAnswers::membersAsked)
                .containsExactly(List.of("ana", "ben"), List.of("chen"));
    }
}
