package com.claritycoach.bench;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.slack.testing.FakeSlackApi;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Memory: the resident size of an idle {@code serve} process (what an operator's machine pays), and
 * the heap after many answers (it must stay flat: caches are bounded and nothing accumulates).
 */
final class Memory {
    static final long MB = 1024 * 1024;

    private final boolean quick;

    Memory(boolean quick) {
        this.quick = quick;
    }

    List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        double rss = idleServeRss();
        figures.add(new Figure("Idle serve: resident memory (MB)", rss, 256, "MB", rss / 256, "≤ 1", rss <= 256,
                "java -jar coach-app/target/clarity-coach.jar serve with default JVM settings, Slack over HTTP, 10 s idle"));
        double loaded = modelLoadedRss();
        figures.add(new Figure("Resident memory with the meaning model loaded (MB): analyze of a 200-member team",
                loaded, rss, "MB", loaded / rss, "", true, "peak VmRSS of java -jar clarity-coach.jar analyze, default JVM"
                + " settings; the ceiling column is the idle serve above, which has not loaded the model"));
        figures.add(heapAfterAnswers(quick ? 50_000 : 1_000_000));
        return figures;
    }

    private static double idleServeRss() throws Exception {
        Path jar = Path.of(System.getProperty("bench.root", "."), "coach-app", "target", "clarity-coach.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -B -q package -DskipTests)");
        }
        try (FakeSlackApi slack = new FakeSlackApi()) {
            int port = freePort();
            Path db = Files.createTempDirectory("clarity-bench-rss").resolve("coach.db");
            ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toString(), "serve")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = builder.environment();
            env.put("PORT", String.valueOf(port));
            env.put("COACH_DB_URL", "jdbc:sqlite:" + db);
            env.put("SLACK_BOT_TOKEN", "xoxb-bench");
            env.put("SLACK_SIGNING_SECRET", "bench-signing-secret");
            env.put("SLACK_API_URL", slack.apiUrl());
            Process process = builder.start();
            try {
                awaitHealthy(port);
                Thread.sleep(10_000);
                return rssMb(process.pid());
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** The peak resident size of an {@code analyze} run that groups by meaning, sampled every 20 ms. */
    private static double modelLoadedRss() throws Exception {
        Path jar = Path.of(System.getProperty("bench.root", "."), "coach-app", "target", "clarity-coach.jar");
        Path csv = Files.createTempDirectory("clarity-bench-model").resolve("team.csv");
        StringBuilder rows = new StringBuilder("checkin,member,prompt,answer\n");
        for (int i = 0; i < 200; i++) {
            rows.append("w1,Member ").append(i).append(",customer,the patients on ward ").append(i % 40).append('\n');
            rows.append("w1,Member ").append(i).append(",enablers,discharge letters ready by ").append(i % 24).append(" o'clock\n");
        }
        Files.writeString(csv, rows);
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "analyze", csv.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        double peak = 0;
        while (process.isAlive()) {
            try {
                peak = Math.max(peak, rssMb(process.pid()));
            } catch (IOException | IllegalStateException gone) {
                break;
            }
            Thread.sleep(20);
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("analyze exited with " + process.exitValue());
        }
        return peak;
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("serve did not become healthy within 60 s");
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Weekly cycles of a 10,000-member team: everyone answers the ten questions, the check-in closes
     * (summary posted), the next opens. Used heap after a full GC is sampled after each cycle.
     */
    private static Figure heapAfterAnswers(int answers) {
        int size = 10_000;
        try (BenchTeam team = new BenchTeam("heap", size)) {
            List<Double> samples = new ArrayList<>();
            int processed = 0;
            while (processed < answers) {
                team.start();
                for (int round = 0; round < 10 && processed < answers; round++) {
                    for (MemberRef member : team.members) {
                        team.engine.handle(MessageReceived.of(member, "Ward nurses sign off each discharge sooner, answer " + round));
                        processed++;
                    }
                }
                team.close("close");
                samples.add(usedHeapMb());
            }
            double first = samples.get(0);
            double last = samples.get(samples.size() - 1);
            return new Figure("Heap after " + processed + " answers (MB, after full GC) vs after the first 100,000",
                    last, first, "MB", last / first, "≤ 1.2", last / first <= 1.2, "samples per 100,000 answers: " + samples);
        }
    }

    private static double usedHeapMb() {
        System.gc();
        System.gc();
        return Math.round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() * 10.0 / MB) / 10.0;
    }
}
