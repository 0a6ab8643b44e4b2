package com.claritycoach.slack;

import com.claritycoach.core.port.InboundSink;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.slack.http.OAuthCallbackErrors;
import com.claritycoach.slack.http.RequestSignatureCheck;
import com.claritycoach.slack.http.SlackEventsServlet;
import com.claritycoach.slack.http.SlackOAuthServlet;
import com.claritycoach.slack.http.WorkspaceGate;
import com.claritycoach.slack.oauth.JdbcInstallationService;
import com.claritycoach.slack.oauth.JdbcOAuthStateService;
import com.claritycoach.slack.oauth.SlackSchema;
import com.claritycoach.slack.web.WebApi;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the coach in one place: the Web API client, directory and messenger, and the
 * Bolt app that receives events over HTTP ({@code /slack/events}) or Socket Mode, plus the OAuth
 * install endpoints when a client id and secret are configured.
 */
public final class SlackAdapter implements AutoCloseable {
    public static final String EVENTS_PATH = "/slack/events";
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
    private static final Duration PROFILE_TTL = Duration.ofHours(1);

    private final SlackOptions options;
    private final Clock clock;
    private final Slack slack;
    private final JdbcInstallationService installations;
    private final JdbcOAuthStateService oauthStates;
    private final SlackDirectory directory;
    private final SlackMessenger messenger;
    private final ExecutorService background;
    private SocketModeApp socketMode;

    private SlackAdapter(SlackOptions options, DataSource dataSource, Clock clock) {
        this.options = options;
        this.clock = clock;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(options.apiUrl());
        this.slack = Slack.getInstance(config);
        BotTokens tokens;
        if (options.oauth()) {
            Objects.requireNonNull(dataSource, "the OAuth install needs a database");
            SlackSchema.migrate(dataSource);
            this.installations = new JdbcInstallationService(dataSource, clock);
            this.oauthStates = new JdbcOAuthStateService(dataSource, clock);
            tokens = installations;
        } else {
            this.installations = null;
            this.oauthStates = null;
            tokens = BotTokens.single(options.botToken());
        }
        this.directory = new SlackDirectory(slack, tokens, PROFILE_TTL);
        this.messenger = new SlackMessenger(slack, tokens, new BlockKitRenderer());
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "slack-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Prepares the adapter; with OAuth on, creates or upgrades its tables in {@code dataSource}.
     *
     * @param dataSource the coach's database; only used (and then required) for the OAuth install
     */
    public static SlackAdapter create(SlackOptions options, DataSource dataSource, Clock clock) {
        return new SlackAdapter(options, dataSource, clock);
    }

    public Directory directory() {
        return directory;
    }

    public Messenger messenger() {
        return messenger;
    }

    /**
     * Starts receiving: returns the servlets to mount by path (none for events in Socket Mode, which
     * connects out instead).
     *
     * @throws IllegalStateException with a one-line reason when Slack refuses the token or connection
     */
    public Map<String, HttpServlet> start(InboundSink sink, SlackHomeViews home) {
        WorkspaceGate workspaces = options.oauth() ? WorkspaceGate.any() : checkBotToken();
        App app = newApp();
        new SlackHandlers(sink, directory, home, installations, background).register(app);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        if (options.oauth()) {
            app.service(installations);
            app.service(oauthStates);
            app.asOAuthApp(true);
            OAuthCallbackErrors.install(app);
            SlackOAuthServlet oauth = new SlackOAuthServlet(app);
            servlets.put(INSTALL_PATH, oauth);
            servlets.put(REDIRECT_PATH, oauth);
        }
        if (options.socketMode()) {
            try {
                socketMode = new SocketModeApp(options.appToken(), app, SocketModeClient.Backend.Tyrus);
                socketMode.startAsync();
            } catch (Exception e) {
                throw new IllegalStateException("Slack Socket Mode could not connect with SLACK_APP_TOKEN: "
                        + e.getMessage(), e);
            }
            LOG.info("Slack: connected in Socket Mode");
        } else {
            servlets.put(EVENTS_PATH, new SlackEventsServlet(app, new RequestSignatureCheck(options.signingSecret(), clock),
                    workspaces));
            LOG.info("Slack: receiving events on {}", EVENTS_PATH);
        }
        return servlets;
    }

    /**
     * Asks Slack whose the bot token is, so that only that workspace may act here; fails start-up with a
     * line that tells a refused token from an unreachable Slack.
     */
    private WorkspaceGate checkBotToken() {
        try {
            AuthTestResponse token = WebApi.call("auth.test", () -> slack.methods(options.botToken()).authTest(r -> r));
            LOG.info("Slack: serving workspace {} only (the bot token's)", token.getTeamId());
            return WorkspaceGate.single(token.getTeamId(), token.getEnterpriseId(),
                    token.isEnterpriseInstall());
        } catch (DeliveryException e) {
            throw new IllegalStateException(e.isPermanent()
                    ? "SLACK_BOT_TOKEN was refused by Slack: " + e.getMessage()
                    : "SLACK_API_URL " + options.apiUrl() + " did not answer: " + e.getMessage(), e);
        }
    }

    private App newApp() {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(options.oauth() ? null : options.botToken())
                .signingSecret(options.signingSecret())
                .verificationToken(null)
                .clientId(options.clientId())
                .clientSecret(options.clientSecret())
                .redirectUri(options.redirectUri())
                .scope(String.join(",", SlackOptions.BOT_SCOPES))
                .userScope(null)
                .appPath(null)
                .oauthStartPath(INSTALL_PATH)
                .oauthInstallPath(INSTALL_PATH)
                .oauthCallbackPath(REDIRECT_PATH)
                .oauthRedirectUriPath(REDIRECT_PATH)
                .oAuthInstallPageRenderingEnabled(false)
                .authTestCacheEnabled(true)
                // SlackEventsServlet checks every signature, more strictly, before Bolt sees the request.
                .requestVerificationEnabled(false)
                .build();
        try {
            return new App(config);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Slack refused SLACK_BOT_TOKEN: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                LOG.warn("Closing the Socket Mode connection failed: {}", e.toString());
            }
        }
        background.shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            LOG.warn("Closing the Slack client failed: {}", e.toString());
        }
    }
}
