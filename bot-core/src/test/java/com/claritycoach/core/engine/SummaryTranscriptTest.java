package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.AlignmentSummary;
import com.claritycoach.core.alignment.CheckInAnswers;
import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.alignment.GroupingSettings;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.alignment.TrendPoint;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.csv.AnswersCsv;
import com.claritycoach.core.csv.PromptResolver;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.playbook.PlaybookCatalog;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alignment summary as the team sees it in the channel. */
class SummaryTranscriptTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;
    Person ben;

    @BeforeEach
    void team() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        ben = coach.joins("ben");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    private void customerAnswers(String mariaSays, String anaSays, String benSays) {
        maria.runs("start discovery");
        for (Person p : new Person[] {maria, ana, ben}) {
            p.says("Patients go home a day sooner");
        }
        maria.says(mariaSays);
        ana.says(anaSays);
        ben.says(benSays);
    }

    @Test
    void summaryPostsAlignmentWithAChartToTheChannel() {
        customerAnswers("The ward nurse", "ward nurses", "The patient");

        Transcript.Lines closed = maria.runs("close");

        assertThat(closed.channel()).contains("67% agree on the ultimate customer (2 of 3)", "ward nurse",
                "Line of sight");
        MessagePart.SummaryPart part = closed.messages().stream().map(m -> m.part(MessagePart.SummaryPart.class))
                .flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(part.chartPng()).isNotEmpty();
        assertThat(part.sections()).extracting(MessagePart.SummaryPart.Section::heading).contains("Ultimate customer");
    }

    @Test
    void memberAwayThisWeekIsShownAsAwayNotAsNotAnsweredYet() {
        coach.joins("chen");
        maria.runs("start discovery");
        maria.says("Patients go home a day sooner");
        ana.says("Patients go home a day sooner");
        ben.says("skip this week");

        String posted = maria.runs("close").channel();

        assertThat(posted).contains("2 of 4 answered.", "Not answered yet: chen.", "Away this week: ben.")
                .doesNotContain("Not answered yet: ben");
    }

    @Test
    void anonymousTeamWithFewerThanThreeRespondentsIsToldWhyThereIsNoSummary() {
        maria.runs("anonymous on");
        maria.runs("start discovery");
        ana.says("Patients go home a day sooner");
        ben.says("Patients go home a day sooner");

        String posted = maria.runs("summary").channel();

        assertThat(posted).contains("at least 3", "2 so far").doesNotContain("agree on");
    }

    @Test
    void anonymousSummaryNamesNobody() {
        maria.runs("anonymous on");
        customerAnswers("The ward nurse", "ward nurses", "my manager");
        ana.says("keep");

        String posted = maria.runs("close").channel();

        assertThat(posted).contains("agree on the ultimate customer").doesNotContainPattern("\\bana\\b")
                .doesNotContainPattern("\\bben\\b");
    }

    @Test
    void managersMergeWordingsAndTheSummaryCountsThemAsOne() {
        customerAnswers("The ward nurse", "ward sister", "ward nurses");

        assertThat(ana.runs("merge ward sister into ward nurse").privately(ana)).contains("only this team's managers");
        assertThat(maria.runs("merge ward sister into ward nurse").channel()).contains("\"ward sister\" counts as \"ward nurse\"");
        assertThat(maria.runs("summary").channel()).contains("100% agree on the ultimate customer (3 of 3)");
    }

    @Test
    void trendComparesWithTheLastCheckIn() {
        customerAnswers("The ward nurse", "the patient", "the porter");
        maria.runs("close");
        coach.clock().advance(Duration.ofDays(7));
        maria.runs("start weekly");
        for (Person p : new Person[] {maria, ana, ben}) {
            p.says("The ward nurse");
        }

        String posted = maria.runs("close").channel();

        assertThat(posted).contains("100% agree", "↑ from 33%", "33% (23 Nov 2026) → 100% (30 Nov 2026) ↑");
    }

    @Test
    void exportSendsTheManagerEveryAnswerAsACsvFileThatAnalyzeCanRead() {
        customerAnswers("The ward nurse", "ward nurses", "The patient, \"mostly\"");

        assertThat(ana.runs("export").privately(ana)).contains("only this team's managers");
        Transcript.Lines export = maria.runs("export");

        assertThat(export.privately(maria)).contains("sent you the answers privately");
        MessagePart.ExportPart file = export.exportTo(maria);
        assertThat(file.fileName()).isEqualTo("answers-product-20261123-090000.csv");
        assertThat(export.to(maria)).startsWith("Answers of product (1 check-in, 6 answers) in the file " + file.fileName());
        List<CheckInAnswers> back = analyzeFile(file);
        assertThat(back).singleElement().extracting(c -> c.answers().size()).isEqualTo(6);
        assertThat(back.get(0).answers()).anySatisfy(a -> assertThat(a.text()).isEqualTo("The patient, \"mostly\""));
        assertThat(export.channel()).isEmpty();
    }

    @Test
    void threeCheckInsOnOneDayExportAndAnalyseToTheScoresAndTrendOfTheChatSummary() {
        Person chen = coach.joins("chen");
        Person[] team = {maria, ana, ben, chen};
        maria.runs("start discovery");
        String[] first = {"The ward nurse", "the patient", "the porter", "the pharmacist"};
        for (int i = 0; i < team.length; i++) {
            team[i].says("Patients go home a day sooner");
            team[i].says(first[i]);
        }
        maria.runs("close");
        for (int round = 0; round < 2; round++) {
            coach.clock().advance(Duration.ofHours(2));
            maria.runs("start weekly");
            for (Person p : team) {
                p.says("The ward nurse");
            }
            maria.runs("close");
        }
        MessagePart.SummaryPart chat = maria.runs("summary").summary().orElseThrow();

        AlignmentSummary analysed = new AlignmentAnalyzer(CoachingRules.standard(), Meanings.LEXICAL,
                GroupingSettings.DEFAULT).analyze(analyzeFile(maria.runs("export").exportTo(maria)), Decisions.NONE);

        assertThat(trendPercents(chat)).containsExactly(25L, 100L, 100L);
        assertThat(analysed.trend()).extracting(t -> Math.round(t.alignmentScore() * 100))
                .containsExactlyElementsOf(trendPercents(chat));
        assertThat(analysed.trend()).extracting(TrendPoint::respondents).containsExactly(4, 4, 4);
        assertThat(chat.headline()).contains(Math.round(analysed.alignmentScore() * 100) + "% agree");
        assertThat(analysed.trend()).extracting(TrendPoint::checkIn).doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).startsWith("23 Nov 2026 "));
    }

    private static List<CheckInAnswers> analyzeFile(MessagePart.ExportPart file) {
        return AnswersCsv.read(new ByteArrayInputStream(file.bytes()), PromptResolver.of(PlaybookCatalog.builtIn()));
    }

    /** The percentages of the chat summary's trend line, oldest first. */
    private static List<Long> trendPercents(MessagePart.SummaryPart summary) {
        String line = summary.sections().stream().filter(s -> s.heading().equals("Trend")).findFirst().orElseThrow()
                .lines().stream().filter(l -> l.contains("→")).findFirst().orElseThrow();
        return Pattern.compile("(\\d+)% \\(").matcher(line).results().map(m -> Long.parseLong(m.group(1))).toList();
    }
}
