package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.inbound.ButtonAction;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coach spots a trap, says why, asks a follow-up, and lets the member keep or revise the answer. */
class CoachingTranscriptTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;

    @BeforeEach
    void checkInAtCustomerQuestion() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        maria.runs("start");
        ana.says("Patients leave hospital a day sooner");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void managerNamedAsCustomerGetsFollowUp() {
        Transcript.Lines reply = ana.says("my manager");

        assertThat(reply.nudges()).containsExactly("manager-as-customer");
        assertThat(reply.to(ana)).contains("keep").doesNotContain("Question 3");
    }

    @Test
    void theTeamsOwnManagerByNameIsCaughtToo() {
        assertThat(ana.says("Maria").nudges()).containsExactly("manager-as-customer");
    }

    @Test
    void aManagerAddedDuringTheCheckInIsRecognisedAtOnce() {
        coach.joins("ben");
        maria.runs("managers add ben");

        assertThat(ana.says("Ben").nudges()).containsExactly("manager-as-customer");
    }

    @Test
    void everyoneAsCustomerGetsFollowUp() {
        assertThat(ana.says("everyone").nudges()).containsExactly("everyone");
    }

    @Test
    void longListOfCustomersGetsFollowUp() {
        assertThat(ana.says("nurses, doctors, patients, pharmacists and porters").nudges()).containsExactly("too-many");
    }

    @Test
    void resourceNamedAsCustomerGetsFollowUp() {
        assertThat(ana.says("a journalist at the local paper").nudges()).containsExactly("resource-as-customer");
    }

    @Test
    void groupInsteadOfAPersonGetsFollowUp() {
        assertThat(ana.says("the business").nudges()).containsExactly("group-not-person");
    }

    @Test
    void vagueAnswerIsAskedAgainWithTheExample() {
        Transcript.Lines reply = ana.says("idk");

        assertThat(reply.nudges()).containsExactly("vague");
    }

    @Test
    void keepKeepsTheOriginalAnswerAndMovesOn() {
        ana.says("my manager");

        assertThat(ana.says("keep").to(ana)).contains("Question 3 of 5");
        assertThat(coach.answers().get("ana")).containsEntry("customer", "my manager");
    }

    @Test
    void keepButtonDoesWhatTypingKeepDoes() {
        ana.says("everyone");

        assertThat(ana.presses(ButtonAction.KEEP).to(ana)).contains("Question 3 of 5");
    }

    @Test
    void revisedAnswerReplacesTheTrappedOneAndMovesOn() {
        ana.says("my manager");

        Transcript.Lines revised = ana.says("The ward nurse who discharges patients");

        assertThat(revised.nudges()).isEmpty();
        assertThat(revised.to(ana)).contains("Question 3 of 5");
        assertThat(coach.answers().get("ana")).containsEntry("customer", "The ward nurse who discharges patients");
    }

    @Test
    void aRuleFiresAtMostOncePerPrompt() {
        ana.says("my boss");

        Transcript.Lines again = ana.says("my manager");

        assertThat(again.nudges()).isEmpty();
        assertThat(again.to(ana)).contains("Question 3 of 5");
    }

    @Test
    void aDifferentTrapOnTheRevisionIsStillCoached() {
        ana.says("my boss");

        assertThat(ana.says("everyone").nudges()).containsExactly("everyone");
    }

    @Test
    void resourcesAreWelcomeOnTheNotOurCustomerQuestion() {
        ana.says("The ward nurse who discharges patients");

        Transcript.Lines reply = ana.says("Our suppliers, the press and the IT vendor");

        assertThat(reply.nudges()).isEmpty();
        assertThat(reply.to(ana)).contains("Question 4 of 5");
    }

    @Test
    void keepWithoutASuggestionWaitingIsExplained() {
        assertThat(ana.says("keep").to(ana)).contains("nothing to keep");
    }
}
