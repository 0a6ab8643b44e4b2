package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.schedule.TeamSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, proven over a real store: a member, a manager and a platform admin run every team
 * command in one team while a second team of the same workspace and a team with the same channel
 * and user ids in another workspace sit beside it. Nothing any of them does reads or changes the
 * other two, a member sees only their own answers, and only managers export.
 */
class AccessMatrixTest {
    private static final String REFUSAL = "only this team's managers";
    private static final String CSV_HEADER = "checkin,member,prompt,answer";

    private static final String ANA_OUTCOME = "Patients leave hospital a day sooner";
    private static final String ANA_CUSTOMER = "The ward nurse who signs off discharges";
    private static final String BEN_OUTCOME = "Families know the discharge date a week ahead";
    private static final String PETE_OUTCOME = "Invoices are paid within ten days of delivery";
    private static final String GLOBEX_ANA_OUTCOME = "Drivers finish their round before the evening rush";
    private static final List<String> ACME_PRODUCT_ANSWERS = List.of(ANA_OUTCOME, ANA_CUSTOMER, BEN_OUTCOME);

    /** Who runs a command in the product team of workspace acme. */
    enum Who { MEMBER, MANAGER, PLATFORM_ADMIN }

    /**
     * A managers' command, what a manager runs first so that it has something to act on, and for
     * commands that only read, the words that show it answered.
     */
    record ManagersCommand(String line, Optional<String> prepare, Optional<String> readOnlyEvidence) {
        static ManagersCommand changing(String line) {
            return new ManagersCommand(line, Optional.empty(), Optional.empty());
        }

        static ManagersCommand changingAfter(String prepare, String line) {
            return new ManagersCommand(line, Optional.of(prepare), Optional.empty());
        }

        static ManagersCommand reading(String line, String evidence) {
            return new ManagersCommand(line, Optional.empty(), Optional.of(evidence));
        }

        @Override
        public String toString() {
            return line;
        }
    }

    /** Every row of the command table in the README whose "who" is managers. */
    static final List<ManagersCommand> MANAGERS_COMMANDS = List.of(
            ManagersCommand.changing("start weekly"),
            ManagersCommand.changingAfter("start weekly", "close"),
            ManagersCommand.changing("anonymous on"),
            ManagersCommand.changing("merge ward sister into ward nurse"),
            ManagersCommand.changing("split ward sister from ward nurse"),
            ManagersCommand.reading("export", CSV_HEADER),
            ManagersCommand.reading("managers", "Managers of product"),
            ManagersCommand.changing("managers add ben"),
            ManagersCommand.changingAfter("managers add ben", "managers remove ben"),
            ManagersCommand.reading("schedule", "schedule"),
            ManagersCommand.changing("schedule weekly monday 09:00 UTC"),
            ManagersCommand.changingAfter("schedule weekly monday 09:00 UTC", "schedule off"),
            ManagersCommand.changing("deadline 48"),
            ManagersCommand.changing("reminder 3"),
            new ManagersCommand("remind", Optional.of("start weekly"), Optional.of("Reminded")),
            ManagersCommand.changing("playbook weekly"),
            ManagersCommand.changing("late answers accept"),
            ManagersCommand.changing("ask at local time on"));

    @TempDir
    Path dir;

    private Transcript acme;
    private Transcript acmeBilling;
    private Transcript globex;
    private Person maria;
    private Person ana;
    private Person ben;
    private Person root;
    private Person globexMaria;
    private Person globexAna;

    @BeforeEach
    void threeTeamsWithAClosedCheckInEach() {
        acme = Transcript.open(dir);
        maria = acme.joins("maria");
        ana = acme.joins("ana");
        ben = acme.joins("ben");
        maria.runs("start");
        ana.says(ANA_OUTCOME);
        ana.says(ANA_CUSTOMER);
        ben.says(BEN_OUTCOME);
        maria.runs("close");
        root = acme.joinsAsPlatformAdmin("root");

        acmeBilling = acme.team("billing");
        Person olga = acmeBilling.joins("olga");
        Person pete = acmeBilling.joins("pete");
        acmeBilling.joins("maria");
        olga.runs("start");
        pete.says(PETE_OUTCOME);
        olga.runs("close");

        globex = acme.inTenant("globex");
        globexMaria = globex.joins("maria");
        globexAna = globex.joins("ana");
        globexMaria.runs("start");
        globexAna.says(GLOBEX_ANA_OUTCOME);
        globexMaria.runs("close");
    }

    @AfterEach
    void close() {
        Stream.of(acme, acmeBilling, globex).forEach(Transcript::close);
    }

