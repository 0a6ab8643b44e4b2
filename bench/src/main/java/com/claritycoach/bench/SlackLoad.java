package com.claritycoach.bench;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.app.config.Understanding;
import com.claritycoach.app.serve.CoachHttpServer;
import com.claritycoach.app.serve.CoachServer;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.http.RequestSignatureCheck;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.claritycoach.slack.testing.SlackEvents;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * The Slack figures, over real HTTP on 127.0.0.1: signed {@code message.im} events through the real
 * {@code serve} stack (signature check, Bolt, engine, commit, ack) against a bare Bolt app on the same
 * stack that only acks, and the ack latency at a fixed 500 events/s.
 */
final class SlackLoad {
    static final String SECRET = "bench-signing-secret";
    static final String CHANNEL = "C0BENCH0001";
    static final int MEMBERS = 2_000;
    static final int IN_FLIGHT = 32;
    static final int RATE = 500;

    private final boolean quick;
    private final AtomicLong events = new AtomicLong();

    SlackLoad(boolean quick) {
        this.quick = quick;
    }

    List<Figure> run() throws Exception {
        List<String> users = new ArrayList<>();
        try (FakeSlackApi slack = new FakeSlackApi()) {
            for (int i = 0; i < MEMBERS; i++) {
                String id = String.format("U0B%07d", i);
                users.add(id);
                slack.user(id, "Member " + i, "UTC", false, false, false);
            }
            slack.channel(CHANNEL, users);
            Duration window = Duration.ofSeconds(quick ? 5 : 15);
            double coach;
            double replies;
            Backlog backlog;
            double steadyReplies;
            Histogram latency;
            BenchTeam files = new BenchTeam("slack", 1);
            try (CoachServer server = started(slack, users, files, "slack.db", Understanding.SEMANTIC)) {
                String url = "http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH;
                IntSupplier posted = () -> slack.calls("chat.postMessage").size();
                Rates rates = throughput(url, users, window, posted);
                coach = rates.acked();
                replies = rates.replied();
                backlog = awaitRepliesSent(posted);
                int postedBefore = posted.getAsInt();
                Duration steady = Duration.ofSeconds(quick ? 10 : 60);
                latency = fixedRate(url, users, steady);
                steadyReplies = (posted.getAsInt() - postedBefore) / (double) steady.toSeconds();
            }
            Histogram lexical;
            try (CoachServer server = started(slack, users, files, "lexical.db", Understanding.LEXICAL)) {
                lexical = fixedRate("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, users,
                        Duration.ofSeconds(quick ? 10 : 60));
            }
            double bare = bareBolt(slack, users, window);
            files.close();
            List<Figure> figures = new ArrayList<>();
            figures.add(new Figure("Slack end to end: signed message.im → verified → engine → committed → acked (events/s)"
                    + " vs a bare Bolt app on the same stack that only acks", coach, bare, "events/s", coach / bare,
                    "≥ 0.7", coach / bare >= 0.7, String.format("%d requests in flight, %d s each; meanwhile the outbox"
                    + " posted %.0f replies/s to the fake Slack API, and the %d replies still queued took %.1f s more",
                    IN_FLIGHT, window.toSeconds(), replies, backlog.replies(), backlog.seconds())));
            double p99 = latency.getValueAtPercentile(99) / 1000.0;
            figures.add(new Figure("Ack latency at " + RATE + " events/s: p99 (ms)", p99, 50, "ms", p99 / 50, "≤ 1",
                    p99 <= 50, String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d events; the outbox"
                    + " posted %.0f replies/s meanwhile", latency.getValueAtPercentile(50) / 1000.0, p99,
                    latency.getMaxValue() / 1000.0, latency.getTotalCount(), steadyReplies)));
            double lexicalP99 = lexical.getValueAtPercentile(99) / 1000.0;
            figures.add(new Figure("Ack latency at " + RATE + " events/s while the meaning model reads every new answer:"
                    + " p99 (ms) vs the same run grouping by spelling only", p99, lexicalP99, "ms", p99 / lexicalP99,
                    "≤ 1.2", p99 <= lexicalP99 * 1.2, String.format("each event a distinct answer; spelling only: p50 %.1f ms,"
                    + " p99 %.1f ms; the warm-up drops what its queue cannot hold", lexical.getValueAtPercentile(50) / 1000.0,
                    lexicalP99)));
            return figures;
        }
    }

    /** A {@code serve} stack on loopback with a discovery check-in open for every member (Question 1 sent to all). */
    private CoachServer started(FakeSlackApi slack, List<String> users, BenchTeam files, String db,
                                Understanding understanding) {
        ServeConfig config = new ServeConfig(0, new DatabaseConfig("jdbc:sqlite:" + files.dir.resolve(db), null, null),
                null, Optional.of(new SlackOptions("xoxb-bench", SECRET, null, slack.apiUrl(), null, null, null)),
                Optional.empty(), Optional.empty(), understanding);
        CoachServer server = CoachServer.start(config, PlaybookCatalog.builtIn(), Clock.systemUTC(), "127.0.0.1");
        String last = "D" + users.get(MEMBERS - 1);
        Supplier<Long> askedLast = () -> slack.calls("chat.postMessage").stream().filter(c -> c.param("text") != null
                && c.param("text").startsWith("Question 1") && last.equals(c.param("channel"))).count();
        long before = askedLast.get();
        startCheckIn("http://127.0.0.1:" + server.port() + SlackAdapter.EVENTS_PATH, users.get(0));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (askedLast.get() == before) {
            if (System.nanoTime() > end) {
                server.close();
                throw new IllegalStateException("the check-in did not reach every member within 60 s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    private void startCheckIn(String url, String manager) {
        String form = SignedSlackClient.fixture("slash_command_start.txt")
                .replace("channel_id=C0TEAM0001", "channel_id=" + CHANNEL)
                .replace("user_id=U0MGR0001", "user_id=" + manager)
                .replace("text=start+discovery", "text=" + URLEncoder.encode("start discovery", StandardCharsets.UTF_8));
        new SignedSlackClient(url, SECRET).postForm(form);
    }

    private double bareBolt(FakeSlackApi slack, List<String> users, Duration window) throws Exception {
        BenchTeam files = new BenchTeam("bare", 1);
        SlackOptions options = new SlackOptions("xoxb-bench", SECRET, null, slack.apiUrl(), null, null, null);
        try (SlackAdapter adapter = SlackAdapter.create(options, files.store.dataSource(), Clock.systemUTC());
             CoachHttpServer http = new CoachHttpServer("127.0.0.1", 0, adapter.start(new InboundSink() {
                 @Override
                 public void accept(Inbound inbound) {
                 }

                 @Override
                 public void committed() {
                 }
             }, member -> null))) {
            http.start();
            return throughput("http://127.0.0.1:" + http.port() + SlackAdapter.EVENTS_PATH, users, window, () -> 0).acked();
        } finally {
            files.close();
        }
    }

    /**
     * Closed loop: as many events as {@link #IN_FLIGHT} concurrent requests can get acked, and how many
     * replies the outbox posted meanwhile ({@code replies} counts them so far).
     */
    private Rates throughput(String url, List<String> users, Duration window, IntSupplier replies) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RequestSignatureCheck signer = new RequestSignatureCheck(SECRET, Clock.systemUTC());
        run(http, signer, url, users, Duration.ofSeconds(2), null);
        AtomicInteger acked = new AtomicInteger();
        int repliedBefore = replies.getAsInt();
        long start = System.nanoTime();
        run(http, signer, url, users, window, acked);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rates(acked.get() / seconds, (replies.getAsInt() - repliedBefore) / seconds);
    }

    private record Rates(double acked, double replied) {
    }

    private void run(HttpClient http, RequestSignatureCheck signer, String url, List<String> users, Duration window,
                     AtomicInteger acked) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        long end = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < end) {
            slots.acquire();
            send(http, signer, url, users).whenComplete((response, error) -> {
                if (error == null && response.statusCode() == 200 && acked != null) {
                    acked.incrementAndGet();
                }
                slots.release();
            });
        }
        slots.acquire(IN_FLIGHT);
    }

    /**
     * Waits until the outbox has posted what the closed loop left queued (no new post for a second), so
     * that the fixed-rate run measures its own load rather than the tail of the last one.
     */
    private static Backlog awaitRepliesSent(IntSupplier posted) throws InterruptedException {
        long start = System.nanoTime();
        int before = posted.getAsInt();
        int last = before;
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
            TimeUnit.SECONDS.sleep(1);
            int now = posted.getAsInt();
            if (now == last) {
                return new Backlog(now - before, (System.nanoTime() - start) / 1e9 - 1);
            }
            last = now;
        }
        throw new IllegalStateException("the outbox was still posting replies after 5 minutes");
    }

    private record Backlog(int replies, double seconds) {
    }

    /** Open loop at {@link #RATE}/s; latency counts from when each event was due, so stalls are not hidden. */
    private Histogram fixedRate(String url, List<String> users, Duration window) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        RequestSignatureCheck signer = new RequestSignatureCheck(SECRET, Clock.systemUTC());
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE;
        long start = System.nanoTime();
        long total = window.toSeconds() * RATE;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(send(http, signer, url, users).thenAccept(response -> {
                synchronized (histogram) {
                    histogram.recordValue(Math.min(histogram.getHighestTrackableValue(),
                            TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - due)));
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return histogram;
    }

    private CompletableFuture<HttpResponse<Void>> send(HttpClient http, RequestSignatureCheck signer, String url,
                                                         List<String> users) {
        long n = events.incrementAndGet();
        String user = users.get((int) (n % users.size()));
        String body = SlackEvents.directMessage("Ev0BENCH" + n, user, "D" + user,
                "Ward nurses sign off each discharge sooner, case " + n, String.format("1763870400.%06d", n % 1_000_000));
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

}
