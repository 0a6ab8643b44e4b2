package com.claritycoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.CheckInState;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.schedule.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CoachStore} must do, whatever database is behind it. A subclass supplies fresh
 * stores; the suite never mocks the database.
 */
public abstract class CoachStoreContract {

    protected static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    protected static final TenantRef ACME = new TenantRef(Platform.SLACK, "T-ACME");
    protected static final TenantRef GLOBEX = new TenantRef(Platform.SLACK, "T-GLOBEX");
    /** The same tenant id as {@link #ACME} on another platform: a different tenant. */
    protected static final TenantRef ACME_ON_TEAMS = new TenantRef(Platform.TEAMS, "T-ACME");

    protected static final TeamRef ACME_SALES = new TeamRef(ACME, "C-SALES");
    protected static final TeamRef ACME_OPS = new TeamRef(ACME, "C-OPS");
    protected static final TeamRef GLOBEX_SALES = new TeamRef(GLOBEX, "C-SALES");

    protected static final MemberRef ANA = new MemberRef(ACME, "U-ANA");
    protected static final MemberRef BEN = new MemberRef(ACME, "U-BEN");
    protected static final MemberRef CAROL = new MemberRef(ACME, "U-CAROL");
    protected static final MemberRef GLOBEX_ANA = new MemberRef(GLOBEX, "U-ANA");

    private final List<CoachStore> opened = new ArrayList<>();
    protected CoachStore store;

    /** Opens a store on a new, empty database. Called once before each test. */
    protected abstract CoachStore openNewStore() throws Exception;

