package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code remind}: a manager sends the one reminder now to members of the open check-in who have not finished. */
class RemindTranscriptTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;
    Person ben;
    Person carol;

    @BeforeEach
    void team() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
        ben = coach.joins("ben");
        carol = coach.joins("carol");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void managerRemindsOnlyMembersWhoHaveNotFinishedAndIsToldHowMany() {
        maria.runs("start");
        for (int i = 0; i < Transcript.DISCOVERY.size(); i++) {
            maria.says("skip");
        }
        ana.says("skip this week");
        ben.says("Patients go home sooner");

        Transcript.Lines sent = maria.runs("remind");

        assertThat(sent.privately(maria)).contains("Reminded 2 members who have not finished the check-in.");
        assertThat(sent.to(ben)).contains("A friendly reminder", "4 questions to go");
        assertThat(sent.to(carol)).contains("A friendly reminder", "5 questions to go");
        assertThat(sent.to(ana)).isEmpty();
        assertThat(sent.to(maria)).isEmpty();
    }

    @Test
    void membersWhoAskedForNoRemindersAreLeftAlone() {
        maria.runs("start");
        maria.says("no reminders");
        ana.says("no reminders");
        ben.says("no reminders");
        carol.says("no reminders");

        assertThat(maria.runs("remind").privately(maria)).contains("Nobody needed a reminder");
    }

    @Test
    void remindWithoutAnOpenCheckInSaysThereIsNobodyToRemind() {
        maria.runs("start");
        maria.runs("close");

        Transcript.Lines sent = maria.runs("remind");

        assertThat(sent.privately(maria)).contains("There is no open check-in, so there is nobody to remind.");
        assertThat(sent.to(ana)).isEmpty();
    }

    @Test
    void memberCannotRemindAndNobodyIsReminded() {
        maria.runs("start");

        Transcript.Lines sent = ana.runs("remind");

        assertThat(sent.privately(ana)).contains("Sorry, only this team's managers can use the remind command.",
                "Managers here: maria");
        assertThat(sent.to(ben)).isEmpty();
    }
}
