package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.store.OutboxEntry;
import com.claritycoach.core.store.RetentionPurge;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One JDBC transaction seen as a {@link StoreTx}; each group of tables has its own row class. Only
 * valid until {@link JdbcCoachStore#inTransaction} returns.
 */
final class JdbcStoreTx implements StoreTx {

    private final TeamRows teams;
    private final DecisionRows decisions;
    private final PeopleRows people;
    private final CheckInRows checkIns;
    private final ConversationRows conversations;
    private final AnswerRows answers;
    private final OutboxRows outbox;
    private final DeliveryRows deliveries;
    private final ScheduleRows schedules;
    private final RetentionRows retention;
    private final MeaningRows meanings;

    JdbcStoreTx(Sql sql, OutboundMessageCodec codec) {
        this.teams = new TeamRows(sql);
        this.decisions = new DecisionRows(sql);
        this.people = new PeopleRows(sql, teams);
        this.checkIns = new CheckInRows(sql);
        this.conversations = new ConversationRows(sql, people);
        this.answers = new AnswerRows(sql, people);
        this.outbox = new OutboxRows(sql, codec);
        this.deliveries = new DeliveryRows(sql);
        this.schedules = new ScheduleRows(sql, people);
        this.retention = new RetentionRows(sql);
        this.meanings = new MeaningRows(sql);
    }

    @Override
    public Team ensureTeam(TeamRef ref, String name) {
        return teams.ensure(ref, name);
    }

    @Override
    public Optional<Team> findTeam(TeamRef ref) {
        return teams.find(ref);
    }

    @Override
    public Optional<Team> teamById(long teamId) {
        return teams.byId(teamId);
    }

    @Override
    public void setAnonymous(long teamId, boolean anonymous) {
        teams.setAnonymous(teamId, anonymous);
    }

    @Override
    public void saveProfile(MemberProfile profile) {
        people.saveProfile(profile);
    }

    @Override
    public Optional<MemberProfile> findProfile(MemberRef member) {
        return people.findProfile(member);
    }

    @Override
    public TeamMember ensureMember(long teamId, MemberRef member) {
        return people.ensureMember(teamId, member);
    }

    @Override
    public void setRole(long teamId, MemberRef member, Role role) {
        people.setRole(teamId, member, role);
    }

    @Override
    public void removeFromTeam(long teamId, MemberRef member) {
        people.removeFromTeam(teamId, member);
    }

    @Override
    public Optional<TeamMember> membership(long teamId, MemberRef member) {
        return people.membership(teamId, member);
    }

    @Override
    public List<TeamMember> members(long teamId) {
        return people.members(teamId);
    }

    @Override
    public List<Team> teamsOf(MemberRef member) {
        return teams.teamsOf(member);
    }

    @Override
    public int forgetMember(MemberRef member) {
        outbox.forget(member);
        return people.forget(member);
    }

    @Override
    public CheckIn openCheckIn(long teamId, String playbookId, Instant opened, Instant closes) {
        return checkIns.open(teamId, playbookId, opened, closes);
    }

    @Override
    public Optional<CheckIn> currentCheckIn(long teamId) {
        return checkIns.current(teamId);
    }

    @Override
    public Optional<CheckIn> latestCheckIn(long teamId) {
        return checkIns.latest(teamId);
    }

    @Override
    public Optional<CheckIn> checkIn(long checkInId) {
        return checkIns.byId(checkInId);
    }

    @Override
    public void closeCheckIn(long checkInId) {
        checkIns.close(checkInId);
    }

    @Override
    public List<CheckIn> checkIns(long teamId) {
        return checkIns.ofTeam(teamId);
    }

    @Override
    public void saveConversation(Conversation conversation) {
        conversations.save(conversation);
    }

    @Override
    public Optional<Conversation> conversation(long checkInId, MemberRef member) {
        return conversations.find(checkInId, member);
    }

    @Override
    public List<Conversation> conversations(long checkInId) {
        return conversations.ofCheckIn(checkInId);
    }

    @Override
    public List<MemberProfile> askedIn(long checkInId) {
        return conversations.askedIn(checkInId);
    }

    @Override
    public List<Conversation> openConversationsOf(MemberRef member) {
        return conversations.openOf(member);
    }

    @Override
    public Answer saveAnswer(long checkInId, MemberRef member, String promptId, String text, Instant at,
                             Set<String> flags, String sourceMessageId) {
        return answers.save(checkInId, member, promptId, text, at, flags, sourceMessageId);
    }

    @Override
    public Optional<Answer> currentAnswer(long checkInId, MemberRef member, String promptId) {
        return answers.current(checkInId, member, promptId);
    }

    @Override
    public List<Answer> currentAnswers(long checkInId) {
        return answers.currentOfCheckIn(checkInId);
    }

    @Override
    public Optional<Answer> answerByMessage(MemberRef member, String sourceMessageId) {
        return answers.byMessage(member, sourceMessageId);
    }

    @Override
    public void saveMerge(long teamId, String from, String to) {
        decisions.saveMerge(teamId, from, to);
    }

    @Override
    public void saveSplit(long teamId, String first, String second, Instant at) {
        decisions.saveSplit(teamId, first, second, at);
    }

    @Override
    public Decisions decisions(long teamId) {
        return decisions.decisions(teamId);
    }

    @Override
    public long enqueue(OutboundMessage message, Instant at) {
        return outbox.enqueue(message, at);
    }

    @Override
    public List<OutboxEntry> pendingOutbox(Instant now, int limit) {
        return outbox.pending(now, limit);
    }

    @Override
    public void markSent(long outboxId, Instant at) {
        outbox.markSent(outboxId, at);
    }

    @Override
    public void rescheduleOutbox(long outboxId, Instant notBefore, String error) {
        outbox.reschedule(outboxId, notBefore, error);
    }

    @Override
    public void abandonOutbox(long outboxId, String error) {
        outbox.abandon(outboxId, error);
    }

    @Override
    public List<OutboxEntry> claimOutbox(String owner, Instant now, Instant until, int limit) {
        return outbox.claim(owner, now, until, limit);
    }

    @Override
    public void deferOutbox(long outboxId, Instant notBefore) {
        outbox.defer(outboxId, notBefore);
    }

    @Override
    public TeamSettings teamSettings(long teamId) {
        return schedules.settings(teamId);
    }

    @Override
    public void saveTeamSettings(long teamId, TeamSettings settings) {
        schedules.save(teamId, settings);
    }

    @Override
    public List<Long> scheduledTeams(long afterId, int limit) {
        return schedules.scheduledTeams(afterId, limit);
    }

    @Override
    public List<CheckIn> openCheckIns(long afterId, int limit) {
        return schedules.openCheckIns(afterId, limit);
    }

    @Override
    public boolean claimJob(long teamId, String job, Instant dueAt, Instant firedAt) {
        return schedules.claimJob(teamId, job, dueAt, firedAt);
    }

    @Override
    public boolean jobClaimed(long teamId, String job, Instant dueAt) {
        return schedules.jobClaimed(teamId, job, dueAt);
    }

    @Override
    public void setReminders(MemberRef member, boolean wanted) {
        schedules.setReminders(member, wanted);
    }

    @Override
    public boolean wantsReminders(MemberRef member) {
        return schedules.wantsReminders(member);
    }

    @Override
    public void requestForget(MemberRef member, Instant at) {
        schedules.requestForget(member, at);
    }

    @Override
    public Optional<Instant> forgetRequestedAt(MemberRef member) {
        return schedules.forgetRequestedAt(member);
    }

    @Override
    public void skipCheckIn(long checkInId, MemberRef member) {
        schedules.skip(checkInId, member);
    }

    @Override
    public Set<MemberRef> skipped(long checkInId) {
        return schedules.skipped(checkInId);
    }

    @Override
    public boolean markDelivered(TenantRef tenant, String deliveryId, Instant at) {
        return deliveries.mark(tenant, deliveryId, at);
    }

    @Override
    public int purgeDeliveries(Instant before) {
        return deliveries.purge(before);
    }

    @Override
    public RetentionPurge purgeClosedCheckIns(Instant before) {
        return retention.purge(before);
    }

    @Override
    public Map<String, float[]> meaningVectors(String model, Collection<String> textHashes) {
        return meanings.find(model, textHashes);
    }

    @Override
    public void saveMeaningVectors(String model, Map<String, float[]> byTextHash) {
        meanings.save(model, byTextHash);
    }
}
