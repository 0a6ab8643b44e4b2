package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.inbound.ButtonAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member steers their own conversation: skip, back, pause, resume, my answers, forget me, edits. */
class SteeringTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;
    Person ben;

    @BeforeEach
    void openCheckIn() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        ben = coach.joins("ben");
        maria.runs("start");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void skipMovesOnWithoutAnAnswer() {
        assertThat(ana.says("skip").to(ana)).contains("Question 2 of 5");
        assertThat(coach.answers()).doesNotContainKey("ana");
    }

    @Test
    void skipButtonDoesWhatTypingSkipDoes() {
        assertThat(ana.presses(ButtonAction.SKIP).to(ana)).contains("Question 2 of 5");
    }

    @Test
    void staleSkipButtonLeavesCurrentQuestion() {
        String firstQuestion = coach.latestButtonScope(ana, ButtonAction.SKIP);
        ana.presses(ButtonAction.SKIP);

        Transcript.Lines stale = ana.pressesWithScope(ButtonAction.SKIP, firstQuestion);

        assertThat(stale.to(ana)).contains("That button belongs to an earlier question, so I changed nothing",
                "Your current question is question 2 of 5", "Who is your ultimate customer?");
        ana.says("The ward nurse");
        assertThat(coach.answers().get("ana")).containsOnly(entry("customer", "The ward nurse"));
    }

    @Test
    void staleBackButtonDoesNotMoveBackAgain() {
        ana.says("Patients go home sooner");
        ana.says("The ward nurse");
        String thirdQuestion = coach.latestButtonScope(ana, ButtonAction.BACK);
        ana.presses(ButtonAction.BACK);

        assertThat(ana.pressesWithScope(ButtonAction.BACK, thirdQuestion).to(ana))
                .contains("belongs to an earlier question", "question 2 of 5").doesNotContain("Question 1 of 5");
    }

    @Test
    void buttonWithoutAScopeChangesNothing() {
        assertThat(ana.pressesWithScope(ButtonAction.SKIP, null).to(ana))
                .contains("belongs to an earlier question", "question 1 of 5").doesNotContain("Question 2 of 5");
    }

    @Test
    void staleKeepButtonAfterTheCheckInClosedChangesNothing() {
        ana.says("Patients go home sooner");
        Transcript.Lines nudge = ana.says("my manager");
        maria.runs("close");

        assertThat(ana.presses(ButtonAction.KEEP, nudge).to(ana)).contains("no longer open", "changed nothing");
    }

    @Test
    void backRevisesThePreviousAnswerThenReturnsToWhereTheMemberWas() {
        ana.says("Patients go home sooner");
        ana.says("The ward nurse");

        Transcript.Lines back = ana.says("back");
        assertThat(back.to(ana)).contains("Question 2 of 5", "Your answer so far: \"The ward nurse\"");

        Transcript.Lines revised = ana.says("The discharge nurse on the ward");
        assertThat(revised.to(ana)).contains("Question 3 of 5");
        assertThat(coach.answers().get("ana")).containsEntry("customer", "The discharge nurse on the ward");
    }

    @Test
    void backTwiceGoesTwoQuestionsBack() {
        ana.says("Patients go home sooner");
        ana.says("The ward nurse");
        ana.says("back");

        assertThat(ana.says("back").to(ana)).contains("Question 1 of 5");
    }

    @Test
    void backOnTheFirstQuestionSaysThereIsNothingBefore() {
        assertThat(ana.says("back").to(ana)).contains("first question");
    }

    @Test
    void backAfterFinishingReopensTheLastAnswerForEditing() {
        for (String answer : new String[] {"Shorter stays", "The ward nurse", "Suppliers", "Ben", "Length of stay"}) {
            ana.says(answer);
        }

        assertThat(ana.says("back").to(ana)).contains("Question 5 of 5", "Your answer so far: \"Length of stay\"");
        assertThat(ana.says("Average length of stay per month").to(ana)).contains("last question");
        assertThat(coach.answers().get("ana")).containsEntry("measure", "Average length of stay per month");
    }

    @Test
    void pauseStopsAndResumeAsksTheSameQuestionAgain() {
        ana.says("Patients go home sooner");

        assertThat(ana.says("pause").to(ana)).contains("Paused");
        assertThat(ana.says("skip").to(ana)).contains("You are paused");
        assertThat(ana.says("resume").to(ana)).contains("Question 2 of 5");
    }

    @Test
    void typingAnAnswerWhilePausedResumesAndKeepsIt() {
        ana.says("pause");

        assertThat(ana.says("Patients go home sooner").to(ana)).contains("Question 2 of 5");
        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients go home sooner");
    }

    @Test
    void resumeWhenNotPausedShowsWhereTheMemberIs() {
        assertThat(ana.says("resume").to(ana)).contains("not paused", "Question 1 of 5");
    }

    @Test
    void myAnswersShowsOnlyTheMembersOwnAnswers() {
        ana.says("Patients go home sooner");
        ben.says("Fewer readmissions");

        String mine = ana.says("my answers").to(ana);

        assertThat(mine).contains("Patients go home sooner", "(no answer)").doesNotContain("Fewer readmissions");
    }

    @Test
    void myAnswersTypedInTheChannelIsAnsweredPrivately() {
        ana.says("Patients go home sooner");

        Transcript.Lines lines = ana.runs("my answers");

        assertThat(lines.to(ana)).contains("Patients go home sooner");
        assertThat(lines.channel()).isEmpty();
    }

    @Test
    void forgetMeAsksForConfirmationThenDeletesEverything() {
        ana.says("Patients go home sooner");

        assertThat(ana.says("forget me").to(ana)).contains("cannot be undone", "forget me yes");
        assertThat(coach.answers()).containsKey("ana");

        assertThat(ana.presses(ButtonAction.FORGET_CONFIRM).to(ana)).contains("deleted 1 answer");
        assertThat(coach.answers()).doesNotContainKey("ana");
        Optional<MemberProfile> profile = coach.store().read(tx -> tx.findProfile(ana.ref()));
        assertThat(profile).isEmpty();
    }

    @Test
    void forgetMeYesWithoutAFreshRequestDeletesNothingAndSaysHowToAsk() {
        ana.says("Patients go home sooner");

        assertThat(ana.says("forget me yes").to(ana)).contains("nothing was deleted", "say forget me, then forget me yes");
        assertThat(coach.answers()).containsKey("ana");
    }

    @Test
    void forgetMeYesMoreThanFiveMinutesAfterTheRequestDeletesNothing() {
        ana.says("Patients go home sooner");
        ana.says("forget me");
        coach.clock().advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(ana.says("forget me yes").to(ana)).contains("nothing was deleted");
        assertThat(coach.answers()).containsKey("ana");
    }

    @Test
    void forgetButtonOfAnEarlierRequestDeletesNothing() {
        ana.says("Patients go home sooner");
        Transcript.Lines earlier = ana.says("forget me");
        coach.clock().advance(Duration.ofMinutes(1));
        ana.says("forget me");

        assertThat(ana.presses(ButtonAction.FORGET_CONFIRM, earlier).to(ana)).contains("nothing was deleted");
        assertThat(coach.answers()).containsKey("ana");
        assertThat(ana.presses(ButtonAction.FORGET_CONFIRM).to(ana)).contains("deleted 1 answer");
    }

    @Test
    void forgetRequestSurvivesARestart() {
        ana.says("Patients go home sooner");
        ana.says("forget me");
        coach = coach.reopen();
        coach.clock().advance(Duration.ofMinutes(4));

        assertThat(coach.member("ana").says("forget me yes").to(ana)).contains("deleted 1 answer");
        assertThat(coach.answers()).doesNotContainKey("ana");
    }

    @Test
    void forgetMeYesTwiceDeletesOnlyOnce() {
        ana.says("forget me");
        ana.says("forget me yes");

        assertThat(ana.says("forget me yes").to(ana)).contains("nothing was deleted");
    }

    @Test
    void editingTheMessageThatCarriedAnAnswerRevisesIt() {
        ana.says("Patients go home sooner");

        assertThat(ana.editsLastMessage("Patients go home a day sooner").to(ana)).contains("Updated your answer");
        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients go home a day sooner");
    }

    @Test
    void editsAfterTheCheckInClosedAreRefused() {
        ana.says("Patients go home sooner");
        maria.runs("close");

        assertThat(ana.editsLastMessage("Something else").to(ana)).contains("has closed");
        assertThat(coach.answers().get("ana")).containsEntry("outcome", "Patients go home sooner");
    }

    @Test
    void helpListsTheSteeringWords() {
        assertThat(ana.says("help").to(ana)).contains("skip", "back", "pause", "resume", "my answers", "forget me");
    }
}
