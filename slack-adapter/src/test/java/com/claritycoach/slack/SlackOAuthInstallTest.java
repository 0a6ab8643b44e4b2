package com.claritycoach.slack;

import static com.claritycoach.slack.testing.SignedSlackClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import com.claritycoach.slack.testing.FakeSlackApi;
import com.claritycoach.core.testing.JettyServer;
import com.claritycoach.core.testing.RecordingSink;
import com.claritycoach.slack.testing.SignedSlackClient;
import com.slack.api.model.view.View;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The multi-workspace install: Bolt's OAuth flow on our own tables, against a fake {@code oauth.v2.access}. */
class SlackOAuthInstallTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T0CLARITY");

    @TempDir
    Path dir;
    private FakeSlackApi slack;
    private JdbcCoachStore store;
    private SlackAdapter adapter;
    private JettyServer server;
    private SignedSlackClient client;
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        adapter = SlackAdapter.create(new SlackOptions(null, SECRET, null, slack.apiUrl(), "1234.5678",
                "client-secret-0000", null), store.dataSource(), Clock.systemUTC());
        server = new JettyServer(adapter.start(sink, member -> View.builder().type("home").blocks(List.of()).build()));
        client = new SignedSlackClient(server.url(SlackAdapter.EVENTS_PATH), SECRET);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        adapter.close();
        store.close();
        slack.close();
    }

    @Test
    void installRoundTripSavesTheWorkspaceTokenAndUsesIt() throws Exception {
        String state = install();

        HttpResponse<String> done = client.get(server.url(SlackAdapter.REDIRECT_PATH + "?code=c0de&state=" + state),
                Map.of("Cookie", "slack-app-oauth-state=" + state));

        assertThat(done.statusCode()).isEqualTo(200);
        FakeSlackApi.Call exchange = slack.calls("oauth.v2.access").get(0);
        assertThat(exchange.param("code")).isEqualTo("c0de");
        assertThat(exchange.param("client_id")).isEqualTo("1234.5678");

        assertThat(client.postJson(fixture("event_message_im.json")).statusCode()).isEqualTo(200);
        MessageReceived answer = (MessageReceived) sink.next(Duration.ofSeconds(10));
        assertThat(answer.from().tenant()).isEqualTo(TENANT);

        adapter.messenger().send(OutboundMessage.text(
                new Destination.DirectMessage(new MemberRef(TENANT, "U0ANA0001")), "Question 1 of 9"), "k1");
        assertThat(slack.calls("chat.postMessage").get(0).token()).isEqualTo("xoxb-installed-token");
    }

    @Test
    void stateIsGoodForOneInstallOnly() throws Exception {
        String state = install();
        Map<String, String> cookie = Map.of("Cookie", "slack-app-oauth-state=" + state);
        client.get(server.url(SlackAdapter.REDIRECT_PATH + "?code=c0de&state=" + state), cookie);

        HttpResponse<String> replay = client.get(server.url(SlackAdapter.REDIRECT_PATH + "?code=c0de&state=" + state),
                cookie);

        assertThat(replay.statusCode()).isNotEqualTo(302);
        assertThat(slack.calls("oauth.v2.access")).hasSize(1);
    }

    @Test
    void forgedStateIsRefused() {
        HttpResponse<String> forged = client.get(server.url(SlackAdapter.REDIRECT_PATH + "?code=c0de&state=forged"),
                Map.of("Cookie", "slack-app-oauth-state=forged"));

        assertThat(forged.body()).doesNotContain("Thank you");
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void uninstallForgetsTheToken() throws Exception {
        String state = install();
        client.get(server.url(SlackAdapter.REDIRECT_PATH + "?code=c0de&state=" + state),
                Map.of("Cookie", "slack-app-oauth-state=" + state));
        String uninstalled = """
                {"token":"XXYYZZ","team_id":"T0CLARITY","api_app_id":"A0COACH01","type":"event_callback",
                 "event_id":"Ev0UNINSTALL1","event_time":1763870800,
                 "authorizations":[{"enterprise_id":null,"team_id":"T0CLARITY","user_id":"U0COACHBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"app_uninstalled","event_ts":"1763870800.000100"}}
                """;

        assertThat(client.postJson(uninstalled).statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> adapter.messenger().send(OutboundMessage.text(
                new Destination.DirectMessage(new MemberRef(TENANT, "U0ANA0001")), "Question 1 of 9"), "k2"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("not installed");
                });
    }

    @Test
    void eventFromAWorkspaceWithoutInstallIsNotHandled() {
        client.postJson(fixture("event_message_im.json"));

        assertThat(sink.isEmpty()).isTrue();
        assertThat(slack.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void cancelledInstallLogsSlacksErrorOnOneEscapedLineAndNotAsAnError() {
        List<ILoggingEvent> logged = new ArrayList<>();

        HttpResponse<String> cancelled = capturingLogs(logged, () -> client.get(server.url(SlackAdapter.REDIRECT_PATH
                + "?error=access_denied%0D%0A2026-01-01%2000:00:00.000%20ERROR%20forged%20line&state=x"), Map.of()));

        assertThat(logged).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain("\r", "\n"))
                .noneMatch(event -> event.getLevel() == Level.ERROR)
                .anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("\"access_denied\\u000D\\u000A2026-01-01 00:00:00.000 ERROR forged line\""));
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body()).contains("unknown_error").doesNotContain("forged");
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
    }

    @Test
    void invalidStateIsLoggedEscapedAndTheCodeNotAtAll() {
        List<ILoggingEvent> logged = new ArrayList<>();

        HttpResponse<String> refused = capturingLogs(logged, () -> client.get(server.url(SlackAdapter.REDIRECT_PATH
                + "?code=c0de-one-time%0AINFO%20forged&state=bad%0D%0AWARN%20forged"),
                Map.of("Cookie", "slack-app-oauth-state=bad")));

        assertThat(logged).isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage())
                        .doesNotContain("\r", "\n", "c0de-one-time"))
                .anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .contains("\"bad\\u000D\\u000AWARN forged\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(slack.calls("oauth.v2.access")).isEmpty();
    }

    /** Runs {@code request} while collecting into {@code logged} what every logger says, the Slack SDK's down to INFO. */
    private static <T> T capturingLogs(List<ILoggingEvent> logged, Supplier<T> request) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger sdk = context.getLogger("com.slack");
        Level before = sdk.getLevel();
        sdk.setLevel(Level.INFO);
        root.addAppender(appender);
        try {
            return request.get();
        } finally {
            root.detachAppender(appender);
            sdk.setLevel(before);
            logged.addAll(appender.list);
        }
    }

    private String install() {
        HttpResponse<String> start = client.get(server.url(SlackAdapter.INSTALL_PATH), Map.of());
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getHost()).isEqualTo("slack.com");
        assertThat(authorize.getQuery()).contains("client_id=1234.5678", "scope=commands,chat:write");
        Matcher state = Pattern.compile("state=([0-9a-f]+)").matcher(authorize.getQuery());
        assertThat(state.find()).isTrue();
        assertThat(start.headers().firstValue("Set-Cookie").orElseThrow()).contains("slack-app-oauth-state=" + state.group(1));
        return state.group(1);
    }
}
