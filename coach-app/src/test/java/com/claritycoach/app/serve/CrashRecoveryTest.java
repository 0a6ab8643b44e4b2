package com.claritycoach.app.serve;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.FakeSlackApi.Call;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} killed with SIGKILL — a real separate JVM ({@link CrashTestServe}, configured by the
 * same environment variables as {@code java -jar clarity-coach.jar serve}) on a SQLite file, talking
 * to a fake Slack Web API in this JVM — and started again on the same database.
 *
 * <p>What the design promises and these tests hold it to: everything committed survives the kill;
 * an answer Slack got a 200 for was committed; the start of a check-in is one transaction, so every
 * member has one conversation and one first question in the store; the outbox resumes after the
 * restart, and the only message Slack can receive twice is the one being sent at the moment of the
 * kill (the dispatcher posts, then marks the row sent; Slack has no idempotency key, so a kill in
 * between resends that row after the restart). The dispatcher is one thread, so that is at most one.
 */
class CrashRecoveryTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TOKEN = "xoxb-test-0000000000";
    private static final String CHANNEL = "C0TEAM0001";
    private static final String MANAGER = "U0MGR0001";
    private static final String START = fixture("slash_command_start.txt");
    private static final Duration WAIT = Duration.ofSeconds(40);
    /**
     * The killed process leased its current outbox batch for two minutes. The restarted process runs
     * this far ahead, as if it came back after that lease ran out, so the test need not wait for it.
     */
    private static final Duration AFTER_THE_LEASE = Duration.ofMinutes(3);
    /** Messages the dispatcher can have between posting to Slack and marking the row sent: one per sender. */
    private static final int IN_FLIGHT_SENDS = CoachServer.OUTBOX_SENDERS;

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private int port;
    private ServeProcess serve;

    @BeforeEach
    void freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void aFanOutKilledMidwayResumesAfterARestartAsksEveryMemberOnceAndResendsOnlyTheMessagesInFlight()
            throws Exception {
        List<String> members = team(1000);
        serve = ServeProcess.start(dir, "first", env(), Duration.ZERO);
        assertThat(client().postForm(START).statusCode()).isEqualTo(200);

        // Kill at the worst moment, a fifth of the way through the ~2,000 private messages (a greeting
        // and question 1 each): Slack has taken the 400th and the coach is waiting for Slack's answer.
        AtomicInteger dms = new AtomicInteger();
        FakeSlackApi.Stall stall = slack.stall(c -> isDmPost(c) && dms.incrementAndGet() == 400);
        Call inFlight = stall.awaitHeld(WAIT);
        serve.kill();
        stall.release();
        int postedBeforeKill = dmPosts().size();
        Instant killedAt = Instant.now();
        OutboxAtKill atKill = outboxAtKill(killedAt);
        assertThat(atKill.unsent).as("the kill came in the middle of the fan-out").isGreaterThan(0);
        assertThat(atKill.sent).as("the kill came in the middle of the fan-out").isGreaterThan(0);
        assertThat(atKill.leasedRowIds).as("the killed process held a batch").isNotEmpty();

        // Restarted at once: the rest of the fan-out goes out, but the rows the killed process had leased
        // wait for their lease to run out (so two live instances could never send one row).
        serve = ServeProcess.start(dir, "restarted", env(), Duration.ZERO);
        awaitTrue(() -> unsentRowIds().equals(atKill.leasedRowIds), "everything but the killed batch sent");
        serve.close();
        // Restarted after the lease ran out: the killed batch goes out too.
        serve = ServeProcess.start(dir, "restarted-later", env(), AFTER_THE_LEASE);
        awaitTrue(() -> unsentRowIds().isEmpty(), "the outbox drained after the lease ran out");
        serve.close();
        serve = null;

        Set<String> everyone = new TreeSet<>(members);
        everyone.add(MANAGER);
        try (JdbcCoachStore store = CoachStores.open(database())) {
            List<CheckIn> checkIns = store.read(tx -> tx.checkIns(tx.findTeam(team()).orElseThrow().id()));
            assertThat(checkIns).as("one check-in").hasSize(1);
            List<Conversation> conversations = store.read(tx -> tx.conversations(checkIns.get(0).id()));
            Map<String, Long> perMember = conversations.stream()
                    .collect(Collectors.groupingBy(c -> c.member().userId(), Collectors.counting()));
            assertThat(perMember.keySet()).as("every member has a conversation").isEqualTo(everyone);
            assertThat(perMember.values()).as("exactly one conversation per member").containsOnly(1L);
        }
        List<OutboxRow> rows = outboxRows();
        assertThat(rows).as("every outbox row sent, none given up").allMatch(r -> r.sent && !r.abandoned);
        Map<String, Long> firstQuestionRows = rows.stream().filter(r -> r.message.contains("Question 1 of"))
                .collect(Collectors.groupingBy(r -> r.recipient, Collectors.counting()));
        assertThat(firstQuestionRows.keySet()).as("every member asked the first question").isEqualTo(everyone);
        assertThat(firstQuestionRows.values()).as("asked it once in the store").containsOnly(1L);

        List<Call> posts = dmPosts();
        Set<String> askedOnSlack = posts.stream().filter(c -> text(c).contains("Question 1 of"))
                .map(c -> c.param("channel").substring(1)).collect(Collectors.toSet());
        assertThat(askedOnSlack).as("every member got question 1 on Slack").isEqualTo(everyone);
        Map<String, Long> copies = posts.stream()
                .collect(Collectors.groupingBy(c -> c.param("channel") + "\n" + text(c), Collectors.counting()));
        long dmRows = rows.stream().filter(r -> r.message.contains("\"type\":\"direct\"")).count();
        assertThat(copies).as("every private message row reached Slack").hasSize((int) dmRows);
        List<String> resent = copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey().substring(1, e.getKey().indexOf('\n'))).toList();
        long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("Fan-out crash: %d rows, %d posted before the kill, %d sent and %d unsent in the store "
                        + "(%d of them leased by the killed process), %d message(s) posted twice%n",
                rows.size(), postedBeforeKill, atKill.sent, atKill.unsent, atKill.leasedRowIds.size(), duplicates);
        assertThat(duplicates).as("messages Slack received twice").isLessThanOrEqualTo(IN_FLIGHT_SENDS);
        assertThat(resent).as("each resent message to a different member").doesNotHaveDuplicates();
        assertThat(resent).as("only a message the killed process had leased and not marked sent is resent")
                .allMatch(atKill.leasedUnsent::contains);
        assertThat(copies.get(inFlight.param("channel") + "\n" + text(inFlight)))
                .as("the message in flight at the kill is sent again (at least once; Slack has no idempotency key)")
                .isEqualTo(2L);
        assertThat(slack.calls("chat.postMessage").stream()
                .filter(c -> CHANNEL.equals(c.param("channel")) && text(c).contains("started")))
                .as("the channel heard about the check-in once").hasSize(1);
    }

    @Test
    void everyAnswerAcknowledgedBeforeAKillIsInTheStoreAndSlacksRetriesOfTheRestAreStoredOnce() throws Exception {
        List<String> members = team(300);
        serve = ServeProcess.start(dir, "first", env(), Duration.ZERO);
        SignedSlackClient client = client();
        assertThat(client.postForm(START).statusCode()).isEqualTo(200);
        slack.await(c -> c.method().equals("chat.postMessage") && CHANNEL.equals(c.param("channel"))
                && text(c).contains("started"), WAIT);

        Map<String, Integer> status = new ConcurrentHashMap<>();
        AtomicInteger acked = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(12);
        try {
            for (String member : members) {
                senders.execute(() -> {
                    int code;
                    try {
                        code = client.postJson(answerEvent(member)).statusCode();
                    } catch (RuntimeException e) {
                        code = -1;
                    }
                    status.put(member, code);
                    if (code == 200) {
                        acked.incrementAndGet();
                    }
                });
            }
            awaitTrue(() -> acked.get() >= members.size() / 3, "a third of the answers acknowledged");
            serve.kill();
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        List<String> acknowledged = members.stream().filter(m -> status.get(m) == 200).toList();
        List<String> unacknowledged = members.stream().filter(m -> status.get(m) != 200).toList();
        assertThat(unacknowledged).as("the kill came while answers were arriving").isNotEmpty();
        assertThat(status.values()).as("an answer is acknowledged or never answered, never refused")
                .allMatch(code -> code == 200 || code == -1);

        // Straight after the kill, on the file as the killed process left it.
        assertThat(firstAnswers()).as("every acknowledged answer survived the kill")
                .containsAllEntriesOf(expected(acknowledged));

        serve = ServeProcess.start(dir, "restarted", env(), Duration.ZERO);
        SignedSlackClient again = client();
        for (String member : unacknowledged) {
            assertThat(again.postJson(answerEvent(member), Map.of("X-Slack-Retry-Num", "1",
                    "X-Slack-Retry-Reason", "http_timeout")).statusCode()).as("retry acknowledged").isEqualTo(200);
        }
        serve.close();
        serve = null;

        System.out.printf("Answer crash: %d answers, %d acknowledged before the kill, %d retried after the restart%n",
                members.size(), acknowledged.size(), unacknowledged.size());
        Map<String, String> after = firstAnswers();
        assertThat(after).as("every acknowledged answer is in the store after the restart")
                .containsAllEntriesOf(expected(acknowledged));
        assertThat(after).as("and every retried one, each exactly once (revision 1)").isEqualTo(expected(members));
        Map<String, Long> secondQuestion = outboxRows().stream().filter(r -> r.message.contains("Question 2 of"))
                .collect(Collectors.groupingBy(r -> r.recipient, Collectors.counting()));
        assertThat(secondQuestion.keySet()).as("every member who answered is asked question 2")
                .isEqualTo(Set.copyOf(members));
        assertThat(secondQuestion.values()).as("once").containsOnly(1L);
    }

    // --- the team and its events -------------------------------------------------------------------

    /** A channel of {@code size} members plus the manager and the bot, served in pages of 200. */
    private List<String> team(int size) {
        slack = new FakeSlackApi().user(MANAGER, "Maria", "Europe/Lisbon", false, false, false);
        List<String> members = IntStream.rangeClosed(1, size).mapToObj(i -> "U0M%05d".formatted(i)).toList();
        members.forEach(m -> slack.user(m, "Member " + m.substring(3), "Europe/Berlin", false, false, false));
        List<String> everyone = new ArrayList<>(members);
        everyone.add(0, MANAGER);
        everyone.add("U0COACHBOT");
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i += 200) {
            pages.add(everyone.subList(i, Math.min(everyone.size(), i + 200)));
        }
        @SuppressWarnings("unchecked")
        List<String>[] array = pages.toArray(new List[0]);
        slack.channel(CHANNEL, array);
        return members;
    }

    private static String answer(String member) {
        return "Patients of ward " + member.substring(3) + " go home a day sooner";
    }

    private static Map<String, String> expected(List<String> members) {
        return members.stream().collect(Collectors.toMap(Function.identity(), CrashRecoveryTest::answer));
    }

    /** The signed {@code message.im} event of a member answering question 1; a retry has the same id. */
    private static String answerEvent(String member) {
        String ts = "1763870400." + member.substring(3) + "0";
        return SlackEvents.directMessage("Ev0" + member, member, "D" + member, answer(member), ts);
    }

    private SignedSlackClient client() {
        return new SignedSlackClient("http://127.0.0.1:" + port + SlackAdapter.EVENTS_PATH, SECRET);
    }

    private Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("COACH_DB_URL", database().url());
        env.put("SLACK_BOT_TOKEN", TOKEN);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        return env;
    }

    private List<Call> dmPosts() {
        return slack.calls().stream().filter(CrashRecoveryTest::isDmPost).toList();
    }

    private static boolean isDmPost(Call c) {
        return c.method().equals("chat.postMessage") && c.ok() && c.param("channel") != null
                && c.param("channel").startsWith("D");
    }

    private static String text(Call call) {
        return call.param("text") == null ? "" : call.param("text");
    }

    // --- reading the store --------------------------------------------------------------------------

    private DatabaseConfig database() {
        return new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null);
    }

    private static TeamRef team() {
        return new TeamRef(new TenantRef(Platform.SLACK, "T0CLARITY"), CHANNEL);
    }

    /** Each member's current answer to question 1, only if it is the first and only revision. */
    private Map<String, String> firstAnswers() {
        try (JdbcCoachStore store = CoachStores.open(database())) {
            List<Answer> answers = store.read(tx -> tx.currentAnswers(
                    tx.latestCheckIn(tx.findTeam(team()).orElseThrow().id()).orElseThrow().id()));
            Map<String, String> out = new HashMap<>();
            for (Answer a : answers) {
                assertThat(a.revision()).as("answer of %s stored once", a.member().userId()).isEqualTo(1);
                assertThat(out.put(a.member().userId(), a.text())).as("one answer of %s", a.member().userId()).isNull();
            }
            return out;
        }
    }

    private record OutboxRow(long id, String recipient, String message, boolean sent, boolean abandoned) {
    }

    /** Counts of sent and unsent rows, and the unsent rows the killed process still held a lease on, and for whom. */
    private record OutboxAtKill(int sent, int unsent, Set<Long> leasedRowIds, Set<String> leasedUnsent) {
    }

    /** The outbox rows as stored: plain SQL on the file, read-only, while {@code serve} may be running. */
    private List<OutboxRow> outboxRows() {
        return query("SELECT id, recipient, message, sent_at, abandoned FROM outbox ORDER BY id", rs -> {
            List<OutboxRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4) != null,
                        rs.getBoolean(5)));
            }
            return rows;
        });
    }

    private Set<Long> unsentRowIds() {
        return query("SELECT id FROM outbox WHERE sent_at IS NULL AND NOT abandoned", rs -> {
            Set<Long> ids = new HashSet<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        });
    }

    /** What the killed process left: rows sent, rows unsent, and whose unsent rows it still held a lease on. */
    private OutboxAtKill outboxAtKill(Instant killedAt) {
        return query("SELECT id, recipient, sent_at, claimed_until FROM outbox WHERE NOT abandoned", rs -> {
            int sent = 0;
            int unsent = 0;
            Set<Long> leasedRows = new HashSet<>();
            Set<String> leasedFor = new HashSet<>();
            while (rs.next()) {
                if (rs.getObject(3) != null) {
                    sent++;
                    continue;
                }
                unsent++;
                long claimedUntil = rs.getLong(4);
                if (!rs.wasNull() && claimedUntil > killedAt.toEpochMilli()) {
                    leasedRows.add(rs.getLong(1));
                    leasedFor.add(rs.getString(2));
                }
            }
            return new OutboxAtKill(sent, unsent, leasedRows, leasedFor);
        });
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> reader) {
        try (Connection c = DriverManager.getConnection(database().url());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new AssertionError("reading the store: " + e.getMessage(), e);
        }
    }

    private void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what + serve.logTail());
            }
            Thread.sleep(20);
        }
    }

    // --- the serve process --------------------------------------------------------------------------

    /** {@code serve} in its own JVM on this test's class path; its output goes to a file in the test folder. */
    static final class ServeProcess implements AutoCloseable {
        private static final List<String> OWN_VARIABLES = List.of("PORT", "COACH_", "SLACK_", "MICROSOFT_", "BOT_");
        private final Process process;
        private final Path log;

        private ServeProcess(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static ServeProcess start(Path dir, String name, Map<String, String> env, Duration clockOffset) {
            Path log = dir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"),
                    CrashTestServe.class.getName(), clockOffset.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> OWN_VARIABLES.stream().anyMatch(k::startsWith));
            builder.environment().putAll(env);
            ServeProcess serve;
            try {
                serve = new ServeProcess(builder.start(), log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            try {
                while (!Files.exists(log) || !Files.readString(log).contains("READY ")) {
                    if (!serve.process.isAlive() || System.nanoTime() > deadline) {
                        serve.process.destroyForcibly();
                        throw new AssertionError("serve did not start" + serve.logTail());
                    }
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            return serve;
        }

        /** SIGKILL: no shutdown hook, no closing of the store, the pump or the HTTP server. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("killed").isTrue();
            assertThat(process.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);
        }

        String logTail() {
            try {
                String text = Files.exists(log) ? Files.readString(log) : "";
                return "\n--- serve log ---\n" + text.substring(Math.max(0, text.length() - 4000));
            } catch (IOException e) {
                return "";
            }
        }

        /** A graceful stop (SIGTERM), as an operator would. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
