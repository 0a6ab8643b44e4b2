package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MemberLeft;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.schedule.ScheduledWork;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.understanding.MeaningWarmer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach: turns one inbound event into committed state and queued messages, in one store
 * transaction, before the platform is acknowledged. Platform look-ups (roster, profiles) happen
 * before the transaction so that a slow platform never holds the database.
 */
public final class CoachEngine {
    private static final Logger LOG = LoggerFactory.getLogger(CoachEngine.class);

    private final CoachStore store;
    private final Directory directory;
    private final Clock clock;
    private final MemberFlow memberFlow;
    private final MemberRequests memberRequests;
    private final CommandRouter commands;
    private final PairButtons pairButtons;
    private final ScheduledCheckIns scheduled;
    private final TeamSummaries teamSummaries;
    private final MeaningWarmer warmer;

    /** A coach whose summaries group answers by spelling only ({@link Meanings#LEXICAL}). */
    public CoachEngine(CoachStore store, PlaybookCatalog playbooks, CoachingRules rules, Directory directory, Clock clock) {
        this(store, playbooks, rules, Meanings.LEXICAL, directory, clock);
    }

    /** @param meanings what reads the meaning of answers for the summaries */
    public CoachEngine(CoachStore store, PlaybookCatalog playbooks, CoachingRules rules, Meanings meanings,
                       Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
        Places places = new Places(playbooks);
        this.memberRequests = new MemberRequests(playbooks);
        TeamContexts contexts = new TeamContexts();
        this.memberFlow = new MemberFlow(places, rules, memberRequests, contexts);
        this.teamSummaries = new TeamSummaries(playbooks, rules, meanings);
        this.warmer = meanings.semantic() ? new MeaningWarmer(meanings, store) : null;
        SummaryComposer summaries = new AlignmentSummaryComposer(teamSummaries);
        CheckInOpener opener = new CheckInOpener(playbooks, memberFlow);
        CheckInCloser closer = new CheckInCloser(summaries);
        Reminders reminders = new Reminders(playbooks);
        this.scheduled = new ScheduledCheckIns(store, directory, playbooks, opener, closer, reminders);
        ManagerGate gate = new ManagerGate(contexts);
        this.pairButtons = new PairButtons(gate);
        this.commands = new CommandRouter(List.of(
                new StartCommand(playbooks, opener),
                new StatusCommand(playbooks),
                new CloseCommand(closer),
                new SummaryCommand(summaries),
                new AnonymousCommand(),
                new MergeCommand(),
                new SplitCommand(),
                new ExportCommand(new TeamHistory(playbooks)),
                new ManagersCommand(contexts),
                new ScheduleCommand(),
                new DeadlineCommand(),
                new ReminderCommand(),
                new RemindCommand(reminders),
                new PlaybookCommand(playbooks),
                new AskAtLocalTimeCommand(),
                new LateAnswersCommand()), memberFlow, gate);
    }

    /** The summaries this coach posts, for places that show them again (the Slack Home tab). */
    public TeamSummaries summaries() {
        return teamSummaries;
    }

    /** The scheduled side of this coach, for a {@link com.claritycoach.core.schedule.Scheduler}. */
    public ScheduledWork scheduledWork() {
        return scheduled;
    }

    /** Handles one event; when it returns, the answer, the new state and the outbox rows are committed. */
    public StepResult handle(Inbound inbound) {
        MemberProfile issuer = null;
        List<MemberProfile> roster = List.of();
        if (inbound instanceof CommandIssued command) {
            issuer = lookUp(command.by());
            if (CommandRouter.needsRoster(command.text())) {
                roster = roster(command);
            }
        } else if (inbound instanceof PairButtonClicked click) {
            issuer = lookUp(click.by());
        }
        MemberProfile issuerProfile = issuer;
        List<MemberProfile> teamRoster = roster;
        StepResult result = store.inTransaction(tx -> {
            Step step = new Step(tx, clock.instant());
            if (inbound.deliveryId() != null && !tx.markDelivered(inbound.tenant(), inbound.deliveryId(), step.now())) {
                LOG.debug("Ignoring redelivered {} {}", inbound.getClass().getSimpleName(), inbound.deliveryId());
                return StepResult.none();
            }
            dispatch(step, inbound, issuerProfile, teamRoster);
            return step.result();
        });
        result.forgotten().forEach(this::forgetOnPlatform);
        if (warmer != null) {
            warmer.warm(result.answered());
        }
        return result;
    }

    /** After commit, so that a platform's own store is never written while the step holds the database. */
    private void forgetOnPlatform(MemberRef member) {
        try {
            directory.forget(member);
        } catch (RuntimeException e) {
            LOG.warn("Could not make {} forget a member: {}", member.tenant().platform(), e.toString());
        }
    }

    private void dispatch(Step step, Inbound inbound, MemberProfile issuer, List<MemberProfile> roster) {
        if (inbound instanceof MessageReceived m) {
            memberFlow.onMessage(step, m.from(), m.text(), m.messageId());
        } else if (inbound instanceof MessageEdited e) {
            memberRequests.edit(step, e.from(), e.messageId(), e.newText());
        } else if (inbound instanceof ButtonClicked b) {
            memberFlow.onButton(step, b.by(), b.action(), b.scope());
        } else if (inbound instanceof CommandIssued c) {
            commands.route(step, c, issuer, roster);
        } else if (inbound instanceof PairButtonClicked p) {
            pairButtons.clicked(step, p, issuer);
        } else if (inbound instanceof MemberJoined j) {
            joined(step.tx(), j);
        } else if (inbound instanceof MemberLeft l) {
            left(step.tx(), l);
        }
    }

    private static void joined(StoreTx tx, MemberJoined joined) {
        long teamId = tx.ensureTeam(joined.team(), joined.team().channelId()).id();
        tx.saveProfile(joined.member());
        tx.ensureMember(teamId, joined.member().ref());
    }

    /** Someone who left is no longer asked; what they answered so far stays in the check-in. */
    private static void left(StoreTx tx, MemberLeft left) {
        tx.findTeam(left.team()).ifPresent(team -> {
            tx.removeFromTeam(team.id(), left.member());
            tx.currentCheckIn(team.id()).flatMap(c -> tx.conversation(c.id(), left.member()))
                    .filter(c -> c.state() != ConversationState.DONE)
                    .ifPresent(c -> tx.saveConversation(new Conversation(c.checkInId(), c.member(),
                            ConversationState.DONE, c.promptIndex(), c.frontier(), null, Set.of(), c.updatedAt())));
        });
    }

    private MemberProfile lookUp(MemberRef member) {
        try {
            return directory.profile(member).orElseGet(() -> MemberProfile.of(member, member.userId()));
        } catch (RuntimeException e) {
            LOG.warn("Could not look up a profile on {}: {}", member.tenant().platform(), e.toString());
            return MemberProfile.of(member, member.userId());
        }
    }

    private List<MemberProfile> roster(CommandIssued command) {
        try {
            return directory.roster(command.team());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the roster of a {} channel; using the members I know: {}",
                    command.team().tenant().platform(), e.toString());
            return List.of();
        }
    }
}
