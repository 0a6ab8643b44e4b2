package com.claritycoach.teams.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Posts activities to the coach's {@code /api/messages} the way Teams does, from the shared fixtures. */
public final class ActivityClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(1_763_870_900_000L);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;
    private final String serviceUrl;
    private volatile String authorization;

    public ActivityClient(String endpoint, String serviceUrl) {
        this.endpoint = endpoint;
        this.serviceUrl = serviceUrl;
    }

    /** Every following request carries this {@code Authorization} header (null: none). */
    public ActivityClient authorization(String header) {
        this.authorization = header;
        return this;
    }

    /** A fixture with its {@code serviceUrl} pointed at the fake connector and a fresh activity id. */
    public ObjectNode fixture(String name) {
        try (InputStream in = ActivityClient.class.getResourceAsStream("/fixtures/teams/" + name + ".json")) {
            ObjectNode activity = (ObjectNode) JSON.readTree(in);
            activity.put("serviceUrl", serviceUrl);
            activity.put("id", String.valueOf(IDS.incrementAndGet()));
            return activity;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode fixture(String name, Consumer<ObjectNode> change) {
        ObjectNode activity = fixture(name);
        change.accept(activity);
        return activity;
    }

    public HttpResponse<String> post(ObjectNode activity) {
        return post(activity.toString(), "application/json");
    }

    public HttpResponse<String> post(String body, String contentType) {
        return post(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), contentType);
    }

    public HttpResponse<String> post(byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
