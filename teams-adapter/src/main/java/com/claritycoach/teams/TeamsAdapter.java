package com.claritycoach.teams;

import com.claritycoach.core.port.Directory;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.teams.bot.CoachBot;
import com.claritycoach.teams.card.AdaptiveCardRenderer;
import com.claritycoach.teams.http.TeamsMessagesServlet;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.store.TeamsSchema;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Microsoft Teams side of the coach in one place: the Bot Framework adapter, the address book in
 * the coach's database, the directory and messenger, and the {@code /api/messages} endpoint. Every
 * Bot Framework SDK type stays inside this module, so the retired SDK can be replaced later.
 */
public final class TeamsAdapter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
    /** The SDK fetches signing keys with no timeout of its own; these bound every such fetch. */
    private static final String CONNECT_TIMEOUT_MS = "10000";
    private static final String READ_TIMEOUT_MS = "10000";

    private final TeamsOptions options;
    private final CoachBotAdapter adapter;
    private final TeamsAddressBook addressBook;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();
    private final TeamsDirectory directory;
    private final TeamsMessenger messenger;

    private TeamsAdapter(TeamsOptions options, DataSource dataSource, Clock clock) {
        this.options = options;
        TeamsSchema.migrate(dataSource);
        this.addressBook = new TeamsAddressBook(dataSource, clock);
        this.adapter = new CoachBotAdapter(options);
        Connector connector = new Connector(adapter, options);
        this.directory = new TeamsDirectory(connector, addressBook);
        this.messenger = new TeamsMessenger(connector, addressBook, renderer);
    }

    /** Prepares the adapter and creates or upgrades its tables in the coach's database. */
    public static TeamsAdapter create(TeamsOptions options, DataSource dataSource, Clock clock) {
        return new TeamsAdapter(options, dataSource, clock);
    }

    public Directory directory() {
        return directory;
    }

    public Messenger messenger() {
        return messenger;
    }

    /** Starts receiving: the servlet to mount, by path. */
    public Map<String, HttpServlet> start(InboundSink sink) {
        if (options.authEnabled()) {
            System.setProperty("sun.net.client.defaultConnectTimeout",
                    System.getProperty("sun.net.client.defaultConnectTimeout", CONNECT_TIMEOUT_MS));
            System.setProperty("sun.net.client.defaultReadTimeout",
                    System.getProperty("sun.net.client.defaultReadTimeout", READ_TIMEOUT_MS));
            LOG.info("Teams: receiving activities on {} for app {}", TeamsOptions.MESSAGES_PATH, options.appId());
        } else {
            LOG.warn("Teams: MICROSOFT_APP_ID is not set, so {} runs in LOCAL DEVELOPMENT MODE: requests are NOT "
                    + "authenticated and anyone who can reach this port can act as any Teams user. Never expose it.",
                    TeamsOptions.MESSAGES_PATH);
        }
        CoachBot bot = new CoachBot(sink, addressBook, renderer);
        SimpleCredentialProvider credentials = options.authEnabled()
                ? new SimpleCredentialProvider(options.appId(), options.appPassword())
                : new SimpleCredentialProvider();
        return Map.of(TeamsOptions.MESSAGES_PATH, new TeamsMessagesServlet(adapter, bot, credentials,
                new SimpleChannelProvider(), !options.authEnabled()));
    }

    @Override
    public void close() {
        LOG.debug("Teams adapter closed");
    }
}
