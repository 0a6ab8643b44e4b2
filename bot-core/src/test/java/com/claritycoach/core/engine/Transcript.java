package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.Decisions;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MemberLeft;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.schedule.Scheduler;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.OutboxEntry;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A coaching conversation as a test reads it: people say things, the coach replies. Runs the real
 * engine on a real SQLite file with a clock the test moves.
 */
public final class Transcript implements AutoCloseable {
    public static final TenantRef TENANT = new TenantRef(Platform.CONSOLE, "acme");
    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    /** A short playbook with fixed order, so transcripts know which question comes next. */
    public static final Playbook DISCOVERY = new Playbook("discovery", "Discovery", "Test discovery", List.of(
            new Prompt("outcome", PromptKind.OUTCOME, "What is the ultimate outcome?", "So we aim at one thing.",
                    "Patients leave hospital a day sooner."),
            new Prompt("customer", PromptKind.CUSTOMER, "Who is your ultimate customer?", "So we serve one person.",
                    "The ward nurse who discharges patients."),
            new Prompt("not-customer", PromptKind.NOT_CUSTOMER, "Who is not your customer?", "Resources are not customers.",
                    "Our suppliers and the press."),
            new Prompt("relies", PromptKind.RELIES_ON_ME, "Who relies on your output?", "Internal customers count.",
                    "Ben, who builds on my data."),
            new Prompt("measure", PromptKind.MEASURE, "How will we measure success?", "So we know.",
                    "Average length of stay, monthly.")));
    public static final Playbook WEEKLY = new Playbook("weekly", "Weekly", "Test weekly", List.of(
            new Prompt("served", PromptKind.CUSTOMER, "Who did your work serve this week?", "", ""),
            new Prompt("enabled", PromptKind.ENABLERS, "What did you do that enabled the outcome?", "", "")));

    private final Path file;
    private final MutableClock clock;
    private final Meanings meanings;
    private final CoachStore store;
    private final CoachEngine engine;
    private final TeamRef team;
    private final Scheduler scheduler;
    private int messageIds;

