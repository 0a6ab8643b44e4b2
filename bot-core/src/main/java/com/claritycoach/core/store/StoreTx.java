package com.claritycoach.core.store;

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
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The operations available inside one store transaction. Every query is scoped by tenant through its refs. */
public interface StoreTx {

    // Teams

    /** The team for this channel, created (with {@code name}) on first use. */
    Team ensureTeam(TeamRef ref, String name);

    Optional<Team> findTeam(TeamRef ref);

    Optional<Team> teamById(long teamId);

    void setAnonymous(long teamId, boolean anonymous);

    // Members

    /** Creates or refreshes a person's profile (name, time zone, admin flag). */
    void saveProfile(MemberProfile profile);

    Optional<MemberProfile> findProfile(MemberRef member);

    /** Adds the member to the team as a plain member unless they already belong; returns the membership. */
    TeamMember ensureMember(long teamId, MemberRef member);

    void setRole(long teamId, MemberRef member, Role role);

    void removeFromTeam(long teamId, MemberRef member);

    Optional<TeamMember> membership(long teamId, MemberRef member);

    /** Members in the order they joined. Members without a saved profile get one named after their user id. */
    List<TeamMember> members(long teamId);

    List<Team> teamsOf(MemberRef member);

    /**
     * Deletes everything stored about a person: answers, conversations, memberships, profile, and the
     * coach's private messages to them (which may quote their answers).
     *
     * @return the number of answer revisions deleted
     */
    int forgetMember(MemberRef member);

    // Check-ins

    CheckIn openCheckIn(long teamId, String playbookId, Instant opened, Instant closes);

    /** The team's open check-in, if any (a team has at most one open at a time). */
    Optional<CheckIn> currentCheckIn(long teamId);

    /** The team's most recently opened check-in, open or closed. */
    Optional<CheckIn> latestCheckIn(long teamId);

    Optional<CheckIn> checkIn(long checkInId);

    void closeCheckIn(long checkInId);

    /** All of the team's check-ins, oldest first. */
    List<CheckIn> checkIns(long teamId);

    // Conversations

    /** Inserts or replaces the member's conversation in that check-in. */
    void saveConversation(Conversation conversation);

    Optional<Conversation> conversation(long checkInId, MemberRef member);

    List<Conversation> conversations(long checkInId);

    /**
     * The profiles of everyone asked in the check-in (everyone with a conversation in it), in the order
     * their conversations started: what a summary needs of them, in one read.
     */
    List<MemberProfile> askedIn(long checkInId);

    /** The member's conversations in open check-ins, most recently updated first. */
    List<Conversation> openConversationsOf(MemberRef member);

    // Answers

    /** Stores a new revision (previous highest + 1, starting at 1) of the member's answer to a prompt. */
    Answer saveAnswer(long checkInId, MemberRef member, String promptId, String text, Instant at,
                      Set<String> flags, String sourceMessageId);

    /** The highest revision of the member's answer to the prompt. */
    Optional<Answer> currentAnswer(long checkInId, MemberRef member, String promptId);

    /** The highest revision of every answer in the check-in, in the order they were first given. */
    List<Answer> currentAnswers(long checkInId);

    /** The answer revision that the member's platform message carried, if any. */
    Optional<Answer> answerByMessage(MemberRef member, String sourceMessageId);

    // Decisions managers make about wordings for the alignment summary; the latest about a pair wins

    /**
     * Counts the normalised wording {@code from} as {@code to} in the team's summaries, replacing an
     * earlier merge of {@code from} and undoing a split of the two.
     */
    void saveMerge(long teamId, String from, String to);

    /**
     * Keeps two normalised wordings apart in the team's summaries, whichever is named first, undoing a
     * merge of either into the other.
     */
    void saveSplit(long teamId, String first, String second, Instant at);

    /** The team's merges and splits, as the summary applies them. */
    Decisions decisions(long teamId);

    // What the meaning model read (see com.claritycoach.core.understanding.StoredMeanings)

    /** The stored vectors of those text hashes that have one, by text hash. */
    Map<String, float[]> meaningVectors(String model, Collection<String> textHashes);

    /** Keeps vectors by text hash; a hash already stored keeps its vector. */
    void saveMeaningVectors(String model, Map<String, float[]> byTextHash);

    // Outbox

    /** Queues a message; the returned id is part of its idempotency key. */
    long enqueue(OutboundMessage message, Instant at);

    /** Unsent, not abandoned messages whose {@code notBefore} has passed, oldest first. */
    List<OutboxEntry> pendingOutbox(Instant now, int limit);

    void markSent(long outboxId, Instant at);

    /** Records a failed attempt and when to try again. */
    void rescheduleOutbox(long outboxId, Instant notBefore, String error);

    /** Stops trying to send a message; it stays in the table with the reason. */
    void abandonOutbox(long outboxId, String error);

    /**
     * Leases up to {@code limit} due, unclaimed (or lease-expired) messages to {@code owner} until
     * {@code until}, oldest first. Instances sharing a database never lease the same row at once.
     */
    List<OutboxEntry> claimOutbox(String owner, Instant now, Instant until, int limit);

    /** Returns a leased message to the queue, due at {@code notBefore}, without counting an attempt. */
    void deferOutbox(long outboxId, Instant notBefore);

    // Schedules, reminders and deadlines

    /** The team's settings; {@link TeamSettings#DEFAULTS} until a manager changes one. */
    TeamSettings teamSettings(long teamId);

    void saveTeamSettings(long teamId, TeamSettings settings);

    /** Ids of teams with a weekly schedule greater than {@code afterId}, ascending, at most {@code limit}. */
    List<Long> scheduledTeams(long afterId, int limit);

    /** Open check-ins that have a deadline, with id greater than {@code afterId}, ascending, at most {@code limit}. */
    List<CheckIn> openCheckIns(long afterId, int limit);

    /**
     * Records that the team's {@code job} due at {@code dueAt} fires now.
     *
     * @return true for the one caller that claimed it; false when it was already claimed (by any instance)
     */
    boolean claimJob(long teamId, String job, Instant dueAt, Instant firedAt);

    /** Whether the team's {@code job} due at {@code dueAt} has been claimed already. */
    boolean jobClaimed(long teamId, String job, Instant dueAt);

    void setReminders(MemberRef member, boolean wanted);

    /** Whether the member wants reminders (true unless they said {@code no reminders}). */
    boolean wantsReminders(MemberRef member);

    /** Records that the member asked to be forgotten at {@code at}, replacing any earlier request. */
    void requestForget(MemberRef member, Instant at);

    /** When the member last asked to be forgotten, if they did and have not been forgotten since. */
    Optional<Instant> forgetRequestedAt(MemberRef member);

    /** Records that the member sits this check-in out (out of office). */
    void skipCheckIn(long checkInId, MemberRef member);

    Set<MemberRef> skipped(long checkInId);

    // Redelivery protection

    /**
     * Records that a platform delivery was handled.
     *
     * @return true the first time this id is seen for the tenant, false for a redelivery
     */
    boolean markDelivered(TenantRef tenant, String deliveryId, Instant at);

    /** Forgets delivery ids recorded before {@code before}, keeping the table bounded. */
    int purgeDeliveries(Instant before);

    // Retention

    /**
     * Deletes every closed check-in in which nothing happened since {@code before} (deadline, answers,
     * conversation steps), with its answers, conversations and skips, and every sent or abandoned
     * message queued before it. Open check-ins and messages still to be sent are kept.
     */
    RetentionPurge purgeClosedCheckIns(Instant before);
}
