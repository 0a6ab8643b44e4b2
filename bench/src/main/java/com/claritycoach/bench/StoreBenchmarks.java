package com.claritycoach.bench;

import com.claritycoach.app.config.Understanding;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.engine.TeamSummaries;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.meaning.BgeSmallMeanings;
import java.util.ArrayList;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.sqlite.SQLiteConfig;

/**
 * In-process figures, each beside its ceiling on the same SQLite settings (WAL, synchronous=NORMAL,
 * immediate transactions): the engine's answer step vs a bare one-row insert transaction, opening a
 * check-in for 10,000 members vs inserting the same rows, and the alignment summary of 10,000
 * members × 10 answers vs only loading those answers.
 */
public class StoreBenchmarks {
    static final int ANSWER_TEAM = 10_000;
    static final int ANSWERING_AT_ONCE = 8;
    static final int FAN_OUT = 10_000;
    static final int SUMMARY_MEMBERS = 10_000;
    static final String[] CUSTOMERS = {"The ward nurse who signs off discharges", "Ward nurses", "the patient",
        "the discharge nurse", "my manager", "everyone", "The ward nurse", "patients going home"};

    static Connection raw(BenchTeam files, String name) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + files.dir.resolve(name));
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS raw (id INTEGER PRIMARY KEY, member TEXT, prompt TEXT, text TEXT, at INTEGER)");
        }
        c.setAutoCommit(false);
        return c;
    }

    static void insert(PreparedStatement insert, int i) throws SQLException {
        insert.setString(1, "member" + i);
        insert.setString(2, "customer");
        insert.setString(3, "The ward nurse who signs off discharges");
        insert.setLong(4, System.currentTimeMillis());
        insert.executeUpdate();
    }

    /** One answer through the engine: rules, answer revision, conversation state, outbox rows, one commit. */
    @State(Scope.Benchmark)
    public static class AnswerStep {
        BenchTeam team;
        final AtomicInteger next = new AtomicInteger();

        @Setup(Level.Trial)
        public void open() {
            team = new BenchTeam("answer", ANSWER_TEAM);
            team.start();
        }

        @TearDown(Level.Trial)
        public void close() {
            team.close();
        }

        MemberRef nextMember() {
            return team.members.get(next.getAndIncrement() % ANSWER_TEAM);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object answerStep(AnswerStep state) {
        return state.team.engine.handle(MessageReceived.of(state.nextMember(),
                "Ward nurses on the pilot wards sign off each discharge sooner"));
    }

    /**
     * The same step with {@value #ANSWERING_AT_ONCE} members answering at once, as requests in flight do
     * in {@code serve}: steps waiting for SQLite's one writer commit together.
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(ANSWERING_AT_ONCE)
    public Object answerStepConcurrent(AnswerStep state) {
        return answerStep(state);
    }

    /** The ceiling of the answer step: one row inserted and committed on the same file settings. */
    @State(Scope.Benchmark)
    public static class RawInsert {
        BenchTeam files;
        Connection connection;
        PreparedStatement insert;
        int next;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            files = new BenchTeam("raw", 1);
            connection = raw(files, "raw.db");
            insert = connection.prepareStatement("INSERT INTO raw (member, prompt, text, at) VALUES (?, ?, ?, ?)");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
            files.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void rawInsertTransaction(RawInsert state) throws SQLException {
        insert(state.insert, state.next++);
        state.connection.commit();
    }

    /** Opening a check-in for 10,000 members: a conversation and two outbox rows each, in one step. */
    @State(Scope.Benchmark)
    public static class FanOut {
        BenchTeam team;

        @Setup(Level.Trial)
        public void open() {
            team = new BenchTeam("fanout", FAN_OUT);
        }

        @Setup(Level.Invocation)
        public void closeOpenCheckIn() {
            team.close("close");
        }

        @TearDown(Level.Trial)
        public void close() {
            team.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void fanOut(FanOut state) {
        state.team.start();
    }

    /** The ceiling of the fan-out: the same number of rows (3 per member) inserted in one transaction. */
    @State(Scope.Benchmark)
    public static class RawFanOut {
        BenchTeam files;
        Connection connection;
        PreparedStatement insert;

        @Setup(Level.Trial)
        public void open() throws SQLException {
            files = new BenchTeam("rawfanout", 1);
            connection = raw(files, "raw.db");
            insert = connection.prepareStatement("INSERT INTO raw (member, prompt, text, at) VALUES (?, ?, ?, ?)");
        }

        @TearDown(Level.Trial)
        public void close() throws SQLException {
            connection.close();
            files.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void rawFanOut(RawFanOut state) throws SQLException {
        for (int i = 0; i < 3 * FAN_OUT; i++) {
            insert(state.insert, i);
        }
        state.connection.commit();
    }

    /** A closed check-in of 10,000 members who each answered the 10 discovery questions. */
    @State(Scope.Benchmark)
    public static class Answered {
        BenchTeam team;
        Team stored;
        CheckIn checkIn;
        TeamSummaries summaries;

        @Setup(Level.Trial)
        public void open() {
            team = new BenchTeam("summary", SUMMARY_MEMBERS);
            team.start();
            stored = team.store.read(tx -> tx.findTeam(team.team).orElseThrow());
            checkIn = team.store.read(tx -> tx.currentCheckIn(stored.id()).orElseThrow());
            PlaybookCatalog catalog = PlaybookCatalog.builtIn();
            team.store.inTransaction(tx -> {
                int i = 0;
                for (MemberRef m : team.members) {
                    for (var prompt : catalog.defaultPlaybook().prompts()) {
                        String text = switch (prompt.kind()) {
                            case CUSTOMER -> CUSTOMERS[i % CUSTOMERS.length];
                            case RELIES_ON_ME -> "Member member" + ((i + 1) % SUMMARY_MEMBERS) + " builds on my work";
                            case NOT_CUSTOMER -> "Our vendors, the press and the board";
                            default -> "Answer " + (i % 50) + " to " + prompt.id();
                        };
                        tx.saveAnswer(checkIn.id(), m, prompt.id(), text, checkIn.opened(), Set.of(), null);
                    }
                    i++;
                }
                return null;
            });
            summaries = new TeamSummaries(catalog, CoachingRules.standard(), Understanding.SEMANTIC.meanings());
        }

        @TearDown(Level.Trial)
        public void close() {
            team.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object loadAnswersOnly(Answered state) {
        return state.team.store.read(tx -> tx.currentAnswers(state.checkIn.id()).size());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object summary(Answered state) {
        return state.team.store.read(tx -> state.summaries.of(tx, state.stored, state.checkIn, false).text());
    }

    /** Texts per call in {@link #coldWordings}; the figure divides by it. */
    static final int COLD_BATCH = 64;

    /** The meaning model, loaded once; every call reads texts it has never seen. */
    @State(Scope.Benchmark)
    public static class Model {
        BgeSmallMeanings model;
        int next;

        @Setup(Level.Trial)
        public void load() {
            model = new BgeSmallMeanings();
            model.vectors(List.of("warm up"));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object coldWordings(Model state) {
        List<String> texts = new ArrayList<>(COLD_BATCH);
        for (int i = 0; i < COLD_BATCH; i++) {
            int n = state.next++;
            texts.add("the people who rely on report " + n + " to decide what happens next week");
        }
        return state.model.vectors(texts);
    }
}
