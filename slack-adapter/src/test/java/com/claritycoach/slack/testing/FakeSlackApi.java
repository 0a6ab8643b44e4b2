package com.claritycoach.slack.testing;

import com.claritycoach.core.testing.LoopbackHttpServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A Slack Web API on loopback that answers like Slack (shapes from the shared fixtures) and records
 * every call, so tests can assert what the coach sent without the internet.
 */
public final class FakeSlackApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded call: the method, its parameters (JSON bodies flattened to their top-level fields),
     * the token, and the HTTP status and {@code ok} the fake answered with.
     */
    public record Call(String method, Map<String, String> params, String token, int status, boolean ok) {
        public String param(String name) {
            return params.get(name);
        }
    }

    /** A scripted answer: status, headers and JSON body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer ok(String body) {
            return new Answer(200, Map.of(), body);
        }
    }

    private final HttpServer server;
    private final JsonNode fixtures;
    /** Not copy-on-write: the bench records tens of thousands of calls, and each copy would cost the fake more CPU. */
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final LinkedBlockingQueue<Call> arrivals = new LinkedBlockingQueue<>();
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> users = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> channelPages = new ConcurrentHashMap<>();
    private final Set<String> revokedTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, List<byte[]>> uploads = new ConcurrentHashMap<>();
    private final AtomicInteger fileIds = new AtomicInteger();
    private volatile String teamId = "T0CLARITY";
    private volatile RateLimitStorm storm;
    private volatile Stall stall;
    private volatile boolean down;
    private final AtomicInteger outageAnswers = new AtomicInteger();

    /**
     * Holds the answer to one call that Slack has received (and this fake recorded) until released, so
     * a test can stop the caller between the platform taking a message and the caller hearing so.
     */
    public static final class Stall {
        private final Predicate<Call> when;
        private final AtomicReference<Call> held = new AtomicReference<>();
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Stall(Predicate<Call> when) {
            this.when = when;
        }

        /** Waits until the call is being held; fails the test when it does not come in time. */
        public Call awaitHeld(Duration timeout) {
            try {
                if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new AssertionError("no call to hold within " + timeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            return held.get();
        }

        /** Lets the held call be answered (and every call after it). */
        public void release() {
            released.countDown();
        }

        private void holdIfFirst(Call call) {
            if (when.test(call) && held.compareAndSet(null, call)) {
                reached.countDown();
                try {
                    released.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** A seeded share of Web API calls answered with 429, so a storm replays identically on every run. */
    private record RateLimitStorm(Random random, double share, int retryAfterSeconds) {
        synchronized boolean strikes() {
            return random.nextDouble() < share;
        }
    }

    public FakeSlackApi() {
        try (InputStream in = FakeSlackApi.class.getResourceAsStream("/fixtures/slack/web_api_responses.json")) {
            fixtures = JSON.readTree(in);
            server = LoopbackHttpServer.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
        user("U0COACHBOT", "Clarity Coach", null, false, true, false);
    }

    /** The Web API base to configure as {@code SLACK_API_URL}. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    /** A URL on this server that records what is POSTed to it (stands in for {@code response_url}). */
    public String responseUrl(String name) {
        return baseUrl() + "/respond/" + name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeSlackApi team(String id) {
        this.teamId = id;
        return this;
    }

    public FakeSlackApi user(String id, String name, String tz, boolean admin, boolean bot, boolean deleted) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id).put("team_id", teamId).put("name", name.toLowerCase().replace(' ', '.'))
                .put("real_name", name).put("deleted", deleted).put("is_admin", admin).put("is_owner", false)
                .put("is_bot", bot);
        if (tz != null) {
            user.put("tz", tz);
        }
        user.putObject("profile").put("real_name", name).put("display_name", "");
        users.put(id, user);
        return this;
    }

    /** The channel's members, served in the given pages (cursor = next page number). */
    @SafeVarargs
    public final FakeSlackApi channel(String channelId, List<String>... pages) {
        channelPages.put(channelId, List.of(pages));
        return this;
    }

    /** The next call of {@code method} gets this answer instead of the usual one. */
    public FakeSlackApi script(String method, Answer answer) {
        scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(answer);
        return this;
    }

    /** Every call made with this token is refused with {@code invalid_auth}, as after a revocation. */
    public FakeSlackApi revoke(String token) {
        revokedTokens.add(token);
        return this;
    }

    public FakeSlackApi rateLimitNext(String method, int retryAfterSeconds) {
        return script(method, new Answer(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                "{\"ok\":false,\"error\":\"ratelimited\"}"));
    }

    /**
     * From now on, a {@code share} of all Web API calls (0..1), picked by a pseudo-random sequence from
     * {@code seed}, is answered {@code 429} with {@code Retry-After: retryAfterSeconds}.
     */
    public FakeSlackApi rateLimitStorm(double share, long seed, int retryAfterSeconds) {
        this.storm = new RateLimitStorm(new Random(seed), share, retryAfterSeconds);
        return this;
    }

    /**
     * The first call that matches is recorded as received, then its answer is held (and, since this
     * fake answers one call at a time, every later call waits too) until {@link Stall#release()}.
     */
    public Stall stall(Predicate<Call> when) {
        Stall next = new Stall(when);
        this.stall = next;
        return next;
    }

    /**
     * From now on, until {@link #endOutage()}, every Web API call gets a server error as a load balancer
     * in front of a failing Slack gives it: 503, 502 and 500 in turn, with an HTML body.
     */
    public FakeSlackApi outage() {
        this.down = true;
        return this;
    }

    public FakeSlackApi endOutage() {
        this.down = false;
        return this;
    }

    public FakeSlackApi failNext(String method, String error) {
        return script(method, Answer.ok("{\"ok\":false,\"error\":\"" + error + "\"}"));
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits for the next recorded call that matches, up to the timeout; fails the test when none comes. */
    public Call await(Predicate<Call> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Call seen : calls()) {
            if (wanted.test(seen)) {
                arrivals.clear();
                return seen;
            }
        }
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Call next = arrivals.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no matching Slack call within " + timeout + "; calls were: " + calls());
                }
                if (wanted.test(next)) {
                    return next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public Call await(String method, Duration timeout) {
        return await(c -> c.method().equals(method), timeout);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = path.startsWith("/api/") ? path.substring("/api/".length())
                    : path.startsWith("/respond/") ? "response_url:" + path.substring("/respond/".length())
                    : path.startsWith("/upload/") ? "upload:" + path.substring("/upload/".length()) : path;
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (method.startsWith("upload:")) {
                uploads.computeIfAbsent(method.substring("upload:".length()), id -> new ArrayList<>()).add(body);
            }
            Map<String, String> params = method.startsWith("upload:")
                    ? new LinkedHashMap<>(Map.of("bytes", String.valueOf(body.length))) : params(exchange, body);
            if (auth != null && auth.startsWith("Basic ")) {
                String basic = new String(Base64.getDecoder().decode(auth.substring("Basic ".length())),
                        StandardCharsets.UTF_8);
                params.putIfAbsent("client_id", basic.substring(0, basic.indexOf(':')));
            }
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length())
                    : params.get("token");
            Answer answer = token != null && revokedTokens.contains(token)
                    ? Answer.ok("{\"ok\":false,\"error\":\"invalid_auth\"}") : answer(method, params);
            Call call = new Call(method, params, token, answer.status(),
                    answer.status() == 200 && !answer.body().startsWith("{\"ok\":false"));
            calls.add(call);
            arrivals.add(call);
            Stall holding = stall;
            if (holding != null) {
                holding.holdIfFirst(call);
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), out.length);
            exchange.getResponseBody().write(out);
        }
    }

    private Answer answer(String method, Map<String, String> params) {
        if (down && !method.contains(":")) {
            int status = List.of(503, 502, 500).get(outageAnswers.getAndIncrement() % 3);
            return new Answer(status, Map.of(), "<html><body>" + status + " Service Unavailable</body></html>");
        }
        RateLimitStorm raging = storm;
        if (raging != null && !method.contains(":") && raging.strikes()) {
            return new Answer(429, Map.of("Retry-After", String.valueOf(raging.retryAfterSeconds())),
                    "{\"ok\":false,\"error\":\"ratelimited\"}");
        }
        Deque<Answer> queue = scripted.get(method);
        if (queue != null) {
            synchronized (queue) {
                Answer next = queue.poll();
                if (next != null) {
                    return next;
                }
            }
        }
        return switch (method) {
            case "users.info" -> usersInfo(params.get("user"));
            case "conversations.members" -> members(params.get("channel"), params.get("cursor"));
            case "conversations.open" -> Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"D" + first(params.get("users")) + "\"}}");
            case "auth.test" -> Answer.ok(fixtures.get("auth.test").toString().replace("T0CLARITY", teamId));
            case "oauth.v2.access" -> Answer.ok(oauthAccess());
            case "files.getUploadURLExternal" -> uploadUrl(params.get("filename"));
            case "files.completeUploadExternal" -> Answer.ok(
                    "{\"ok\":true,\"files\":[{\"id\":\"" + idInFiles(params.get("files")) + "\"}]}");
            default -> method.startsWith("response_url:") ? Answer.ok("ok")
                    : method.startsWith("upload:") ? Answer.ok("OK")
                    : fixtures.has(method) ? Answer.ok(fixtures.get(method).toString())
                    : Answer.ok("{\"ok\":false,\"error\":\"unknown_method\"}");
        };
    }

    /** A chart keeps the id {@code F0CHART01}; any other file gets {@code F0FILE} and a number. */
    private Answer uploadUrl(String filename) {
        String id = filename != null && filename.endsWith(".png") ? "F0CHART01" : "F0FILE" + fileIds.incrementAndGet();
        return Answer.ok("{\"ok\":true,\"upload_url\":\"" + baseUrl() + "/upload/" + id + "\",\"file_id\":\"" + id + "\"}");
    }

    private static String idInFiles(String files) {
        try {
            return files == null ? "" : JSON.readTree(files).path(0).path("id").asText();
        } catch (IOException e) {
            return "";
        }
    }

    /** The bytes POSTed to the upload URL of file {@code fileId}, in arrival order. */
    public List<byte[]> uploaded(String fileId) {
        return List.copyOf(uploads.getOrDefault(fileId, List.of()));
    }

    private Answer usersInfo(String id) {
        ObjectNode user = id == null ? null : users.get(id);
        if (user == null) {
            return Answer.ok("{\"ok\":false,\"error\":\"user_not_found\"}");
        }
        ObjectNode out = JSON.createObjectNode().put("ok", true);
        out.set("user", user);
        return Answer.ok(out.toString());
    }

    private Answer members(String channel, String cursor) {
        List<List<String>> pages = channelPages.get(channel);
        if (pages == null) {
            return Answer.ok("{\"ok\":false,\"error\":\"channel_not_found\"}");
        }
        int page = cursor == null || cursor.isBlank() ? 0 : Integer.parseInt(cursor);
        ObjectNode out = JSON.createObjectNode().put("ok", true);
        ArrayNode members = out.putArray("members");
        pages.get(page).forEach(members::add);
        out.putObject("response_metadata").put("next_cursor", page + 1 < pages.size() ? String.valueOf(page + 1) : "");
        return Answer.ok(out.toString());
    }

    private String oauthAccess() {
        return "{\"ok\":true,\"app_id\":\"A0COACH01\",\"authed_user\":{\"id\":\"U0MGR0001\"},"
                + "\"scope\":\"commands,chat:write\",\"token_type\":\"bot\",\"access_token\":\"xoxb-installed-token\","
                + "\"bot_user_id\":\"U0COACHBOT\",\"team\":{\"id\":\"" + teamId + "\",\"name\":\"Clarity\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false}";
    }

    private static String first(String csv) {
        return csv == null ? "" : csv.split(",")[0];
    }

    private static Map<String, String> params(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            form(query, params);
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String text = new String(body, StandardCharsets.UTF_8);
        if (type != null && type.contains("json") && !text.isBlank()) {
            JsonNode node = JSON.readTree(text);
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = node.get(name);
                params.put(name, value.isTextual() ? value.asText() : value.toString());
            }
        } else if (!text.isBlank()) {
            form(text, params);
        }
        return params;
    }

    private static void form(String encoded, Map<String, String> into) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(key, value);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
