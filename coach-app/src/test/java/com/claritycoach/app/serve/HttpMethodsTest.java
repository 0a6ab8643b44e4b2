package com.claritycoach.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.app.config.ServeConfig;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.teams.TeamsOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} answers to HTTP methods nothing in the coach uses, on every route it mounts. */
class HttpMethodsTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CREDENTIAL = "Bearer eyJhbGciOiJSUzI1NiJ9.secret-token-value.sig";
    private static final List<String> ROUTES = List.of(SlackAdapter.EVENTS_PATH, SlackAdapter.INSTALL_PATH,
            SlackAdapter.REDIRECT_PATH, TeamsOptions.MESSAGES_PATH, CoachHttpServer.HEALTH_PATH, "/no/such/route");

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private CoachServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        slack = new FakeSlackApi();
        ServeConfig config = new ServeConfig(0, new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null),
                null, Optional.of(new SlackOptions(null, SECRET, null, slack.apiUrl(), "1234.5678", "client-secret-0000", null)),
                Optional.of(TeamsOptions.development()), Optional.empty());
        server = CoachServer.start(config, TwoQuestions.catalog(), Clock.systemUTC(), "127.0.0.1");
    }

    @AfterEach
    void stop() {
        server.close();
        slack.close();
    }

    @Test
    void traceIsRefusedOnEveryRouteAndEchoesNoHeader() throws Exception {
        for (String route : ROUTES) {
            for (String method : List.of("TRACE", "TRACK")) {
                HttpResponse<String> response = send(method, route);

                assertThat(response.statusCode()).as(method + " " + route).isEqualTo(405);
                assertThat(response.body()).as(method + " " + route)
                        .doesNotContain("secret-token-value", "session=abc123", "X-Probe");
            }
        }
    }

    @Test
    void theRoutesStillAnswerTheirOwnMethods() throws Exception {
        assertThat(send("GET", CoachHttpServer.HEALTH_PATH).statusCode()).isEqualTo(200);
        assertThat(send("GET", SlackAdapter.INSTALL_PATH).statusCode()).isEqualTo(302);
        assertThat(send("POST", SlackAdapter.EVENTS_PATH).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10))
                .header("Authorization", CREDENTIAL).header("Cookie", "session=abc123").header("X-Probe", "probe")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
