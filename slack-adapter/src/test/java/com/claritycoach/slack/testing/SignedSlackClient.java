package com.claritycoach.slack.testing;

import com.claritycoach.slack.http.RequestSignatureCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Posts requests to {@code /slack/events} signed the way Slack signs them. */
public final class SignedSlackClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String eventsUrl;
    private final RequestSignatureCheck signer;

    public SignedSlackClient(String eventsUrl, String signingSecret) {
        this.eventsUrl = eventsUrl;
        this.signer = new RequestSignatureCheck(signingSecret, Clock.systemUTC());
    }

    public static String fixture(String name) {
        try (InputStream in = SignedSlackClient.class.getResourceAsStream("/fixtures/slack/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> postJson(String json) {
        return post(json, "application/json", Instant.now(), Map.of());
    }

    public HttpResponse<String> postJson(String json, Map<String, String> headers) {
        return post(json, "application/json", Instant.now(), headers);
    }

    public HttpResponse<String> postForm(String form) {
        return post(form, "application/x-www-form-urlencoded", Instant.now(), Map.of());
    }

    /** An interactivity payload, form-encoded as {@code payload=<json>}. */
    public HttpResponse<String> postInteraction(String payloadJson) {
        return postForm("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String body, String contentType, Instant signedAt, Map<String, String> headers) {
        String timestamp = String.valueOf(signedAt.getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(body, contentType, timestamp, signer.sign(timestamp, bytes), headers);
    }

    public HttpResponse<String> send(String body, String contentType, String timestamp, String signature,
                                     Map<String, String> headers) {
        return send(body.getBytes(StandardCharsets.UTF_8), contentType, timestamp, signature, headers);
    }

    /** Raw bytes, correctly signed: for bodies that are not valid UTF-8 text. */
    public HttpResponse<String> postBytes(byte[] body, String contentType) {
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        return send(body, contentType, timestamp, signer.sign(timestamp, body), Map.of());
    }

    private HttpResponse<String> send(byte[] body, String contentType, String timestamp, String signature,
                                      Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(eventsUrl))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
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
