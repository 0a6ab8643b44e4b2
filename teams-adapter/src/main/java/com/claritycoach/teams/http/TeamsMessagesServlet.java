package com.claritycoach.teams.http;

import com.claritycoach.core.inbound.LogText;
import com.claritycoach.core.inbound.StrictUtf8;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: reads one Bot Framework activity, authenticates it with the SDK's channel
 * validation (issuer, audience, signing key endorsements, service URL) plus an expiry the token must state
 * ({@link TokenExpiry}), and runs the bot's turn through the SDK adapter. Every authentication failure,
 * including a token the SDK cannot even decode, is a 401;
 * a body that is not an activity is a 400; only a turn that could not be committed is a 500 (Teams may
 * then resend it, and the engine handles a resend once).
 */
public final class TeamsMessagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TeamsMessagesServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Real activities are a few kilobytes; this leaves room for long answers and card submits. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final long MAX_DISCARD_BYTES = 16L * 1024 * 1024;

    private final transient BotFrameworkAdapter adapter;
    private final transient Bot bot;
    private final transient CredentialProvider credentials;
    private final transient ChannelProvider channels;
    private final boolean loopbackOnly;

    /**
     * @param loopbackOnly refuse callers from other machines: set in local development mode, where
     *     nothing is authenticated, so only a local client or tunnel can reach the coach
     */
    public TeamsMessagesServlet(BotFrameworkAdapter adapter, Bot bot, CredentialProvider credentials,
                                ChannelProvider channels, boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
        this.adapter = adapter;
        this.bot = bot;
        this.credentials = credentials;
        this.channels = channels;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (loopbackOnly && !isLoopback(request.getRemoteAddr())) {
            discardRest(request.getInputStream());
            error(response, 403, "This coach runs in local development mode and only accepts requests from this machine.");
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            discardRest(request.getInputStream());
            error(response, 415, "Send the activity as application/json.");
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES);
        if (body == null) {
            discardRest(request.getInputStream());
            error(response, 413, "The activity is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
            return;
        }
        Activity activity = parse(body);
        if (activity == null) {
            error(response, 400, "The body is not a Bot Framework activity.");
            return;
        }
        ClaimsIdentity identity = authenticate(request.getHeader("Authorization"), activity);
        if (identity == null) {
            error(response, 401, "The request is not authorized.");
            return;
        }
        InvokeResponse invoke;
        try {
            invoke = adapter.processActivity(identity, activity, bot::onTurn).join();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.warn("A {} activity could not be handled: {}", LogText.of(activity.getType()), cause.toString());
            error(response, 500, "The coach could not save this just now; please try again.");
            return;
        }
        if (invoke == null) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
            return;
        }
        response.setStatus(invoke.getStatus());
        if (invoke.getBody() != null) {
            response.setContentType("application/json");
            JSON.writeValue(response.getOutputStream(), invoke.getBody());
        }
    }

    private ClaimsIdentity authenticate(String header, Activity activity) {
        try {
            ClaimsIdentity identity = JwtTokenValidation.authenticateRequest(activity, header, credentials, channels,
                    new AuthenticationConfiguration()).join();
            if (!credentials.isAuthenticationDisabled().join() && !TokenExpiry.isStated(header)) {
                LOG.info("Rejected a Teams request: its token has no expiry");
                return null;
            }
            return identity;
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.info("Rejected a Teams request: {}", cause.getClass().getSimpleName());
            LOG.debug("Rejection detail", cause);
            return null;
        }
    }

    /** A strictly decoded activity with the fields every turn needs, or null for anything else. */
    private static Activity parse(byte[] body) {
        try {
            String text = StrictUtf8.decode(ByteBuffer.wrap(body));
            JsonNode tree = Serialization.jsonToTree(text);
            if (tree == null || !tree.isObject()) {
                return null;
            }
            ActivityTimestamps.normalise((ObjectNode) tree);
            Activity activity = Serialization.safeGetAs(tree, Activity.class);
            if (activity == null || activity.getType() == null || activity.getServiceUrl() == null
                    || !activity.getServiceUrl().matches("(?i)https?://.+")) {
                return null;
            }
            return activity;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** Reads what is left of a refused body (up to a bound), so that the client gets to read the answer. */
    private static void discardRest(InputStream in) throws IOException {
        long left = MAX_DISCARD_BYTES;
        byte[] buffer = new byte[16 * 1024];
        int read;
        while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= read;
        }
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), JSON.createObjectNode().put("error", message));
    }
}