    /** Opens another store on the database of the last {@link #openNewStore()}, as a restarted process would. */
    protected abstract CoachStore reopenStore() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = track(openNewStore());
    }

    @AfterEach
    protected void closeStores() {
        opened.forEach(CoachStore::close);
        opened.clear();
    }

    protected CoachStore track(CoachStore opening) {
        opened.add(opening);
        return opening;
    }

    protected <T> T tx(Function<StoreTx, T> work) {
        return store.inTransaction(work);
    }

    protected void write(Consumer<StoreTx> work) {
        store.inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    protected long team(TeamRef ref) {
        return tx(tx -> tx.ensureTeam(ref, "Team " + ref.channelId()).id());
    }

    protected long openCheckIn(long teamId) {
        return tx(tx -> tx.openCheckIn(teamId, "ultimate-customer", T0, T0.plus(Duration.ofDays(5))).id());
    }

    // Teams

    @Test
    void ensureTeamCreatesTheTeamOnceAndKeepsItsFirstName() {
        Team first = tx(tx -> tx.ensureTeam(ACME_SALES, "Sales"));
        Team again = tx(tx -> tx.ensureTeam(ACME_SALES, "Renamed"));

        assertThat(first.ref()).isEqualTo(ACME_SALES);
        assertThat(first.name()).isEqualTo("Sales");
        assertThat(first.anonymous()).isFalse();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void findTeamIsEmptyForAChannelNeverSeen() {
        team(ACME_SALES);

        assertThat(tx((StoreTx tx) -> tx.findTeam(ACME_OPS))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.findTeam(ACME_SALES))).map(Team::ref).contains(ACME_SALES);
    }

    @Test
    void sameChannelIdInTwoTenantsIsTwoTeams() {
        TeamRef acmeOnTeams = new TeamRef(ACME_ON_TEAMS, ACME_SALES.channelId());
        long acme = team(ACME_SALES);
        long globex = team(GLOBEX_SALES);
        long teams = team(acmeOnTeams);

        assertThat(Set.of(acme, globex, teams)).hasSize(3);
        assertThat(tx((StoreTx tx) -> tx.findTeam(GLOBEX_SALES))).map(Team::id).contains(globex);
        assertThat(tx((StoreTx tx) -> tx.findTeam(acmeOnTeams))).map(Team::id).contains(teams);
        assertThat(tx((StoreTx tx) -> tx.teamById(acme))).map(Team::ref).contains(ACME_SALES);
    }

    @Test
    void teamByIdIsEmptyForAnUnknownId() {
        long id = team(ACME_SALES);

        assertThat(tx((StoreTx tx) -> tx.teamById(id + 1000))).isEmpty();
    }

    @Test
    void anonymityIsStoredPerTeam() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);

        write(tx -> tx.setAnonymous(sales, true));

        assertThat(tx((StoreTx tx) -> tx.teamById(sales))).map(Team::anonymous).contains(true);
        assertThat(tx((StoreTx tx) -> tx.teamById(ops))).map(Team::anonymous).contains(false);
        write(tx -> tx.setAnonymous(sales, false));
        assertThat(tx((StoreTx tx) -> tx.teamById(sales))).map(Team::anonymous).contains(false);
    }

    // Members

    @Test
    void savedProfileIsFoundAndRefreshed() {
        write(tx -> tx.saveProfile(new MemberProfile(ANA, "Ana", ZoneId.of("Europe/Paris"), false)));
        assertThat(tx((StoreTx tx) -> tx.findProfile(ANA)))
                .contains(new MemberProfile(ANA, "Ana", ZoneId.of("Europe/Paris"), false));

        write(tx -> tx.saveProfile(new MemberProfile(ANA, "Ana Lopez", ZoneId.of("America/Chicago"), true)));

        assertThat(tx((StoreTx tx) -> tx.findProfile(ANA)))
                .contains(new MemberProfile(ANA, "Ana Lopez", ZoneId.of("America/Chicago"), true));
    }

    @Test
    void profileIsUnknownUntilSavedEvenForATeamMember() {
        long sales = team(ACME_SALES);
        write(tx -> tx.ensureMember(sales, BEN));

        assertThat(tx((StoreTx tx) -> tx.findProfile(BEN))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.findProfile(CAROL))).isEmpty();
    }

    @Test
    void ensureMemberAddsAPlainMemberOnceAndKeepsTheirRole() {
        long sales = team(ACME_SALES);

        TeamMember added = tx(tx -> tx.ensureMember(sales, ANA));
        write(tx -> tx.setRole(sales, ANA, Role.MANAGER));
        TeamMember again = tx(tx -> tx.ensureMember(sales, ANA));

        assertThat(added.teamId()).isEqualTo(sales);
        assertThat(added.ref()).isEqualTo(ANA);
        assertThat(added.role()).isEqualTo(Role.MEMBER);
        assertThat(again.role()).isEqualTo(Role.MANAGER);
        assertThat(tx((StoreTx tx) -> tx.members(sales))).hasSize(1);
    }

    @Test
    void membersAreListedInJoinOrderAndUnknownProfilesAreNamedAfterTheUserId() {
        long sales = team(ACME_SALES);
        write(tx -> tx.saveProfile(new MemberProfile(ANA, "Ana", ZoneId.of("Europe/Paris"), true)));
        write(tx -> {
            tx.ensureMember(sales, CAROL);
            tx.ensureMember(sales, ANA);
            tx.ensureMember(sales, BEN);
        });

        List<TeamMember> members = tx(tx -> tx.members(sales));

        assertThat(members).extracting(TeamMember::ref).containsExactly(CAROL, ANA, BEN);
        assertThat(members.get(0).profile()).isEqualTo(MemberProfile.of(CAROL, CAROL.userId()));
        assertThat(members.get(1).profile()).isEqualTo(new MemberProfile(ANA, "Ana", ZoneId.of("Europe/Paris"), true));
        assertThat(members.get(1).isManager()).isTrue();
        assertThat(members).extracting(TeamMember::role).containsOnly(Role.MEMBER);
    }

    @Test
    void setRoleMakesAManagerAndAddsThemWhenNeeded() {
        long sales = team(ACME_SALES);
        write(tx -> tx.ensureMember(sales, ANA));

        write(tx -> {
            tx.setRole(sales, ANA, Role.MANAGER);
            tx.setRole(sales, BEN, Role.MANAGER);
        });

        assertThat(tx((StoreTx tx) -> tx.membership(sales, ANA))).map(TeamMember::role).contains(Role.MANAGER);
        assertThat(tx((StoreTx tx) -> tx.membership(sales, BEN))).map(TeamMember::role).contains(Role.MANAGER);
        write(tx -> tx.setRole(sales, ANA, Role.MEMBER));
        assertThat(tx((StoreTx tx) -> tx.membership(sales, ANA))).map(TeamMember::role).contains(Role.MEMBER);
    }

    @Test
    void removeFromTeamEndsOnlyThatMembership() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        write(tx -> {
            tx.ensureMember(sales, ANA);
            tx.ensureMember(ops, ANA);
            tx.ensureMember(sales, BEN);
        });

        write(tx -> tx.removeFromTeam(sales, ANA));

        assertThat(tx((StoreTx tx) -> tx.membership(sales, ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.membership(ops, ANA))).isPresent();
        assertThat(tx((StoreTx tx) -> tx.members(sales))).extracting(TeamMember::ref).containsExactly(BEN);
    }

    @Test
    void teamsOfListsTheMembersTeamsInTheOrderJoined() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        team(new TeamRef(ACME, "C-OTHER"));
        write(tx -> {
            tx.ensureMember(ops, ANA);
            tx.ensureMember(sales, ANA);
        });

        assertThat(tx((StoreTx tx) -> tx.teamsOf(ANA))).extracting(Team::id).containsExactly(ops, sales);
        assertThat(tx((StoreTx tx) -> tx.teamsOf(BEN))).isEmpty();
    }

    @Test
    void sameUserIdInTwoTenantsIsTwoPeople() {
        long acme = team(ACME_SALES);
        long globex = team(GLOBEX_SALES);
        write(tx -> {
            tx.saveProfile(new MemberProfile(ANA, "Ana of Acme", null, false));
            tx.saveProfile(new MemberProfile(GLOBEX_ANA, "Ana of Globex", null, true));
            tx.ensureMember(acme, ANA);
            tx.ensureMember(globex, GLOBEX_ANA);
            tx.setRole(globex, GLOBEX_ANA, Role.MANAGER);
        });

        assertThat(tx((StoreTx tx) -> tx.findProfile(ANA))).map(MemberProfile::displayName).contains("Ana of Acme");
        assertThat(tx((StoreTx tx) -> tx.findProfile(GLOBEX_ANA))).map(MemberProfile::displayName).contains("Ana of Globex");
        assertThat(tx((StoreTx tx) -> tx.teamsOf(ANA))).extracting(Team::id).containsExactly(acme);
        assertThat(tx((StoreTx tx) -> tx.teamsOf(GLOBEX_ANA))).extracting(Team::id).containsExactly(globex);
        assertThat(tx((StoreTx tx) -> tx.membership(acme, ANA))).map(TeamMember::role).contains(Role.MEMBER);
        assertThat(tx((StoreTx tx) -> tx.membership(globex, ANA))).isEmpty();
    }

    @Test
    void aMemberOfAnotherTenantCannotJoinATeam() {
        long acme = team(ACME_SALES);

        assertThatThrownBy(() -> write(tx -> tx.ensureMember(acme, GLOBEX_ANA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-GLOBEX")
                .hasMessageContaining("T-ACME");
        assertThat(tx((StoreTx tx) -> tx.members(acme))).isEmpty();
    }

    @Test
    void forgetRequestKeepsItsInstantKeepsTheReminderChoiceAndEndsWithTheMember() {
        write(tx -> {
            tx.setReminders(ANA, false);
            tx.requestForget(ANA, T0);
            tx.requestForget(ANA, T0.plusSeconds(60));
        });

        assertThat(tx((StoreTx tx) -> tx.forgetRequestedAt(ANA))).contains(T0.plusSeconds(60));
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(ANA))).isFalse();
        assertThat(tx((StoreTx tx) -> tx.forgetRequestedAt(GLOBEX_ANA))).isEmpty();
        tx(tx -> tx.forgetMember(ANA));
        assertThat(tx((StoreTx tx) -> tx.forgetRequestedAt(ANA))).isEmpty();
    }

    @Test
    void forgetMemberDeletesEverythingAboutThePersonInThatTenantOnly() {
        long acme = team(ACME_SALES);
        long globex = team(GLOBEX_SALES);
        long acmeCheckIn = openCheckIn(acme);
        long globexCheckIn = openCheckIn(globex);
        write(tx -> {
            for (MemberRef member : List.of(ANA, BEN)) {
                tx.saveProfile(MemberProfile.of(member, member.userId()));
                tx.ensureMember(acme, member);
                tx.saveConversation(Conversation.start(acmeCheckIn, member, T0));
                tx.saveAnswer(acmeCheckIn, member, "customer", "the buyer", T0, Set.of(), null);
            }
            tx.saveAnswer(acmeCheckIn, ANA, "customer", "the end user", T0.plusSeconds(5), Set.of(), null);
            tx.saveAnswer(acmeCheckIn, ANA, "outcome", "faster onboarding", T0.plusSeconds(9), Set.of(), null);
            tx.saveProfile(MemberProfile.of(GLOBEX_ANA, "Ana"));
            tx.ensureMember(globex, GLOBEX_ANA);
            tx.saveConversation(Conversation.start(globexCheckIn, GLOBEX_ANA, T0));
            tx.saveAnswer(globexCheckIn, GLOBEX_ANA, "customer", "hospitals", T0, Set.of(), null);
        });

        int deleted = tx(tx -> tx.forgetMember(ANA));

        assertThat(deleted).isEqualTo(3);
        assertThat(tx((StoreTx tx) -> tx.findProfile(ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.membership(acme, ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.conversation(acmeCheckIn, ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(acmeCheckIn))).extracting(Answer::member).containsExactly(BEN);
        assertThat(tx((StoreTx tx) -> tx.members(acme))).extracting(TeamMember::ref).containsExactly(BEN);
        assertThat(tx((StoreTx tx) -> tx.findProfile(GLOBEX_ANA))).isPresent();
        assertThat(tx((StoreTx tx) -> tx.membership(globex, GLOBEX_ANA))).isPresent();
        assertThat(tx((StoreTx tx) -> tx.conversation(globexCheckIn, GLOBEX_ANA))).isPresent();
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(globexCheckIn))).hasSize(1);
    }

    @Test
    void forgetMemberDeletesTheCoachsPrivateMessagesToThemButNotOthers() {
        write(tx -> {
            tx.saveProfile(MemberProfile.of(ANA, "Ana"));
            tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(ANA), "Your answer: the end user"), T0);
            tx.enqueue(OutboundMessage.text(new Destination.PrivateReply(ACME_SALES, ANA), "status for Ana"), T0);
            tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(BEN), "Ben's question"), T0);
            tx.enqueue(OutboundMessage.text(new Destination.DirectMessage(GLOBEX_ANA), "Globex Ana's question"), T0);
            tx.enqueue(OutboundMessage.text(new Destination.ChannelPost(ACME_SALES), "summary"), T0);
        });

        write(tx -> tx.forgetMember(ANA));

        List<OutboxEntry> left = tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(1), 10));
        assertThat(left).extracting(e -> e.message().text())
                .containsExactlyInAnyOrder("Ben's question", "Globex Ana's question", "summary");
    }

    @Test
    void forgettingSomeoneNeverSeenDeletesNothing() {
        assertThat(tx((StoreTx tx) -> tx.forgetMember(CAROL))).isZero();
    }

    // Check-ins

    @Test
    void openedCheckInIsCurrentUntilClosedAndStaysLatest() {
        long sales = team(ACME_SALES);
        Instant closes = T0.plus(Duration.ofDays(5));

        CheckIn opened = tx(tx -> tx.openCheckIn(sales, "ultimate-customer", T0, closes));

        assertThat(opened).isEqualTo(new CheckIn(opened.id(), sales, "ultimate-customer", T0, closes, CheckInState.OPEN));
        assertThat(tx((StoreTx tx) -> tx.currentCheckIn(sales))).contains(opened);
        assertThat(tx((StoreTx tx) -> tx.latestCheckIn(sales))).contains(opened);
        assertThat(tx((StoreTx tx) -> tx.checkIn(opened.id()))).contains(opened);

        write(tx -> tx.closeCheckIn(opened.id()));

        CheckIn closed = new CheckIn(opened.id(), sales, "ultimate-customer", T0, closes, CheckInState.CLOSED);
        assertThat(tx((StoreTx tx) -> tx.currentCheckIn(sales))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.latestCheckIn(sales))).contains(closed);
        assertThat(tx((StoreTx tx) -> tx.checkIn(opened.id()))).contains(closed);
    }

    @Test
    void checkInsAreListedOldestFirstAndLatestIsTheNewest() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        List<Long> ids = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            Instant opened = T0.plus(Duration.ofDays(7L * week));
            ids.add(tx(tx -> {
                long id = tx.openCheckIn(sales, "ultimate-customer", opened, opened.plus(Duration.ofDays(5))).id();
                tx.closeCheckIn(id);
                return id;
            }));
        }
        openCheckIn(ops);

        assertThat(tx((StoreTx tx) -> tx.checkIns(sales))).extracting(CheckIn::id).containsExactlyElementsOf(ids);
        assertThat(tx((StoreTx tx) -> tx.latestCheckIn(sales))).map(CheckIn::id).contains(ids.get(2));
        assertThat(tx((StoreTx tx) -> tx.currentCheckIn(sales))).isEmpty();
    }

    @Test
    void aTeamCannotHaveTwoOpenCheckIns() {
        long sales = team(ACME_SALES);
        long first = openCheckIn(sales);

        assertThatThrownBy(() -> openCheckIn(sales)).isInstanceOf(IllegalStateException.class);

        assertThat(tx((StoreTx tx) -> tx.checkIns(sales))).extracting(CheckIn::id).containsExactly(first);
    }

    @Test
    void checkInMayHaveNoClosingTime() {
        long sales = team(ACME_SALES);

        CheckIn opened = tx(tx -> tx.openCheckIn(sales, "ultimate-customer", T0, null));

        assertThat(tx((StoreTx tx) -> tx.checkIn(opened.id()))).map(CheckIn::closes).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.checkIn(opened.id()))).map(CheckIn::opened).contains(T0);
    }

    @Test
    void closingAnUnknownCheckInIsRefused() {
        assertThatThrownBy(() -> write(tx -> tx.closeCheckIn(4242))).isInstanceOf(IllegalArgumentException.class);
    }

    // Conversations

    @Test
    void saveConversationInsertsThenReplaces() {
        long checkIn = openCheckIn(team(ACME_SALES));
        write(tx -> tx.saveConversation(Conversation.start(checkIn, ANA, T0)));
        assertThat(tx((StoreTx tx) -> tx.conversation(checkIn, ANA))).contains(Conversation.start(checkIn, ANA, T0));

        Conversation paused = new Conversation(checkIn, ANA, ConversationState.PAUSED, 3, 4,
                ConversationState.FOLLOWING_UP, Set.of("manager-as-customer", "vague-group"), T0.plusSeconds(60));
        write(tx -> tx.saveConversation(paused));

        assertThat(tx((StoreTx tx) -> tx.conversation(checkIn, ANA))).contains(paused);
        assertThat(tx((StoreTx tx) -> tx.conversations(checkIn))).containsExactly(paused);
        assertThat(tx((StoreTx tx) -> tx.conversation(checkIn, BEN))).isEmpty();
    }

    @Test
    void conversationsOfACheckInAreListedInTheOrderTheyStarted() {
        long checkIn = openCheckIn(team(ACME_SALES));
        write(tx -> {
            tx.saveConversation(Conversation.start(checkIn, CAROL, T0));
            tx.saveConversation(Conversation.start(checkIn, ANA, T0.plusSeconds(1)));
        });
        write(tx -> tx.saveConversation(new Conversation(checkIn, CAROL, ConversationState.DONE, 9, 9, null, Set.of(),
                T0.plusSeconds(30))));

        assertThat(tx((StoreTx tx) -> tx.conversations(checkIn))).extracting(Conversation::member).containsExactly(CAROL, ANA);
    }

    @Test
    void membersAskedInACheckInComeWithTheirProfilesInTheOrderTheirConversationsStarted() {
        long checkIn = openCheckIn(team(ACME_SALES));
        long otherCheckIn = openCheckIn(team(ACME_OPS));
        write(tx -> {
            tx.saveProfile(MemberProfile.of(ANA, "Ana"));
            tx.saveConversation(Conversation.start(checkIn, CAROL, T0));
            tx.saveConversation(Conversation.start(checkIn, ANA, T0.plusSeconds(1)));
            tx.saveConversation(Conversation.start(otherCheckIn, BEN, T0));
        });

        assertThat(tx((StoreTx tx) -> tx.askedIn(checkIn))).extracting(MemberProfile::ref, MemberProfile::displayName)
                .containsExactly(tuple(CAROL, "U-CAROL"), tuple(ANA, "Ana"));
    }

    @Test
    void openConversationsOfAMemberAreMostRecentFirstAndSkipClosedCheckIns() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        long other = team(new TeamRef(ACME, "C-OTHER"));
        long globex = team(GLOBEX_SALES);
        long salesCheckIn = openCheckIn(sales);
        long opsCheckIn = openCheckIn(ops);
        long closedCheckIn = openCheckIn(other);
        long globexCheckIn = openCheckIn(globex);
        write(tx -> {
            tx.saveConversation(Conversation.start(salesCheckIn, ANA, T0.plusSeconds(10)));
            tx.saveConversation(Conversation.start(opsCheckIn, ANA, T0.plusSeconds(20)));
            tx.saveConversation(Conversation.start(closedCheckIn, ANA, T0.plusSeconds(30)));
            tx.saveConversation(Conversation.start(globexCheckIn, GLOBEX_ANA, T0.plusSeconds(40)));
            tx.closeCheckIn(closedCheckIn);
        });

        assertThat(tx((StoreTx tx) -> tx.openConversationsOf(ANA))).extracting(Conversation::checkInId)
                .containsExactly(opsCheckIn, salesCheckIn);

        write(tx -> tx.saveConversation(Conversation.start(salesCheckIn, ANA, T0.plusSeconds(50))));
        assertThat(tx((StoreTx tx) -> tx.openConversationsOf(ANA))).extracting(Conversation::checkInId)
                .containsExactly(salesCheckIn, opsCheckIn);
        assertThat(tx((StoreTx tx) -> tx.openConversationsOf(GLOBEX_ANA))).extracting(Conversation::checkInId)
                .containsExactly(globexCheckIn);
        assertThat(tx((StoreTx tx) -> tx.openConversationsOf(BEN))).isEmpty();
    }

    // Answers

    @Test
    void answerRevisionsCountUpFromOnePerMemberAndPrompt() {
        long checkIn = openCheckIn(team(ACME_SALES));

        List<Integer> revisions = tx(tx -> List.of(
                tx.saveAnswer(checkIn, ANA, "customer", "my manager", T0, Set.of("manager-as-customer"), "m1").revision(),
                tx.saveAnswer(checkIn, ANA, "customer", "the clinic", T0.plusSeconds(1), Set.of(), "m2").revision(),
                tx.saveAnswer(checkIn, ANA, "outcome", "shorter waits", T0.plusSeconds(2), Set.of(), "m3").revision(),
                tx.saveAnswer(checkIn, BEN, "customer", "patients", T0.plusSeconds(3), Set.of(), "m4").revision()));
        int third = tx(tx -> tx.saveAnswer(checkIn, ANA, "customer", "the clinic's patients", T0.plusSeconds(4),
                Set.of(), "m5").revision());

        assertThat(revisions).containsExactly(1, 2, 1, 1);
        assertThat(third).isEqualTo(3);
        assertThat(tx((StoreTx tx) -> tx.currentAnswer(checkIn, ANA, "customer")))
                .map(Answer::text).contains("the clinic's patients");
        assertThat(tx((StoreTx tx) -> tx.currentAnswer(checkIn, ANA, "measure"))).isEmpty();
    }

    @Test
    void savedAnswerReadsBackWithItsFlagsAndSource() {
        long checkIn = openCheckIn(team(ACME_SALES));

        Answer flagged = tx(tx -> tx.saveAnswer(checkIn, ANA, "customer", "my manager", T0,
                Set.of("manager-as-customer", "internal"), "msg-1"));
        Answer plain = tx(tx -> tx.saveAnswer(checkIn, BEN, "customer", "patients", T0.plusSeconds(1), Set.of(), null));

        assertThat(flagged).isEqualTo(new Answer(checkIn, ANA, "customer", "my manager", T0, 1,
                Set.of("manager-as-customer", "internal"), "msg-1"));
        assertThat(tx((StoreTx tx) -> tx.currentAnswer(checkIn, ANA, "customer"))).contains(flagged);
        assertThat(tx((StoreTx tx) -> tx.currentAnswer(checkIn, BEN, "customer"))).contains(plain);
        assertThat(plain.flags()).isEmpty();
        assertThat(plain.sourceMessageId()).isNull();
    }

    @Test
    void currentAnswersAreTheHighestRevisionsInTheOrderFirstGiven() {
        long checkIn = openCheckIn(team(ACME_SALES));
        long otherCheckIn = openCheckIn(team(ACME_OPS));
        write(tx -> {
            tx.saveAnswer(checkIn, BEN, "customer", "sales", T0, Set.of(), null);
            tx.saveAnswer(checkIn, ANA, "customer", "my boss", T0.plusSeconds(1), Set.of(), null);
            tx.saveAnswer(checkIn, ANA, "outcome", "fewer errors", T0.plusSeconds(2), Set.of(), null);
            tx.saveAnswer(otherCheckIn, ANA, "customer", "elsewhere", T0.plusSeconds(3), Set.of(), null);
        });
        write(tx -> {
            tx.saveAnswer(checkIn, BEN, "customer", "the buyers", T0.plusSeconds(4), Set.of(), null);
            tx.saveAnswer(checkIn, ANA, "customer", "the end users", T0.plusSeconds(5), Set.of(), null);
            tx.saveAnswer(checkIn, ANA, "customer", "hospital patients", T0.plusSeconds(6), Set.of(), null);
        });

        List<Answer> current = tx(tx -> tx.currentAnswers(checkIn));

        assertThat(current).extracting(Answer::member, Answer::promptId, Answer::text, Answer::revision)
                .containsExactly(
                        tuple(BEN, "customer", "the buyers", 2),
                        tuple(ANA, "customer", "hospital patients", 3),
                        tuple(ANA, "outcome", "fewer errors", 1));
    }

    @Test
    void answerByMessageFindsTheRevisionThatMessageCarried() {
        long acme = openCheckIn(team(ACME_SALES));
        long globex = openCheckIn(team(GLOBEX_SALES));
        write(tx -> {
            tx.saveAnswer(acme, ANA, "customer", "managers", T0, Set.of(), "ts-1");
            tx.saveAnswer(acme, ANA, "customer", "clinics", T0.plusSeconds(1), Set.of(), "ts-2");
            tx.saveAnswer(globex, GLOBEX_ANA, "customer", "banks", T0.plusSeconds(2), Set.of(), "ts-9");
        });

        assertThat(tx((StoreTx tx) -> tx.answerByMessage(ANA, "ts-1"))).map(Answer::revision).contains(1);
        assertThat(tx((StoreTx tx) -> tx.answerByMessage(ANA, "ts-2"))).map(Answer::text).contains("clinics");
        assertThat(tx((StoreTx tx) -> tx.answerByMessage(BEN, "ts-1"))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.answerByMessage(ANA, "ts-9"))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.answerByMessage(GLOBEX_ANA, "ts-9"))).map(Answer::text).contains("banks");
    }

    // Synonyms

    @Test
    void synonymsAreUpsertedPerTeam() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        write(tx -> {
            tx.saveMerge(sales, "docs", "doctors");
            tx.saveMerge(sales, "gp", "doctors");
            tx.saveMerge(ops, "docs", "documentation");
        });
        write(tx -> tx.saveMerge(sales, "gp", "general practitioners"));

        assertThat(tx((StoreTx tx) -> tx.decisions(sales).merges()))
                .isEqualTo(Map.of("docs", "doctors", "gp", "general practitioners"));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops).merges())).isEqualTo(Map.of("docs", "documentation"));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops + sales + 100).merges())).isEmpty();
    }

    // Splits, and the latest decision about a pair winning

    @Test
    void splitsAreKeptPerTeamAsOnePairWhicheverWordingComesFirstAndSurviveARestart() throws Exception {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        write(tx -> {
            tx.saveSplit(sales, "donor", "borrower", T0);
            tx.saveSplit(ops, "nurse", "doctor", T0);
        });
        write(tx -> tx.saveSplit(sales, "borrower", "donor", T0.plusSeconds(60)));
        store = track(reopenStore());

        assertThat(tx((StoreTx tx) -> tx.decisions(sales)))
                .isEqualTo(new Decisions(Map.of(), Set.of(new Decisions.Split("borrower", "donor"))));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops).splits())).containsExactly(new Decisions.Split("doctor", "nurse"));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops + sales + 100))).isEqualTo(Decisions.NONE);
    }

    @Test
    void aSplitUndoesAMergeBetweenTheTwoWordingsInEitherDirectionAndNoOther() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        write(tx -> {
            tx.saveMerge(sales, "ward sister", "ward nurse");
            tx.saveMerge(sales, "matron", "ward nurse");
            tx.saveMerge(sales, "porter", "ward sister");
            tx.saveMerge(sales, "gp", "doctor");
            tx.saveMerge(ops, "ward sister", "ward nurse");
        });

        write(tx -> tx.saveSplit(sales, "ward nurse", "ward sister", T0));
        write(tx -> tx.saveSplit(sales, "gp", "doctor", T0));

        assertThat(tx((StoreTx tx) -> tx.decisions(sales))).isEqualTo(new Decisions(
                Map.of("matron", "ward nurse", "porter", "ward sister"),
                Set.of(new Decisions.Split("ward nurse", "ward sister"), new Decisions.Split("doctor", "gp"))));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops).merges())).isEqualTo(Map.of("ward sister", "ward nurse"));
    }

    @Test
    void aMergeUndoesASplitOfTheSameTwoWordingsAndNoOther() {
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        write(tx -> {
            tx.saveSplit(sales, "borrower", "library patron", T0);
            tx.saveSplit(sales, "borrower", "donor", T0);
            tx.saveSplit(ops, "borrower", "library patron", T0);
        });

        write(tx -> tx.saveMerge(sales, "library patron", "borrower"));

        assertThat(tx((StoreTx tx) -> tx.decisions(sales))).isEqualTo(new Decisions(
                Map.of("library patron", "borrower"), Set.of(new Decisions.Split("borrower", "donor"))));
        assertThat(tx((StoreTx tx) -> tx.decisions(ops).splits()))
                .containsExactly(new Decisions.Split("borrower", "library patron"));
    }

    // Meaning vectors

    @Test
    void meaningVectorsAreKeptPerModelAndReadBackExactly() {
        float[] borrower = {0.6f, -0.8f, 0f, 1e-7f};
        write(tx -> {
            tx.saveMeaningVectors("minilm", Map.of("h-borrower", borrower, "h-donor", new float[] {1f, 0f, 0f, 0f}));
            tx.saveMeaningVectors("other-model", Map.of("h-borrower", new float[] {0f, 0f, 0f, 1f}));
        });

        Map<String, float[]> read = tx((StoreTx tx) -> tx.meaningVectors("minilm", List.of("h-borrower", "h-unknown")));

        assertThat(read).containsOnlyKeys("h-borrower");
        assertThat(read.get("h-borrower")).containsExactly(borrower);
        assertThat(tx((StoreTx tx) -> tx.meaningVectors("other-model", List.of("h-borrower"))).get("h-borrower"))
                .containsExactly(0f, 0f, 0f, 1f);
    }

    @Test
    void aStoredMeaningVectorIsNeverOverwritten() {
        write(tx -> tx.saveMeaningVectors("minilm", Map.of("h", new float[] {1f, 0f})));
        write(tx -> tx.saveMeaningVectors("minilm", Map.of("h", new float[] {0f, 1f})));

        assertThat(tx((StoreTx tx) -> tx.meaningVectors("minilm", List.of("h"))).get("h")).containsExactly(1f, 0f);
    }

    @Test
    void manyMeaningVectorsAreReadInOneCall() {
        Map<String, float[]> many = new java.util.HashMap<>();
        for (int i = 0; i < 1_000; i++) {
            many.put("h" + i, new float[] {i});
        }
        write(tx -> tx.saveMeaningVectors("minilm", many));

        assertThat(tx((StoreTx tx) -> tx.meaningVectors("minilm", many.keySet()))).hasSize(1_000);
    }

    // Outbox

    @Test
    void pendingOutboxListsDueMessagesOldestFirst() {
        long second = tx(tx -> tx.enqueue(dm(ANA, "second"), T0.plusSeconds(2)));
        long first = tx(tx -> tx.enqueue(dm(ANA, "first"), T0.plusSeconds(1)));
        long third = tx(tx -> tx.enqueue(dm(BEN, "third"), T0.plusSeconds(3)));
        long later = tx(tx -> tx.enqueue(dm(BEN, "later"), T0.plusSeconds(60)));

        List<OutboxEntry> due = tx(tx -> tx.pendingOutbox(T0.plusSeconds(10), 10));

        assertThat(due).extracting(OutboxEntry::id).containsExactly(first, second, third);
        assertThat(due).extracting(entry -> entry.message().text()).containsExactly("first", "second", "third");
        assertThat(due.get(0).attempts()).isZero();
        assertThat(due.get(0).createdAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(due.get(0).notBefore()).isEqualTo(T0.plusSeconds(1));
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(10), 2))).extracting(OutboxEntry::id)
                .containsExactly(first, second);
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(60), 10))).extracting(OutboxEntry::id).contains(later);
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0, 10))).isEmpty();
    }

    @Test
    void idempotencyKeysAreStableAndDistinctPerMessage() {
        write(tx -> {
            tx.enqueue(dm(ANA, "one"), T0);
            tx.enqueue(dm(ANA, "two"), T0);
        });

        List<String> keys = tx(tx -> tx.pendingOutbox(T0, 10)).stream().map(OutboxEntry::idempotencyKey).toList();
        List<String> again = tx(tx -> tx.pendingOutbox(T0, 10)).stream().map(OutboxEntry::idempotencyKey).toList();

        assertThat(keys).hasSize(2).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(again).isEqualTo(keys);
    }

    @Test
    void everyKindOfMessageComesBackFromTheOutboxUnchanged() {
        List<OutboundMessage> messages = OutboxSamples.everyKind();
        write(tx -> messages.forEach(message -> tx.enqueue(message, T0)));

        List<OutboundMessage> read = tx(tx -> tx.pendingOutbox(T0, 100)).stream().map(OutboxEntry::message).toList();

        assertThat(read).usingRecursiveComparison().isEqualTo(messages);
    }

    @Test
    void sentMessagesLeaveTheQueue() {
        long sent = tx(tx -> tx.enqueue(dm(ANA, "hello"), T0));
        long waiting = tx(tx -> tx.enqueue(dm(BEN, "hello"), T0));

        write(tx -> tx.markSent(sent, T0.plusSeconds(1)));

        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(5), 10))).extracting(OutboxEntry::id)
                .containsExactly(waiting);
    }

    @Test
    void rescheduleCountsTheAttemptAndWaitsUntilNotBefore() {
        long id = tx(tx -> tx.enqueue(dm(ANA, "hello"), T0));

        write(tx -> tx.rescheduleOutbox(id, T0.plusSeconds(30), "429 rate limited"));
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(29), 10))).isEmpty();
        write(tx -> tx.rescheduleOutbox(tx.pendingOutbox(T0.plusSeconds(30), 10).get(0).id(), T0.plusSeconds(90), "503"));

        List<OutboxEntry> due = tx(tx -> tx.pendingOutbox(T0.plusSeconds(90), 10));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).attempts()).isEqualTo(2);
        assertThat(due.get(0).notBefore()).isEqualTo(T0.plusSeconds(90));
        assertThat(due.get(0).createdAt()).isEqualTo(T0);
    }

    @Test
    void rescheduledMessageKeepsItsPlaceAheadOfNewerOnes() {
        long old = tx(tx -> tx.enqueue(dm(ANA, "old"), T0));
        write(tx -> tx.rescheduleOutbox(old, T0.plusSeconds(20), "timeout"));
        long fresh = tx(tx -> tx.enqueue(dm(ANA, "fresh"), T0.plusSeconds(10)));

        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(30), 10))).extracting(OutboxEntry::id)
                .containsExactly(old, fresh);
    }

    @Test
    void abandonedMessagesNeverComeBack() {
        long abandoned = tx(tx -> tx.enqueue(dm(ANA, "hello"), T0));
        long kept = tx(tx -> tx.enqueue(dm(BEN, "hello"), T0));

        write(tx -> tx.abandonOutbox(abandoned, "channel_not_found"));

        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plus(Duration.ofDays(365)), 10))).extracting(OutboxEntry::id)
                .containsExactly(kept);
    }

    @Test
    void updatingAnUnknownOutboxMessageIsRefused() {
        assertThatThrownBy(() -> write(tx -> tx.markSent(777, T0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(tx -> tx.rescheduleOutbox(777, T0, "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(tx -> tx.abandonOutbox(777, "x"))).isInstanceOf(IllegalArgumentException.class);
    }

    // Redelivery protection

    @Test
    void aDeliveryIsNewOnlyTheFirstTimeWithinItsTenant() {
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "Ev-1", T0))).isTrue();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "Ev-1", T0.plusSeconds(5)))).isFalse();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(GLOBEX, "Ev-1", T0))).isTrue();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME_ON_TEAMS, "Ev-1", T0))).isTrue();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "Ev-2", T0))).isTrue();
    }

    @Test
    void purgeDeliveriesForgetsOnlyOlderIds() {
        write(tx -> {
            tx.markDelivered(ACME, "old-1", T0);
            tx.markDelivered(GLOBEX, "old-2", T0.plusSeconds(59));
            tx.markDelivered(ACME, "recent", T0.plusSeconds(60));
        });

        int purged = tx(tx -> tx.purgeDeliveries(T0.plusSeconds(60)));

        assertThat(purged).isEqualTo(2);
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "recent", T0.plusSeconds(61)))).isFalse();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "old-1", T0.plusSeconds(61)))).isTrue();
    }

    // Retention

    @Test
    void retentionDeletesAnExpiredClosedCheckInWithItsAnswersConversationsAndSkips() {
        long sales = team(ACME_SALES);
        long old = openCheckIn(sales);
        write(tx -> {
            tx.saveConversation(Conversation.start(old, ANA, T0));
            tx.saveAnswer(old, ANA, "customer", "my manager", T0, Set.of("manager-as-customer"), "m1");
            tx.saveAnswer(old, ANA, "customer", "the ward nurse", T0.plusSeconds(5), Set.of(), "m2");
            tx.saveAnswer(old, BEN, "customer", "patients", T0.plusSeconds(9), Set.of(), null);
            tx.skipCheckIn(old, CAROL);
            tx.closeCheckIn(old);
        });

        RetentionPurge purged = tx(tx -> tx.purgeClosedCheckIns(T0.plus(Duration.ofDays(6))));

        assertThat(purged).isEqualTo(new RetentionPurge(1, 3, 1, 0));
        assertThat(tx((StoreTx tx) -> tx.checkIns(sales))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.checkIn(old))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(old))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.answerByMessage(ANA, "m2"))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.conversations(old))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.skipped(old))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.findTeam(ACME_SALES))).isPresent();
    }

    @Test
    void retentionKeepsOpenRecentAndLateAnsweredCheckIns() {
        Instant cutoff = T0.plus(Duration.ofDays(30));
        long sales = team(ACME_SALES);
        long ops = team(ACME_OPS);
        long globex = team(GLOBEX_SALES);
        long stillOpen = tx(tx -> tx.openCheckIn(ops, "weekly", T0, T0.plus(Duration.ofDays(1))).id());
        long noDeadline = closedCheckIn(sales, T0, null);
        long recentDeadline = closedCheckIn(sales, T0, cutoff);
        long lateAnswer = closedCheckIn(sales, T0, T0.plus(Duration.ofDays(1)));
        long lateStep = closedCheckIn(globex, T0, T0.plus(Duration.ofDays(1)));
        write(tx -> {
            tx.saveAnswer(stillOpen, ANA, "customer", "patients", T0, Set.of(), null);
            tx.saveAnswer(lateAnswer, ANA, "customer", "patients", cutoff, Set.of(), null);
            tx.saveConversation(new Conversation(lateStep, GLOBEX_ANA, ConversationState.PAUSED, 1, 1, null, Set.of(),
                    cutoff.plusSeconds(1)));
        });

        RetentionPurge purged = tx(tx -> tx.purgeClosedCheckIns(cutoff));

        assertThat(purged.checkIns()).isEqualTo(1);
        assertThat(tx((StoreTx tx) -> tx.checkIns(sales))).extracting(CheckIn::id)
                .containsExactly(recentDeadline, lateAnswer).doesNotContain(noDeadline);
        assertThat(tx((StoreTx tx) -> tx.checkIns(ops))).extracting(CheckIn::id).containsExactly(stillOpen);
        assertThat(tx((StoreTx tx) -> tx.checkIns(globex))).extracting(CheckIn::id).containsExactly(lateStep);
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(stillOpen))).hasSize(1);
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(lateAnswer))).hasSize(1);
        assertThat(tx((StoreTx tx) -> tx.conversations(lateStep))).hasSize(1);
    }

    @Test
    void retentionDeletesOnlySentOrAbandonedMessagesQueuedBeforeTheCutOff() {
        Instant cutoff = T0.plus(Duration.ofDays(30));
        long oldSent = tx(tx -> tx.enqueue(dm(ANA, "Your answer: the ward nurse"), T0));
        long oldAbandoned = tx(tx -> tx.enqueue(dm(BEN, "Your answer: patients"), T0));
        long oldPending = tx(tx -> tx.enqueue(dm(CAROL, "Question 1"), T0));
        long recentSent = tx(tx -> tx.enqueue(dm(ANA, "Your answer: nurses"), cutoff));
        write(tx -> {
            tx.markSent(oldSent, T0.plusSeconds(1));
            tx.abandonOutbox(oldAbandoned, "channel_not_found");
            tx.markSent(recentSent, cutoff.plusSeconds(1));
        });

        assertThat(tx((StoreTx tx) -> tx.purgeClosedCheckIns(cutoff)).messages()).isEqualTo(2);
        assertThat(tx((StoreTx tx) -> tx.purgeClosedCheckIns(cutoff)).deletedAnything()).isFalse();
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(cutoff, 10))).extracting(OutboxEntry::id).containsExactly(oldPending);
        assertThat(tx((StoreTx tx) -> tx.purgeClosedCheckIns(cutoff.plusSeconds(1))).messages()).isEqualTo(1);
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(cutoff, 10))).extracting(OutboxEntry::id).containsExactly(oldPending);
    }

    @Test
    void retentionDeletesManyExpiredCheckInsAtOnce() {
        long sales = team(ACME_SALES);
        write(tx -> {
            for (int i = 0; i < 1_200; i++) {
                long checkIn = tx.openCheckIn(sales, "weekly", T0.plusSeconds(i), T0.plusSeconds(i + 1)).id();
                tx.closeCheckIn(checkIn);
                tx.saveAnswer(checkIn, ANA, "customer", "patients", T0, Set.of(), null);
            }
        });

        RetentionPurge purged = tx(tx -> tx.purgeClosedCheckIns(T0.plus(Duration.ofDays(1))));

        assertThat(purged).isEqualTo(new RetentionPurge(1_200, 1_200, 0, 0));
        assertThat(tx((StoreTx tx) -> tx.checkIns(sales))).isEmpty();
    }

    private long closedCheckIn(long teamId, Instant opened, Instant closes) {
        return tx(tx -> {
            long id = tx.openCheckIn(teamId, "weekly", opened, closes).id();
            tx.closeCheckIn(id);
            return id;
        });
    }

    // Transactions

    @Test
    void aFailedTransactionLeavesNothingBehindAndRethrowsTheFailure() {
        long sales = team(ACME_SALES);
        long checkIn = openCheckIn(sales);
        IllegalStateException failure = new IllegalStateException("engine bug");

        assertThatThrownBy(() -> write(tx -> {
            tx.ensureTeam(ACME_OPS, "Ops");
            tx.saveProfile(MemberProfile.of(ANA, "Ana"));
            tx.ensureMember(sales, ANA);
            tx.saveConversation(Conversation.start(checkIn, ANA, T0));
            tx.saveAnswer(checkIn, ANA, "customer", "my manager", T0, Set.of(), "ts-1");
            tx.saveMerge(sales, "docs", "doctors");
            tx.saveSplit(sales, "nurses", "doctors", T0);
            tx.setAnonymous(sales, true);
            tx.closeCheckIn(checkIn);
            tx.enqueue(dm(ANA, "hello"), T0);
            tx.markDelivered(ACME, "Ev-1", T0);
            throw failure;
        })).isSameAs(failure);

        assertThat(tx((StoreTx tx) -> tx.findTeam(ACME_OPS))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.findProfile(ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.members(sales))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.conversation(checkIn, ANA))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(checkIn))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.decisions(sales))).isEqualTo(Decisions.NONE);
        assertThat(tx((StoreTx tx) -> tx.teamById(sales))).map(Team::anonymous).contains(false);
        assertThat(tx((StoreTx tx) -> tx.currentCheckIn(sales))).map(CheckIn::id).contains(checkIn);
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0, 10))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.markDelivered(ACME, "Ev-1", T0))).isTrue();
    }

    @Test
    void aChangeTheDatabaseRefusesIsAStoreExceptionAndUndoesTheWholeStep() {
        long sales = team(ACME_SALES);
        long missingCheckIn = 9_999;

        assertThatThrownBy(() -> write(tx -> {
            tx.saveMerge(sales, "docs", "doctors");
            tx.saveConversation(Conversation.start(missingCheckIn, ANA, T0));
        })).isInstanceOf(StoreException.class).hasMessageContaining("conversation");

        assertThat(tx((StoreTx tx) -> tx.decisions(sales).merges())).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.openConversationsOf(ANA))).isEmpty();
    }

    @Test
    void aTeamCreatedInARolledBackTransactionIsCreatedAfresh() {
        assertThatThrownBy(() -> write(tx -> {
            tx.ensureTeam(ACME_SALES, "Sales");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        Team created = tx(tx -> tx.ensureTeam(ACME_SALES, "Sales again"));

        assertThat(created.name()).isEqualTo("Sales again");
        assertThat(tx((StoreTx tx) -> tx.teamById(created.id()))).contains(created);
    }

    @Test
    void readSeesCommittedWork() {
        long sales = team(ACME_SALES);

        assertThat(store.read((StoreTx tx) -> tx.teamById(sales))).map(Team::ref).contains(ACME_SALES);
    }

    @Test
    void transactionsDoNotNest() {
        assertThatThrownBy(() -> store.inTransaction(outer -> store.inTransaction(inner -> inner.findTeam(ACME_SALES))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(team(ACME_SALES)).isPositive();
    }

    @Test
    void answersConversationsAndQueuedMessagesSurviveARestart() throws Exception {
        long sales = team(ACME_SALES);
        long checkIn = openCheckIn(sales);
        Conversation conversation = new Conversation(checkIn, ANA, ConversationState.FOLLOWING_UP, 1, 1, null,
                Set.of("manager-as-customer"), T0.plusSeconds(5));
        write(tx -> {
            tx.ensureMember(sales, ANA);
            tx.saveAnswer(checkIn, ANA, "customer", "my manager", T0, Set.of("manager-as-customer"), "ts-1");
            tx.saveConversation(conversation);
            tx.enqueue(dm(ANA, "Is your manager really your customer?"), T0);
        });
        store.close();

        store = track(reopenStore());

        assertThat(tx((StoreTx tx) -> tx.currentAnswer(checkIn, ANA, "customer"))).map(Answer::text).contains("my manager");
        assertThat(tx((StoreTx tx) -> tx.conversation(checkIn, ANA))).contains(conversation);
        assertThat(tx((StoreTx tx) -> tx.members(sales))).extracting(TeamMember::ref).containsExactly(ANA);
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0, 10))).extracting(entry -> entry.message().text())
                .containsExactly("Is your manager really your customer?");
    }

    @Test
    void concurrentWritersAllSucceed() throws Exception {
        long sales = team(ACME_SALES);
        long checkIn = openCheckIn(sales);
        int writers = 6;
        int stepsEach = 15;

        List<Integer> results = runConcurrently(writers, writer -> {
            MemberRef member = new MemberRef(ACME, "U-" + writer);
            int saved = 0;
            for (int step = 0; step < stepsEach; step++) {
                int n = step;
                store.inTransaction(tx -> {
                    tx.ensureMember(sales, member);
                    tx.saveAnswer(checkIn, member, "customer", "answer " + n, T0.plusSeconds(n), Set.of(), null);
                    tx.saveConversation(new Conversation(checkIn, member, ConversationState.ASKING, n, n, null,
                            Set.of(), T0.plusSeconds(n)));
                    return tx.enqueue(dm(member, "step " + n), T0.plusSeconds(n));
                });
                saved++;
            }
            return saved;
        });

        assertThat(results).containsOnly(stepsEach);
        assertThat(tx((StoreTx tx) -> tx.members(sales))).hasSize(writers);
        assertThat(tx((StoreTx tx) -> tx.currentAnswers(checkIn))).hasSize(writers)
                .allSatisfy(answer -> assertThat(answer.revision()).isEqualTo(stepsEach));
        assertThat(tx((StoreTx tx) -> tx.pendingOutbox(T0.plusSeconds(stepsEach), 1000))).hasSize(writers * stepsEach);
    }

    @Test
    void aDeliveryRaceHasExactlyOneWinner() throws Exception {
        List<Boolean> firsts = runConcurrently(6, worker -> tx(tx -> tx.markDelivered(ACME, "Ev-race", T0)));

        assertThat(firsts).containsOnlyOnce(true).hasSize(6);
    }

    // Schedules, reminders, fired jobs and outbox leases

    @Test
    void teamSettingsAreDefaultUntilSavedAndRoundTrip() {
        long teamId = team(ACME_SALES);
        assertThat(tx((StoreTx tx) -> tx.teamSettings(teamId))).isEqualTo(TeamSettings.DEFAULTS);

        TeamSettings changed = TeamSettings.DEFAULTS
                .withSchedule(new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 30), ZoneId.of("Europe/Berlin"), T0))
                .withDeadline(Duration.ofHours(48)).withReminderBefore(Duration.ofHours(3)).withPlaybook("weekly")
                .withAskAtLocalTime(true).withAcceptLate(true);
        write(tx -> tx.saveTeamSettings(teamId, changed));
        assertThat(tx((StoreTx tx) -> tx.teamSettings(teamId))).isEqualTo(changed);
        assertThat(tx((StoreTx tx) -> tx.scheduledTeams(0, 10))).containsExactly(teamId);

        write(tx -> tx.saveTeamSettings(teamId, changed.withSchedule(null)));
        assertThat(tx((StoreTx tx) -> tx.teamSettings(teamId)).schedule()).isNull();
        assertThat(tx((StoreTx tx) -> tx.scheduledTeams(0, 10))).isEmpty();
    }

    @Test
    void openCheckInsArePagedById() {
        long first = openCheckIn(team(ACME_SALES));
        long second = openCheckIn(team(ACME_OPS));
        long closed = openCheckIn(team(GLOBEX_SALES));
        write(tx -> tx.closeCheckIn(closed));

        assertThat(tx((StoreTx tx) -> tx.openCheckIns(0, 1))).extracting(CheckIn::id).containsExactly(first);
        assertThat(tx((StoreTx tx) -> tx.openCheckIns(first, 10))).extracting(CheckIn::id).containsExactly(second);
    }

    @Test
    void aJobIsClaimedOnceEvenByRacingInstances() throws Exception {
        long teamId = team(ACME_SALES);

        List<Boolean> wins = runConcurrently(6, worker -> tx(tx -> tx.claimJob(teamId, "open", T0, T0)));

        assertThat(wins).containsOnlyOnce(true).hasSize(6);
        assertThat(tx((StoreTx tx) -> tx.jobClaimed(teamId, "open", T0))).isTrue();
        assertThat(tx((StoreTx tx) -> tx.jobClaimed(teamId, "remind", T0))).isFalse();
        assertThat(tx((StoreTx tx) -> tx.claimJob(teamId, "open", T0.plus(Duration.ofDays(7)), T0))).isTrue();
        assertThat(tx((StoreTx tx) -> tx.claimJob(teamId, "close", T0, T0))).isTrue();
    }

    @Test
    void remindersAreWantedUntilTheMemberSaysOtherwise() {
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(ANA))).isTrue();

        write(tx -> tx.setReminders(ANA, false));
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(ANA))).isFalse();
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(BEN))).isTrue();

        write(tx -> tx.setReminders(ANA, true));
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(ANA))).isTrue();
    }

    @Test
    void skipsBelongToOneCheckInAndAreForgottenWithTheMember() {
        long teamId = team(ACME_SALES);
        long checkIn = openCheckIn(teamId);
        write(tx -> {
            tx.ensureMember(teamId, ANA);
            tx.skipCheckIn(checkIn, ANA);
            tx.skipCheckIn(checkIn, ANA);
            tx.setReminders(ANA, false);
        });
        assertThat(tx((StoreTx tx) -> tx.skipped(checkIn))).containsExactly(ANA);

        write(tx -> tx.forgetMember(ANA));
        assertThat(tx((StoreTx tx) -> tx.skipped(checkIn))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.wantsReminders(ANA))).isTrue();
    }

    @Test
    void aLeasedMessageIsNotLeasedAgainUntilTheLeaseRunsOut() {
        long id = tx(tx -> tx.enqueue(dm(ANA, "hello"), T0));

        assertThat(tx((StoreTx tx) -> tx.claimOutbox("a", T0, T0.plusSeconds(60), 10))).extracting(OutboxEntry::id)
                .containsExactly(id);
        assertThat(tx((StoreTx tx) -> tx.claimOutbox("b", T0.plusSeconds(59), T0.plusSeconds(120), 10))).isEmpty();
        List<OutboxEntry> again = tx((StoreTx tx) -> tx.claimOutbox("b", T0.plusSeconds(60), T0.plusSeconds(120), 10));
        assertThat(again).extracting(OutboxEntry::idempotencyKey).containsExactly("outbox-" + id);
    }

    @Test
    void racingInstancesNeverLeaseTheSameMessage() throws Exception {
        write(tx -> {
            for (int i = 0; i < 40; i++) {
                tx.enqueue(dm(ANA, "m" + i), T0);
            }
        });

        List<List<Long>> leased = runConcurrently(4, worker -> tx(tx -> tx.claimOutbox("w" + worker, T0,
                T0.plusSeconds(60), 15)).stream().map(OutboxEntry::id).toList());

        List<Long> rest = tx(tx -> tx.claimOutbox("late", T0, T0.plusSeconds(60), 100)).stream()
                .map(OutboxEntry::id).toList();
        List<Long> all = new ArrayList<>(rest);
        leased.forEach(all::addAll);
        assertThat(all).doesNotHaveDuplicates().hasSize(40);
    }

    @Test
    void aDeferredMessageWaitsWithoutCountingAnAttempt() {
        long id = tx(tx -> tx.enqueue(dm(ANA, "hello"), T0));
        tx(tx -> tx.claimOutbox("a", T0, T0.plusSeconds(60), 10));

        write(tx -> tx.deferOutbox(id, T0.plusSeconds(1)));

        assertThat(tx((StoreTx tx) -> tx.claimOutbox("b", T0, T0.plusSeconds(60), 10))).isEmpty();
        assertThat(tx((StoreTx tx) -> tx.claimOutbox("b", T0.plusSeconds(1), T0.plusSeconds(60), 10)))
                .extracting(OutboxEntry::attempts).containsExactly(0);
    }

    protected static OutboundMessage dm(MemberRef member, String text) {
        return OutboundMessage.text(new Destination.DirectMessage(member), text);
    }

    /** Runs {@code work} on {@code threads} threads released together; returns each thread's result. */
    protected static <T> List<T> runConcurrently(int threads, ThrowingWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int worker = i;
                Callable<T> task = () -> {
                    start.await();
                    return work.run(worker);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's share of a concurrent test. */
    @FunctionalInterface
    protected interface ThrowingWork<T> {
        T run(int worker) throws Exception;
    }

    /** Messages covering every destination and part type, for round-trip tests. */
    public static final class OutboxSamples {
        private OutboxSamples() {
        }

        public static List<OutboundMessage> everyKind() {
            Prompt prompt = new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?",
                    "Naming them keeps the work pointed at them.", "The families of the patients we treat");
            MessagePart.SummaryPart summary = new MessagePart.SummaryPart("Sales check-in", "3 of 4 agree",
                    List.of(new MessagePart.SummaryPart.Section("Ultimate customer", List.of("patients (3)", "doctors (1)")),
                            new MessagePart.SummaryPart.Section("Not the customer", List.of())),
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff},
                    List.of(new MessagePart.SummaryPart.Undecided("patients", "the families <of> patients")));
            MessagePart.SummaryPart withoutChart = new MessagePart.SummaryPart("Ops check-in", "no answers yet",
                    List.of(), null, List.of());
            return List.of(
                    new OutboundMessage(new Destination.DirectMessage(ANA), "Question 1 of 9: Who is your customer?",
                            List.of(new MessagePart.PromptPart("Sales", 1, 9, prompt, null),
                                    new MessagePart.ChoicesPart(List.of(ButtonAction.values()), "question:7:0"))),
                    new OutboundMessage(new Destination.DirectMessage(GLOBEX_ANA), "Revising question 2",
                            List.of(new MessagePart.PromptPart("Sales", 2, 9, prompt, "my manager \"Bob\" <b>"))),
                    new OutboundMessage(new Destination.DirectMessage(BEN), "Your manager approves the work...",
                            List.of(new MessagePart.NudgePart("manager-as-customer", "A manager approves; a customer benefits.",
                                    "Who benefits from what you make?", "my manager"),
                                    new MessagePart.ChoicesPart(List.of(ButtonAction.KEEP, ButtonAction.SKIP), ""))),
                    new OutboundMessage(new Destination.ChannelPost(ACME_SALES), "Summary\n3 of 4 agree",
                            List.of(summary)),
                    new OutboundMessage(new Destination.ChannelPost(new TeamRef(ACME_ON_TEAMS, "19:abc@thread.tacv2")),
                            "Summary", List.of(withoutChart)),
                    new OutboundMessage(new Destination.PrivateReply(ACME_OPS, CAROL), "Only managers can close a check-in.",
                            List.of()),
                    OutboundMessage.text(new Destination.ChannelPost(GLOBEX_SALES), "Üñïçødé ✓ 🎯 and\nnew lines"));
        }
    }
}
