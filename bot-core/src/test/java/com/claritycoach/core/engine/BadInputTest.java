package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear, polite reply and loses nothing. */
class BadInputTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;

    @BeforeEach
    void openCheckIn() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        maria.runs("start");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void emptyAndBlankMessagesAreIgnored() {
        assertThat(ana.says("").isEmpty()).isTrue();
        assertThat(ana.says("   \n\t ").isEmpty()).isTrue();
        assertThat(coach.answers()).doesNotContainKey("ana");
    }

    @Test
    void overlongMessageIsRefusedAndTheMemberStaysOnTheSameQuestion() {
        String essay = "x".repeat(InputText.MAX_LENGTH + 1);

        assertThat(ana.says(essay).to(ana)).contains("4,001 characters", "up to 4,000", "same question");
        assertThat(coach.answers()).doesNotContainKey("ana");
        assertThat(ana.says("Patients go home sooner").to(ana)).contains("Question 2 of 5");
    }

    @Test
    void messageOfExactlyTheLimitIsAccepted() {
        String longAnswer = "Patients go home sooner. " + "y".repeat(InputText.MAX_LENGTH - 25);

        assertThat(ana.says(longAnswer).to(ana)).contains("Question 2 of 5");
    }

    @Test
    void controlCharactersAreStrippedFromAnswers() {
        ana.says("Patients\u0000 go\u0007 home\u202E sooner");

        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients go home sooner");
    }

    @Test
    void zeroWidthJoinerAndNonJoinerAreStoredExactlyAsTyped() {
        String persian = "\u062E\u0627\u0646\u0648\u0627\u062F\u0647\u200C\u06CC";
        String mechanic = "\uD83E\uDDD1\u200D\uD83D\uDD27 the mechanic";

        ana.says(persian + " " + mechanic);

        assertThat(coach.answers().get("ana")).containsEntry("outcome", persian + " " + mechanic);
    }

    @Test
    void directionMarksAreKeptButOverridesIsolatesAndStrayByteOrderMarksGo() {
        ana.says("\uFEFFPatients\u200F go\u2066 home\u2069\u202D sooner\u202C");

        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients\u200F go home sooner");
    }

    @Test
    void everyKindOfLineBreakIsStoredAsOneNewline() {
        ana.says("Patients\r\ngo\rhome\u2028sooner\u2029safely");

        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients\ngo\nhome\nsooner\nsafely");
    }

    @Test
    void unknownCommandGetsHelpNotAnError() {
        assertThat(ana.runs("frobnicate now").privately(ana)).contains("I don't know the command 'frobnicate'",
                "start [playbook]", "status");
    }

    @Test
    void emptyCommandShowsHelp() {
        assertThat(ana.runs("").privately(ana)).contains("Commands:");
    }

    @Test
    void mentionLookingTextIsStoredAsTypedAndNeverTreatedAsACommand() {
        ana.says("<!channel> <@U123> everyone read this");

        assertThat(coach.answers().get("ana")).containsEntry("outcome", "<!channel> <@U123> everyone read this");
    }

    @Test
    void aMessageWithNoCheckInOpenIsAnsweredKindly() {
        Person stranger = coach.member("zed");

        assertThat(stranger.says("hello?").to(stranger)).contains("no check-in open");
    }
}