    private Transcript(Path file, MutableClock clock, Meanings meanings, TenantRef tenant, String teamName) {
        this.file = file;
        this.clock = clock;
        this.meanings = meanings;
        this.store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + file, null, null));
        this.engine = new CoachEngine(store, new PlaybookCatalog(List.of(DISCOVERY, WEEKLY)), CoachingRules.standard(),
                meanings, new StoreDirectory(store), clock);
        this.team = new TeamRef(tenant, teamName);
        this.scheduler = new Scheduler(store, engine.scheduledWork(), clock);
    }

    public static Transcript open(Path dir) {
        return open(dir, Meanings.LEXICAL);
    }

    /** A coach whose summaries read meaning with {@code meanings}. */
    public static Transcript open(Path dir, Meanings meanings) {
        return new Transcript(dir.resolve("coach.db"), new MutableClock(START), meanings, TENANT, "product");
    }

    /** The same database seen by a fresh engine, as after a restart. */
    public Transcript reopen() {
        close();
        return new Transcript(file, clock, meanings, team.tenant(), team.channelId());
    }

    /** Another team channel sharing this database. */
    public Transcript team(String channel) {
        return new Transcript(file, clock, meanings, team.tenant(), channel);
    }

    /** The channel with the same id in another workspace (tenant) sharing this database. */
    public Transcript inTenant(String tenantId) {
        return new Transcript(file, clock, meanings, new TenantRef(TENANT.platform(), tenantId), team.channelId());
    }

    public Person member(String name) {
        return new Person(this, new MemberRef(team.tenant(), name));
    }

    /** Someone joins the team channel, as a platform would report it. */
    public Person joins(String name) {
        Person person = member(name);
        engine.handle(new MemberJoined(team, MemberProfile.of(person.ref(), name), null));
        return person;
    }

    /** Someone in another time zone joins, as the platform's profile would say. */
    public Person joins(String name, String timeZone) {
        Person person = member(name);
        engine.handle(new MemberJoined(team, new MemberProfile(person.ref(), name, ZoneId.of(timeZone), false), null));
        return person;
    }

    /** A platform admin of this workspace joins; admins are managers of every team in their workspace. */
    public Person joinsAsPlatformAdmin(String name) {
        Person person = member(name);
        engine.handle(new MemberJoined(team, new MemberProfile(person.ref(), name, null, true), null));
        return person;
    }

    /** Someone leaves the team channel, as a platform would report it. */
    public void leaves(Person person) {
        engine.handle(new MemberLeft(team, person.ref(), null));
    }

    /** Moves the clock to {@code at} and lets the scheduler do what is due; returns what it queued. */
    public Lines tickAt(String at) {
        clock.set(Instant.parse(at));
        return tick();
    }

    /** Lets the scheduler do what is due now; returns the messages it queued. */
    public Lines tick() {
        long before = lastOutboxId();
        scheduler.tick();
        return new Lines(store.read(tx -> tx.pendingOutbox(clock.instant(), Integer.MAX_VALUE)).stream()
                .filter(e -> e.id() > before).map(OutboxEntry::message).toList());
    }

    private long lastOutboxId() {
        return store.read(tx -> tx.pendingOutbox(clock.instant(), Integer.MAX_VALUE)).stream()
                .mapToLong(OutboxEntry::id).max().orElse(0);
    }

    /** The scope of {@code action} on the latest message sent to {@code person} that offers it. */
    String latestButtonScope(Person person, ButtonAction action) {
        List<OutboxEntry> sent = store.read(tx -> tx.pendingOutbox(clock.instant(), Integer.MAX_VALUE));
        return new Lines(sent.stream().map(OutboxEntry::message)
                .filter(m -> m.to() instanceof Destination.DirectMessage dm && dm.member().equals(person.ref()))
                .toList()).buttonScope(action);
    }

    public MutableClock clock() {
        return clock;
    }

    public CoachStore store() {
        return store;
    }

    public CoachEngine engine() {
        return engine;
    }

    public TeamRef teamRef() {
        return team;
    }

    String nextMessageId() {
        return "msg-" + (++messageIds);
    }

    /** What the team's managers decided about wordings so far. */
    public Decisions decisions() {
        return store.read(tx -> tx.findTeam(team).map(t -> tx.decisions(t.id())).orElse(Decisions.NONE));
    }

    /** Current answers of the team's latest check-in, by member then prompt id. */
    public Map<String, Map<String, String>> answers() {
        List<Answer> answers = store.read(tx -> tx.findTeam(team).flatMap(t -> tx.latestCheckIn(t.id()))
                .map(c -> tx.currentAnswers(c.id())).orElse(List.of()));
        Map<String, Map<String, String>> byMember = new TreeMap<>();
        for (Answer a : answers) {
            byMember.computeIfAbsent(a.member().userId(), k -> new TreeMap<>()).put(a.promptId(), a.text());
        }
        return byMember;
    }

    @Override
    public void close() {
        store.close();
    }

    /** What the coach sent in reply to one step. */
    public record Lines(List<OutboundMessage> messages) {

        /** Everything sent privately to {@code person}, as one text: the messages and the files they carry. */
        public String to(Person person) {
            return messages.stream().filter(m -> isDirectTo(m, person))
                    .map(m -> m.text() + m.part(MessagePart.ExportPart.class).map(e -> "\n" + e.csv()).orElse(""))
                    .collect(Collectors.joining("\n"));
        }

        /** The export file sent privately to {@code person} in this step. */
        public MessagePart.ExportPart exportTo(Person person) {
            return messages.stream().filter(m -> isDirectTo(m, person))
                    .flatMap(m -> m.part(MessagePart.ExportPart.class).stream()).findFirst()
                    .orElseThrow(() -> new AssertionError("no export was sent to " + person.ref().userId()));
        }

        private static boolean isDirectTo(OutboundMessage message, Person person) {
            return message.to() instanceof Destination.DirectMessage dm && dm.member().equals(person.ref());
        }

        /** Everything posted to the team channel. */
        public String channel() {
            return join(d -> d instanceof Destination.ChannelPost);
        }

        /** Replies in the channel that only {@code person} sees. */
        public String privately(Person person) {
            return join(d -> d instanceof Destination.PrivateReply r && r.member().equals(person.ref()));
        }

        /** The summary posted in this step, if one was. */
        public Optional<MessagePart.SummaryPart> summary() {
            return messages.stream().flatMap(m -> m.part(MessagePart.SummaryPart.class).stream()).findFirst();
        }

        /** Ids of the coaching rules whose nudges were sent. */
        public List<String> nudges() {
            return messages.stream().flatMap(m -> m.part(MessagePart.NudgePart.class).stream())
                    .map(MessagePart.NudgePart::ruleId).toList();
        }

        /** The scope of the last message here that offers {@code action}. */
        public String buttonScope(ButtonAction action) {
            return messages.stream().flatMap(m -> m.part(MessagePart.ChoicesPart.class).stream())
                    .filter(c -> c.actions().contains(action)).reduce((first, second) -> second)
                    .map(MessagePart.ChoicesPart::scope)
                    .orElseThrow(() -> new AssertionError("no message offers " + action));
        }

        public boolean isEmpty() {
            return messages.isEmpty();
        }

        private String join(java.util.function.Predicate<Destination> wanted) {
            return messages.stream().filter(m -> wanted.test(m.to())).map(OutboundMessage::text)
                    .collect(Collectors.joining("\n"));
        }
    }
}
