package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.inbound.MemberLeft;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInFlowTest {
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

    @Test
    void startAnnouncesInChannelAndAsksEveryMemberTheFirstQuestion() {
        Transcript.Lines lines = maria.runs("start");

        assertThat(lines.channel()).contains("maria started a Discovery check-in", "5 questions for 3 members");
        for (Person p : new Person[] {maria, ana, ben}) {
            assertThat(lines.to(p)).contains("Question 1 of 5", "What is the ultimate outcome?",
                    "Why we ask: So we aim at one thing.", "For example: Patients leave hospital a day sooner.");
        }
    }

    @Test
    void memberWalksThroughEveryQuestionAndIsThanked() {
        maria.runs("start");

        assertThat(ana.says("Patients go home a day sooner").to(ana)).contains("Question 2 of 5", "ultimate customer");
        assertThat(ana.says("The ward nurse who discharges patients").to(ana)).contains("Question 3 of 5");
        assertThat(ana.says("Our suppliers and the local press").to(ana)).contains("Question 4 of 5");
        assertThat(ana.says("Ben, who turns my data into discharge plans").to(ana)).contains("Question 5 of 5");
        assertThat(ana.says("Average length of stay, reviewed monthly").to(ana)).contains("last question", "Thank you");

        assertThat(coach.answers().get("ana")).containsEntry("customer", "The ward nurse who discharges patients")
                .hasSize(5);
    }

    @Test
    void answerIsCommittedBeforeTheStepReturns() {
        maria.runs("start");
        ana.says("Patients go home a day sooner");

        try (Transcript restarted = coach.reopen()) {
            coach = restarted;
            assertThat(restarted.answers()).containsEntry("ana", Map.of("outcome", "Patients go home a day sooner"));
            assertThat(restarted.member("ana").says("The ward nurse").to(restarted.member("ana")))
                    .contains("Question 3 of 5");
        }
    }

    @Test
    void statusShowsWhoFinishedWhoIsAnsweringAndWhoHasNotStarted() {
        maria.runs("start");
        for (String answer : new String[] {"Shorter stays for patients", "The ward nurse", "Suppliers", "Ben", "Length of stay"}) {
            ana.says(answer);
        }
        ben.says("Patients go home sooner");

        String status = maria.runs("status").privately(maria);

        assertThat(status).contains("Finished: 1 of 3", "Finished: ana", "Still answering: ben (question 2 of 5)",
                "Not started: maria");
    }

    @Test
    void closeEndsTheCheckInPostsTheSummaryAndRefusesLateAnswers() {
        maria.runs("start");
        ana.says("Patients go home sooner");
        ana.says("The ward nurse");

        Transcript.Lines closed = maria.runs("close");

        assertThat(closed.channel()).contains("maria closed the check-in", "The ward nurse");
        assertThat(ben.says("Patients go home sooner").to(ben)).contains("no check-in open");
        assertThat(coach.answers()).doesNotContainKey("ben");
    }

    @Test
    void secondStartWhileOpenIsRefused() {
        maria.runs("start");

        assertThat(maria.runs("start").privately(maria)).contains("already open");
    }

    @Test
    void laterCheckInsDefaultToTheWeeklyPlaybookAndANamedPlaybookIsUsed() {
        maria.runs("start");
        maria.runs("close");

        assertThat(maria.runs("start").channel()).contains("Weekly check-in", "2 questions");
        maria.runs("close");
        assertThat(maria.runs("start discovery").channel()).contains("Discovery check-in");
    }

    @Test
    void unknownPlaybookIsNamedWithTheOnesAvailable() {
        assertThat(maria.runs("start quarterly").privately(maria))
                .contains("I don't know a playbook called 'quarterly'", "discovery, weekly");
    }

    @Test
    void summaryBeforeAnyCheckInSaysThereIsNothingYet() {
        assertThat(ana.runs("summary").privately(ana)).contains("nothing to summarise yet");
    }

    @Test
    void memberWhoJoinsLaterIsAskedInTheNextCheckIn() {
        maria.runs("start");
        Person dara = coach.joins("dara");
        assertThat(dara.says("hello").to(dara)).contains("no check-in open");
        maria.runs("close");

        assertThat(maria.runs("start").to(dara)).contains("Question 1 of 2");
    }

    @Test
    void memberWhoLeavesIsNoLongerAskedButKeepsAnswersGiven() {
        maria.runs("start");
        ben.says("Patients go home sooner");

        coach.engine().handle(new MemberLeft(coach.teamRef(), ben.ref(), null));

        assertThat(ben.says("The ward nurse").to(ben)).contains("no more questions");
        assertThat(coach.answers().get("ben")).containsOnlyKeys("outcome");
        assertThat(maria.runs("status").privately(maria)).contains("Finished: 0 of 2").doesNotContain("ben");
    }

    @Test
    void memberOfTwoTeamsAnswersOneCheckInAfterTheOther() {
        maria.runs("start");
        try (Transcript platform = coach.team("platform")) {
            Person boss = platform.joins("zoe");
            platform.joins("ana");
            Transcript.Lines second = boss.runs("start");
            assertThat(second.to(ana)).contains("once you finish").doesNotContain("Question 1");

            ana.says("Patients go home sooner");
            ana.says("The ward nurse");
            ana.says("Suppliers");
            ana.says("Ben");
            Transcript.Lines last = ana.says("Length of stay");

            assertThat(last.to(ana)).contains("Next up: the check-in for platform", "Question 1 of 5");
        }
    }

    @Test
    void redeliveredMessageIsHandledOnce() {
        maria.runs("start");

        Transcript.Lines first = ana.saysDelivered("Patients go home sooner", "Ev1");
        Transcript.Lines again = ana.saysDelivered("Patients go home sooner", "Ev1");

        assertThat(first.to(ana)).contains("Question 2 of 5");
        assertThat(again.isEmpty()).isTrue();
        assertThat(coach.answers().get("ana")).hasSize(1);
    }
}