    static Stream<Arguments> everyoneTimesEveryManagersCommand() {
        return Arrays.stream(Who.values()).flatMap(who -> MANAGERS_COMMANDS.stream().map(c -> Arguments.of(who, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyoneTimesEveryManagersCommand")
    void managersCommandsWorkForManagersAndPlatformAdminsOnlyAndStayInTheirTeam(Who who, ManagersCommand command) {
        command.prepare().ifPresent(maria::runs);
        Person issuer = person(who);
        TeamState before = state(acme);
        TeamState billingBefore = state(acmeBilling);
        TeamState globexBefore = state(globex);

        Transcript.Lines sent = issuer.runs(command.line());

        assertStaysInTeam(sent, acme, issuer);
        assertThat(state(acmeBilling)).isEqualTo(billingBefore);
        assertThat(state(globex)).isEqualTo(globexBefore);
        if (who == Who.MEMBER) {
            assertThat(sent.messages()).singleElement().satisfies(refusal -> {
                assertThat(refusal.to()).isEqualTo(new Destination.PrivateReply(acme.teamRef(), issuer.ref()));
                assertThat(refusal.text()).contains(REFUSAL, "Managers here: maria");
            });
            assertThat(state(acme)).isEqualTo(before);
            return;
        }
        assertThat(everything(sent)).doesNotContain(REFUSAL);
        if (command.readOnlyEvidence().isPresent()) {
            assertThat(sent.privately(issuer) + sent.to(issuer)).contains(command.readOnlyEvidence().get());
            assertThat(state(acme)).isEqualTo(before);
        } else {
            assertThat(state(acme)).isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void helpStatusAndSummaryAnswerAnyoneAndChangeNothing(Who who) {
        Person issuer = person(who);
        TeamState before = state(acme);

        for (String line : List.of("help", "status", "summary")) {
            Transcript.Lines sent = issuer.runs(line);

            assertStaysInTeam(sent, acme, issuer);
            assertThat(sent.messages()).as(line).isNotEmpty();
            assertThat(everything(sent)).as(line).doesNotContain(REFUSAL);
        }
        assertThat(state(acme)).isEqualTo(before);
    }

    static Stream<Who> everyone() {
        return Arrays.stream(Who.values());
    }

    @Test
    void memberCannotExportTeamAnswers() {
        Transcript.Lines sent = ana.runs("export");

        assertThat(sent.privately(ana)).contains(REFUSAL);
        assertThat(everything(sent)).doesNotContain(CSV_HEADER, BEN_OUTCOME, ANA_OUTCOME);
        assertThat(sent.to(ana)).isEmpty();
    }

    @Test
    void managerExportHoldsEveryAnswerOfTheirTeamAndNothingElse() {
        String csv = maria.runs("export").to(maria);

        assertThat(csv).contains(CSV_HEADER).contains(ACME_PRODUCT_ANSWERS);
        assertThat(csv).doesNotContain(PETE_OUTCOME, GLOBEX_ANA_OUTCOME);
    }

    @Test
    void platformAdminExportIsTheirWorkspacesTeamOnly() {
        String csv = root.runs("export").to(root);

        assertThat(csv).contains(ACME_PRODUCT_ANSWERS).doesNotContain(PETE_OUTCOME, GLOBEX_ANA_OUTCOME);
    }

    @Test
    void memberSeesOnlyTheirOwnAnswers() {
        Transcript.Lines sent = ana.says("my answers");

        assertThat(sent.messages()).allSatisfy(m -> assertThat(m.to()).isEqualTo(new Destination.DirectMessage(ana.ref())));
        assertThat(sent.to(ana)).contains(ANA_OUTCOME, ANA_CUSTOMER)
                .doesNotContain(BEN_OUTCOME, PETE_OUTCOME, GLOBEX_ANA_OUTCOME);
    }

    @Test
    void myAnswersTypedInTheChannelIsAnsweredPrivately() {
        Transcript.Lines sent = ana.runs("my answers");

        assertThat(sent.channel()).isEmpty();
        assertThat(sent.to(ana)).contains(ANA_OUTCOME).doesNotContain(BEN_OUTCOME);
    }

    @Test
    void sameUserIdInAnotherWorkspaceSeesOnlyTheirOwnAnswers() {
        assertThat(globexAna.says("my answers").to(globexAna)).contains(GLOBEX_ANA_OUTCOME)
                .doesNotContain(ANA_OUTCOME, ANA_CUSTOMER);
    }

    @Test
    void managerOfSameChannelIdInAnotherWorkspaceExportsOnlyTheirOwnTeam() {
        String csv = globexMaria.runs("export").to(globexMaria);

        assertThat(csv).contains(GLOBEX_ANA_OUTCOME).doesNotContain(ANA_OUTCOME, BEN_OUTCOME, PETE_OUTCOME);
    }

    @Test
    void managerOfOneTeamIsAPlainMemberOfAnother() {
        Person mariaInBilling = acmeBilling.member("maria");
        TeamState before = state(acmeBilling);

        assertThat(mariaInBilling.runs("export").privately(mariaInBilling)).contains(REFUSAL, "Managers here: olga");
        assertThat(mariaInBilling.runs("managers add maria").privately(mariaInBilling)).contains(REFUSAL);
        assertThat(state(acmeBilling)).isEqualTo(before);
    }

    @Test
    void forgettingAMemberLeavesTheirNamesakeInAnotherWorkspace() {
        ana.says("forget me");
        ana.says("forget me yes");

        assertThat(globexAna.says("my answers").to(globexAna)).contains(GLOBEX_ANA_OUTCOME);
        assertThat(maria.runs("export").to(maria)).contains(BEN_OUTCOME).doesNotContain(ANA_OUTCOME);
    }

    @Test
    void platformAdminOfAnotherWorkspaceCannotCommandThisWorkspacesTeam() {
        Person outsider = globex.joinsAsPlatformAdmin("root");
        TeamState before = state(acme);

        assertThatThrownBy(() -> acme.engine().handle(CommandIssued.of(acme.teamRef(), outsider.ref(), "export")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot join team");
        assertThat(state(acme)).isEqualTo(before);
        assertThat(pendingText(acme)).doesNotContain(CSV_HEADER);
    }

    @Test
    void whenEveryManagerHasLeftNoMemberInheritsTheTeamsAnswers() {
        acme.leaves(maria);
        acme.leaves(root);

        Transcript.Lines sent = ana.runs("export");

        assertThat(everything(sent)).doesNotContain(CSV_HEADER, BEN_OUTCOME);
        assertThat(sent.privately(ana)).contains("no manager any more", "workspace admin");
        assertThat(role(acme, ana)).isEqualTo(Role.MEMBER);
        assertThat(root.runs("managers add ana").channel()).contains("made ana a manager");
        assertThat(ana.runs("export").to(ana)).contains(BEN_OUTCOME);
    }

    @Test
    void theFirstToSetUpANewTeamStillBecomesItsManager() {
        try (Transcript fresh = acme.team("design")) {
            Person lena = fresh.joins("lena");

            assertThat(lena.runs("export").privately(lena)).contains("now this team's manager", "nothing to export");
            assertThat(role(fresh, lena)).isEqualTo(Role.MANAGER);
        }
    }

    private Person person(Who who) {
        return switch (who) {
            case MEMBER -> ana;
            case MANAGER -> maria;
            case PLATFORM_ADMIN -> root;
        };
    }

    /** Everything stored about one team: its settings, members and roles, vocabulary, check-ins and answers. */
    record TeamState(Team team, TeamSettings settings, List<TeamMember> members, Decisions decisions,
                     List<CheckIn> checkIns, List<Answer> answers) {
    }

    private static TeamState state(Transcript transcript) {
        return transcript.store().read(tx -> {
            Team team = tx.findTeam(transcript.teamRef()).orElseThrow();
            List<CheckIn> checkIns = tx.checkIns(team.id());
            List<Answer> answers = checkIns.stream().flatMap(c -> tx.currentAnswers(c.id()).stream()).toList();
            return new TeamState(team, tx.teamSettings(team.id()), tx.members(team.id()), tx.decisions(team.id()),
                    checkIns, answers);
        });
    }

    private static Role role(Transcript transcript, Person person) {
        return transcript.store().read(tx -> tx.membership(tx.findTeam(transcript.teamRef()).orElseThrow().id(),
                person.ref()).orElseThrow().role());
    }

    /** Every message goes to the team's channel, to the issuer, or privately to a member of the team. */
    private static void assertStaysInTeam(Transcript.Lines sent, Transcript team, Person issuer) {
        List<MemberRef> members = state(team).members().stream().map(TeamMember::ref).toList();
        assertThat(sent.messages()).extracting(OutboundMessage::to).allSatisfy(to -> {
            assertThat(to.tenant()).isEqualTo(team.teamRef().tenant());
            if (to instanceof Destination.ChannelPost post) {
                assertThat(post.team()).isEqualTo(team.teamRef());
            } else if (to instanceof Destination.PrivateReply reply) {
                assertThat(reply).isEqualTo(new Destination.PrivateReply(team.teamRef(), issuer.ref()));
            } else if (to instanceof Destination.DirectMessage dm) {
                assertThat(dm.member()).isIn(members);
            }
        });
    }

    /** The text of every message the store still has to send. */
    private static String pendingText(Transcript transcript) {
        return String.join("\n", transcript.store().read(tx -> tx.pendingOutbox(transcript.clock().instant().plus(Duration.ofDays(365)), Integer.MAX_VALUE)).stream()
                .map(e -> e.message().text()).toList());
    }

    private static String everything(Transcript.Lines sent) {
        return String.join("\n", sent.messages().stream().map(OutboundMessage::text).toList());
    }
}
