package com.claritycoach.teams.testing;

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
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot Framework connector on loopback, answering like Teams' (shapes from the shared fixtures): it
 * creates personal chats, accepts activities, serves rosters page by page and members one by one, and
 * records every call so tests can assert what the coach sent without the internet.
 */
public final class FakeBotConnector implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded call.
     *
     * @param conversationId the decoded conversation id in the path, if any
     * @param replyToId the activity id after {@code /activities/}, if any
     * @param body the JSON sent (null for GET)
     */
    public record Call(String method, String path, String conversationId, String replyToId, JsonNode body,
                       String authorization, int status) {
        /** Everything the activity shows a person, as one string: card texts, summary and text. */
        public String shown() {
            if (body == null) {
                return "";
            }
            List<String> texts = new ArrayList<>();
            collect(body, texts);
            return String.join("\n", texts);
        }

        public boolean isActivity() {
            return "POST".equals(method) && path.contains("/activities");
        }

        private static void collect(JsonNode node, List<String> into) {
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    if (field.getValue().isTextual() && List.of("text", "summary", "title").contains(field.getKey())) {
                        into.add(field.getValue().asText());
                    } else {
                        collect(field.getValue(), into);
                    }
                });
            } else if (node.isArray()) {
                node.forEach(child -> collect(child, into));
            }
        }
    }

    /** A scripted answer for the next matching call. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final JsonNode fixtures;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Call> arrivals = new LinkedBlockingQueue<>();
    private final Map<String, List<List<ObjectNode>>> rosters = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> people = new ConcurrentHashMap<>();
    private final Deque<Answer> scriptedActivityAnswers = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger(1000);

    public FakeBotConnector() {
        try (InputStream in = FakeBotConnector.class.getResourceAsStream("/fixtures/teams/connector_responses.json")) {
            fixtures = JSON.readTree(in);
            server = LoopbackHttpServer.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
        List<ObjectNode> fixtureMembers = new ArrayList<>();
        fixtures.get("GET /v3/conversations/{teamId}/pagedmembers").get("members")
                .forEach(m -> fixtureMembers.add((ObjectNode) m));
        fixtureMembers.forEach(m -> people.put(m.get("id").asText(), m));
    }

    /** The {@code serviceUrl} to put in activities. */
    public String serviceUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The fixture's two members (Maria, Ana) as the roster of {@code rosterId}, in one page. */
    public FakeBotConnector fixtureRoster(String rosterId) {
        rosters.put(rosterId, List.of(List.copyOf(people.values().stream()
                .sorted((a, b) -> a.get("name").asText().compareTo(b.get("name").asText())).toList())));
        return this;
    }

    /** A roster served in pages; each person is {@code id=name}. */
    @SafeVarargs
    public final FakeBotConnector roster(String rosterId, List<String>... pages) {
        List<List<ObjectNode>> served = new ArrayList<>();
        for (List<String> page : pages) {
            List<ObjectNode> members = new ArrayList<>();
            for (String person : page) {
                String[] idName = person.split("=", 2);
                ObjectNode member = JSON.createObjectNode().put("id", idName[0]).put("name", idName[1])
                        .put("userRole", "user");
                people.put(idName[0], member);
                members.add(member);
            }
            served.add(members);
        }
        rosters.put(rosterId, served);
        return this;
    }

    /** The next activity sent gets this answer (e.g. 429 with Retry-After) instead of 201. */
    public FakeBotConnector failNextActivity(int status, Map<String, String> headers) {
        synchronized (scriptedActivityAnswers) {
            scriptedActivityAnswers.add(new Answer(status, headers, "{\"error\":{\"code\":\"Failed\",\"message\":\"scripted\"}}"));
        }
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> activities() {
        return calls.stream().filter(Call::isActivity).toList();
    }

    /** Waits for the next recorded call that matches; fails the test when none comes in time. */
    public Call await(Predicate<Call> wanted, Duration timeout) {
        for (Call seen : calls) {
            if (wanted.test(seen)) {
                return seen;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Call next = arrivals.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("no matching connector call within " + timeout + "; calls were:\n"
                            + String.join("\n", calls.stream().map(c -> c.method() + " " + c.path() + " "
                            + c.shown().replace('\n', ' ')).toList()));
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

    /** The id of the personal chat this fake creates for a member. */
    public static String chatWith(String memberId) {
        return "a:1chat-" + memberId;
    }

    /** An activity sent to {@code conversationId} whose visible text contains {@code text}. */
    public static Predicate<Call> sentTo(String conversationId, String text) {
        return call -> call.isActivity() && conversationId.equals(call.conversationId()) && call.shown().contains(text);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            String[] parts = rawPath.split("/");
            String conversation = parts.length > 3 ? decode(parts[3]) : null;
            String replyTo = parts.length > 5 && "activities".equals(parts[4]) ? decode(parts[5]) : null;
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : JSON.readTree(in);
            Answer answer = answer(method, parts, conversation, exchange.getRequestURI().getRawQuery(), body);
            Call call = new Call(method, decode(rawPath), conversation, replyTo, body,
                    exchange.getRequestHeaders().getFirst("Authorization"), answer.status());
            calls.add(call);
            arrivals.add(call);
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), out.length);
            exchange.getResponseBody().write(out);
        }
    }

    private Answer answer(String method, String[] parts, String conversation, String query, JsonNode body) {
        if ("POST".equals(method) && parts.length == 3 && "conversations".equals(parts[2])) {
            String id = chatWith(body == null ? "" : body.at("/members/0/id").asText());
            return ok(201, "{\"id\":\"" + id + "\",\"activityId\":\"" + ids.incrementAndGet() + "\"}");
        }
        if ("POST".equals(method) && parts.length >= 5 && "activities".equals(parts[4])) {
            synchronized (scriptedActivityAnswers) {
                Answer scripted = scriptedActivityAnswers.poll();
                if (scripted != null) {
                    return scripted;
                }
            }
            return ok(201, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
        }
        if ("GET".equals(method) && parts.length == 5 && "pagedmembers".equals(parts[4])) {
            return pagedMembers(conversation, query);
        }
        if ("GET".equals(method) && parts.length == 6 && "members".equals(parts[4])) {
            ObjectNode person = people.get(decode(parts[5]));
            return person == null ? ok(404, "{\"error\":{\"code\":\"MemberNotFoundInConversation\"}}")
                    : ok(200, person.toString());
        }
        return ok(404, "{\"error\":{\"code\":\"NotFound\"}}");
    }

    private Answer pagedMembers(String rosterId, String query) {
        List<List<ObjectNode>> pages = rosters.get(rosterId);
        if (pages == null) {
            return ok(404, "{\"error\":{\"code\":\"ConversationNotFound\"}}");
        }
        int page = 0;
        if (query != null && query.startsWith("continuationToken=")) {
            page = Integer.parseInt(decode(query.substring("continuationToken=".length())).replace("page-", ""));
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode members = out.putArray("members");
        pages.get(page).forEach(members::add);
        if (page + 1 < pages.size()) {
            out.put("continuationToken", "page-" + (page + 1));
        } else {
            out.putNull("continuationToken");
        }
        return ok(200, out.toString());
    }

    private static Answer ok(int status, String body) {
        return new Answer(status, Map.of(), body);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
