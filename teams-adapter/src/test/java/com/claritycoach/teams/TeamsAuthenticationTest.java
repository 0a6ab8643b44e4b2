package com.claritycoach.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.core.testing.JettyServer;
import com.claritycoach.core.testing.RecordingSink;
import com.claritycoach.teams.testing.ActivityClient;
import com.claritycoach.teams.testing.FakeBotConnector;
import com.claritycoach.teams.testing.TestTokenIssuer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an app id set, every request must carry a Bot Framework channel token: signed by a published
 * key endorsed for Teams, for this bot, for the activity's service URL, and not expired. Tokens are
 * signed with a test key served from a local OpenID metadata document; every failure is a 401.
 */
class TeamsAuthenticationTest {
    private static final String APP_ID = "c0ac4000-0000-4000-8000-00000000b0t1";

    @TempDir
    Path dir;
    private JdbcCoachStore store;
    private FakeBotConnector connector;
    private TestTokenIssuer issuer;
    private RecordingSink sink;
    private JettyServer server;
    private ActivityClient client;

    @BeforeEach
    void start() throws Exception {
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        connector = new FakeBotConnector();
        issuer = new TestTokenIssuer(List.of("msteams"));
        sink = new RecordingSink();
        TeamsOptions options = new TeamsOptions(APP_ID, "test-secret", "72f988bf-0000-4000-8000-0000000000aa",
                issuer.metadataUrl());
        server = new JettyServer(TeamsAdapter.create(options, store.dataSource(), Clock.systemUTC()).start(sink));
        client = new ActivityClient(server.url(TeamsOptions.MESSAGES_PATH), connector.serviceUrl());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        issuer.close();
        connector.close();
        store.close();
    }

    @Test
    void validChannelTokenIsAccepted() {
        HttpResponse<String> response = send(bearer(issuer.token(APP_ID, connector.serviceUrl(), t -> { })));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(((MessageReceived) sink.next(Duration.ofSeconds(10))).text()).isEqualTo("My manager, mostly");
    }

    @Test
    void everyIsoTimestampTheBotFrameworkMaySendIsAccepted() {
        List<String> timestamps = List.of("2026-11-23T04:04:23Z", "2026-11-23T04:04:23.5Z",
                "2026-11-23T04:04:23.1234567Z", "2026-11-23T05:04:23+01:00", "2026-11-23T00:04:23.123-04:00");
        for (int i = 0; i < timestamps.size(); i++) {
            String at = timestamps.get(i);
            ObjectNode activity = client.fixture("personal_message", a -> a.put("timestamp", at)
                    .put("localTimestamp", at));
            activity.put("text", "answer " + i);
            client.authorization(bearer(issuer.token(APP_ID, connector.serviceUrl(), t -> { })));

            assertThat(client.post(activity).statusCode()).as(at).isEqualTo(202);
            assertThat(((MessageReceived) sink.next(Duration.ofSeconds(10))).text()).isEqualTo("answer " + i);
        }
    }

    @Test
    void anEditsTimestampIsReadExactlyWhateverItsPrecision() {
        ObjectNode edit = client.fixture("personal_message", a -> {
            a.put("type", "messageUpdate").put("timestamp", "2026-11-23T04:04:23.5Z");
            a.putObject("channelData").put("eventType", "editMessage").putObject("tenant")
                    .put("id", "72f988bf-0000-4000-8000-0000000000aa");
        });
        client.authorization(bearer(issuer.token(APP_ID, connector.serviceUrl(), t -> { })));

        assertThat(client.post(edit).statusCode()).isEqualTo(202);

        assertThat(((MessageEdited) sink.next(Duration.ofSeconds(10))).deliveryId()).endsWith("|edit-2026-11-23T04:04:23.500Z");
    }

    @Test
    void aTimestampThatIsNoDateIsStillRefused() {
        ObjectNode activity = client.fixture("personal_message", a -> a.put("timestamp", "yesterday"));
        client.authorization(bearer(issuer.token(APP_ID, connector.serviceUrl(), t -> { })));

        assertThat(client.post(activity).statusCode()).isEqualTo(400);
        assertThat(sink.isEmpty()).isTrue();
    }

    @Test
    void missingTokenIsRefused() {
        assertUnauthorized(send(null));
    }

    @Test
    void malformedTokensAreRefusedNot500() {
        assertUnauthorized(send("Bearer not-a-jwt"));
        assertUnauthorized(send("Bearer a.b.c"));
        assertUnauthorized(send("Basic dXNlcjpwYXNz"));
        assertUnauthorized(send("Bearer"));
    }

    @Test
    void tokenForAnotherBotIsRefused() {
        assertUnauthorized(send(bearer(issuer.token("someone-elses-app", connector.serviceUrl(), t -> { }))));
    }

    @Test
    void tokenForAnotherServiceUrlIsRefused() {
        assertUnauthorized(send(bearer(issuer.token(APP_ID, "https://attacker.example/", t -> { }))));
    }

    @Test
    void expiredTokenIsRefused() {
        assertUnauthorized(send(bearer(issuer.token(APP_ID, connector.serviceUrl(),
                t -> t.withExpiresAt(Date.from(Instant.now().minusSeconds(3600)))
                        .withNotBefore(Date.from(Instant.now().minusSeconds(7200)))
                        .withIssuedAt(Date.from(Instant.now().minusSeconds(7200)))))));
    }

    @Test
    void tokenWithoutAnExpiryIsRefused() {
        assertUnauthorized(send(bearer(issuer.token(APP_ID, connector.serviceUrl(), t -> t.withExpiresAt(null)))));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        assertUnauthorized(send(bearer(issuer.token(APP_ID, connector.serviceUrl(),
                t -> t.withIssuer("https://login.attacker.example")))));
    }

    @Test
    void tokenSignedWithAnUnpublishedKeyIsRefused() {
        assertUnauthorized(send(bearer(issuer.forgedToken(APP_ID, connector.serviceUrl()))));
    }

    @Test
    void keyNotEndorsedForTeamsIsRefused() throws Exception {
        try (TestTokenIssuer webchatOnly = new TestTokenIssuer(List.of("webchat"));
             JettyServer other = new JettyServer(TeamsAdapter.create(new TeamsOptions(APP_ID, "test-secret", null,
                     webchatOnly.metadataUrl()), store.dataSource(), Clock.systemUTC()).start(sink))) {
            ActivityClient otherClient = new ActivityClient(other.url(TeamsOptions.MESSAGES_PATH), connector.serviceUrl());
            otherClient.authorization(bearer(webchatOnly.token(APP_ID, connector.serviceUrl(), t -> { })));

            assertUnauthorized(otherClient.post(otherClient.fixture("personal_message")));
        }
    }

    private HttpResponse<String> send(String authorization) {
        ObjectNode activity = client.fixture("personal_message");
        return client.authorization(authorization).post(activity);
    }

    private void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("not authorized");
        assertThat(sink.isEmpty()).isTrue();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
