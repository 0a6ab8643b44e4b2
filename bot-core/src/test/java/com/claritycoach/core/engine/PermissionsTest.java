package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only managers start, close and choose managers; whoever first starts becomes one. */
class PermissionsTest {
    @TempDir
    Path dir;
    Transcript coach;
    Person maria;
    Person ana;

    @BeforeEach
    void team() {
        coach = Transcript.open(dir);
        maria = coach.joins("maria");
        ana = coach.joins("ana");
    }

    @AfterEach
    void close() {
        coach.close();
    }

    private Role roleOf(Person person) {
        return coach.store().read(tx -> tx.membership(tx.findTeam(coach.teamRef()).orElseThrow().id(), person.ref())
                .orElseThrow().role());
    }

    @Test
    void whoeverFirstStartsACheckInBecomesItsManager() {
        maria.runs("start");

        assertThat(roleOf(maria)).isEqualTo(Role.MANAGER);
        assertThat(roleOf(ana)).isEqualTo(Role.MEMBER);
    }

    @Test
    void refusalNamesTheCommandWithoutItsUsagePlaceholders() {
        maria.runs("start");

        assertThat(ana.runs("start weekly").privately(ana))
                .contains("Sorry, only this team's managers can use the start command.").doesNotContain("[playbook]");
        assertThat(ana.runs("late answers accept").privately(ana))
                .contains("only this team's managers can use the late answers command.").doesNotContain("accept|refuse");
        for (String command : new String[] {"merge a into b", "split a from b", "schedule off", "deadline 3",
                "reminder 1", "managers add ana", "anonymous on", "playbook weekly", "ask at local time on"}) {
            assertThat(ana.runs(command).privately(ana)).as(command)
                    .contains("only this team's managers can use the ").doesNotContainPattern("[<\\[|]");
        }
    }

    @Test
    void memberCannotStartOnceTheTeamHasAManager() {
        maria.runs("start");
        maria.runs("close");

        assertThat(ana.runs("start").privately(ana)).contains("only this team's managers", "Managers here: maria");
    }

    @Test
    void memberCannotClose() {
        maria.runs("start");

        assertThat(ana.runs("close").privately(ana)).contains("only this team's managers");
        assertThat(maria.runs("status").privately(maria)).contains("Check-in opened");
    }

    @Test
    void managerCanAddAndRemoveManagers() {
        maria.runs("start");

        assertThat(maria.runs("managers add ana").channel()).contains("made ana a manager");
        assertThat(roleOf(ana)).isEqualTo(Role.MANAGER);
        assertThat(ana.runs("managers remove @maria").channel()).contains("removed maria as a manager");
        assertThat(roleOf(maria)).isEqualTo(Role.MEMBER);
    }

    @Test
    void theLastManagerCannotBeRemoved() {
        maria.runs("start");

        assertThat(maria.runs("managers remove maria").privately(maria)).contains("only manager");
        assertThat(roleOf(maria)).isEqualTo(Role.MANAGER);
    }

    @Test
    void memberCannotMakeThemselvesManager() {
        maria.runs("start");

        assertThat(ana.runs("managers add ana").privately(ana)).contains("only this team's managers");
        assertThat(roleOf(ana)).isEqualTo(Role.MEMBER);
    }

    @Test
    void unknownMemberIsNamedWithTheTeamsMembers() {
        maria.runs("start");

        assertThat(maria.runs("managers add zed").privately(maria)).contains("cannot find 'zed'", "maria, ana");
    }

    @Test
    void commandsTypedInAPrivateMessageAreJustAnswersAndChangeNoRole() {
        maria.runs("start");

        ana.says("/coach managers add ana");

        assertThat(roleOf(ana)).isEqualTo(Role.MEMBER);
        assertThat(coach.answers().get("ana")).containsEntry("outcome", "/coach managers add ana");
    }

    @Test
    void onlyManagersTurnAnonymityOnAndStatusThenHidesNames() {
        maria.runs("start");

        assertThat(ana.runs("anonymous on").privately(ana)).contains("only this team's managers");
        assertThat(maria.runs("anonymous on").channel()).contains("now anonymous");
        assertThat(maria.runs("status").privately(maria)).contains("Finished: 0 of 2", "no names")
                .doesNotContain("ana");
    }
}
