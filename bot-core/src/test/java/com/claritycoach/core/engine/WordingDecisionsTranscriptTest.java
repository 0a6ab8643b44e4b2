package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart.SummaryPart.Undecided;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managers correct the summary with merge and split; every later summary, and its trend, follows. */
class WordingDecisionsTranscriptTest {
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

    private void customerAnswers(String playbook, String mariaSays, String anaSays, String benSays) {
        maria.runs("start " + playbook);
        if (playbook.equals("discovery")) {
            for (Person p : new Person[] {maria, ana, ben}) {
                p.says("Patients go home a day sooner");
            }
        }
        maria.says(mariaSays);
        ana.says(anaSays);
        ben.says(benSays);
    }

    @Test
    void aSplitKeepsApartTwoWordingsTheSpellingWouldJoin() {
        customerAnswers("discovery", "patients", "pateints", "the porter");
        assertThat(maria.runs("summary").channel()).contains("67% agree on the ultimate customer (2 of 3)");

        assertThat(maria.runs("split pateints from patients").channel())
                .contains("\"pateint\" and \"patient\" count as different customers");

        assertThat(maria.runs("summary").channel()).contains("33% agree on the ultimate customer (1 of 3)");
        assertThat(coach.decisions().splits()).containsExactly(new Decisions.Split("pateint", "patient"));
    }

    @Test
    void aSplitTakesBackAMergeAndALaterMergeJoinsThemAgain() {
        customerAnswers("discovery", "The ward nurse", "ward sister", "ward nurses");
        maria.runs("merge ward sister into ward nurse");
        assertThat(maria.runs("summary").channel()).contains("100% agree on the ultimate customer (3 of 3)");

        maria.runs("split ward sister from ward nurse");
        assertThat(maria.runs("summary").channel()).contains("67% agree on the ultimate customer (2 of 3)");
        assertThat(coach.decisions().merges()).isEmpty();

        maria.runs("merge ward sister into ward nurse");
        assertThat(maria.runs("summary").channel()).contains("100% agree on the ultimate customer (3 of 3)");
        assertThat(coach.decisions()).isEqualTo(Decisions.merging(Map.of("ward sister", "ward nurse")));
    }

    @Test
    void decisionsApplyToTheTrendOfEarlierCheckInsToo() {
        customerAnswers("discovery", "The ward nurse", "ward sister", "the porter");
        maria.runs("close");
        coach.clock().advance(Duration.ofDays(7));
        customerAnswers("weekly", "The ward nurse", "ward nurse", "ward nurse");
        assertThat(maria.runs("summary").channel()).contains("33% (23 Nov 2026) → 100% (30 Nov 2026)");

        maria.runs("merge ward sister into ward nurse");

        assertThat(maria.runs("summary").channel()).contains("67% (23 Nov 2026) → 100% (30 Nov 2026)");
    }

    @Test
    void onlyManagersSplitAndARefusalChangesNothing() {
        customerAnswers("discovery", "patients", "pateints", "the porter");

        Transcript.Lines refused = ana.runs("split pateints from patients");

        assertThat(refused.privately(ana)).contains("only this team's managers can use the split command",
                "Managers here: maria");
        assertThat(refused.channel()).isEmpty();
        assertThat(coach.decisions()).isEqualTo(Decisions.NONE);
        assertThat(maria.runs("summary").channel()).contains("67% agree on the ultimate customer (2 of 3)");
    }

    @Test
    void splitAnswersBadInputPolitelyAndSavesNothing() {
        customerAnswers("discovery", "patients", "pateints", "the porter");

        assertThat(maria.runs("split patients").privately(maria))
                .contains("Say split <wording> from <wording>, for example: split borrowers from donors");
        assertThat(maria.runs("split patients from the Patients").privately(maria))
                .contains("\"patient\" and \"patient\" are the same wording");
        assertThat(maria.runs("split ward nurse from the ward nurses who sign off").privately(maria))
                .contains("name the same role", "always counts them as one");
        assertThat(coach.decisions()).isEqualTo(Decisions.NONE);
    }

    @Test
    void aSplitThatOtherMergesWouldOverrideSaysWhichAndSavesNothing() {
        customerAnswers("discovery", "The ward nurse", "sister", "ward sister");
        maria.runs("merge sister into ward sister");
        maria.runs("merge ward sister into ward nurse");

        Transcript.Lines sent = maria.runs("split sister from ward nurse");

        assertThat(sent.privately(maria)).contains("still count as one through other merges",
                "merge sister into ward sister", "merge ward sister into ward nurse");
        assertThat(sent.channel()).isEmpty();
        assertThat(coach.decisions().splits()).isEmpty();
    }

    @Test
    void helpListsSplitForManagers() {
        assertThat(ana.runs("help").privately(ana)).contains("split <wording> from <wording>: count two wordings as "
                + "different customers in summaries (managers)", "merge <wording> into <wording>");
    }

    @Test
    void aMemberPressingSameChangesNothingAndIsToldPrivatelyThatManagersDecide() {
        customerAnswers("discovery", "ward nurse", "ward sister", "the porter");

        Transcript.Lines sent = ana.presses(PairVerdict.SAME, new Undecided("ward nurse", "ward sister"));

        assertThat(sent.messages()).singleElement().satisfies(reply -> {
            assertThat(reply.to()).isEqualTo(new Destination.PrivateReply(coach.teamRef(), ana.ref()));
            assertThat(reply.text()).contains("only this team's managers can decide whether two wordings name the same "
                    + "customer", "Managers here: maria");
        });
        assertThat(coach.decisions()).isEqualTo(Decisions.NONE);
    }

    @Test
    void aManagerPressingSameOrDifferentDecidesAsTheCommandsDo() {
        customerAnswers("discovery", "ward nurse", "ward sister", "the porter");

        assertThat(maria.presses(PairVerdict.SAME, new Undecided("ward nurse", "ward sisters")).channel())
                .contains("From now on, \"ward sister\" counts as \"ward nurse\"");
        assertThat(maria.runs("summary").channel()).contains("67% agree on the ultimate customer (2 of 3)");

        assertThat(maria.presses(PairVerdict.DIFFERENT, new Undecided("ward nurse", "ward sister")).channel())
                .contains("\"ward sister\" and \"ward nurse\" count as different customers");
        assertThat(maria.runs("summary").channel()).contains("33% agree on the ultimate customer (1 of 3)");
        assertThat(coach.decisions()).isEqualTo(new Decisions(Map.of(),
                Set.of(new Decisions.Split("ward nurse", "ward sister"))));
    }
}
