package com.claritycoach.slack.http;

import com.claritycoach.core.inbound.LogText;
import com.claritycoach.core.inbound.StrictUtf8;
import com.claritycoach.core.store.StoreException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/events}: events, slash commands and interactivity on one URL. Checks the signature
 * on the raw bytes before anything is parsed, then lets Bolt dispatch. An event nobody handles is
 * still acked with 200: Slack counts a 404 as a failure, retries, and may switch the subscription off.
 * A signed request for a workspace this app does not serve is refused (403, see {@link WorkspaceGate}).
 * A request the store could not commit in time gets 503 within Slack's 3 seconds, so Slack retries it.
 */
public final class SlackEventsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);
    private static final int MAX_BODY = 1 << 20;

    private final transient BoltBridge bolt;
    private final transient RequestSignatureCheck signatures;
    private final transient WorkspaceGate workspaces;

    public SlackEventsServlet(App app, RequestSignatureCheck signatures, WorkspaceGate workspaces) {
        this.bolt = new BoltBridge(app);
        this.signatures = signatures;
        this.workspaces = workspaces;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = readBody(req);
        if (body == null) {
            BoltBridge.write(resp, 413, "{\"error\":\"request too large\"}");
            return;
        }
        if (!signatures.isValid(req.getHeader("X-Slack-Request-Timestamp"), req.getHeader("X-Slack-Signature"), body)) {
            LOG.info("Rejected a request to {} with a missing, wrong or out-of-date Slack signature from {}",
                    LogText.of(req.getRequestURI()), req.getRemoteAddr());
            BoltBridge.write(resp, 401, "{\"error\":\"invalid signature\"}");
            return;
        }
        String text = strictUtf8(body);
        if (text == null) {
            BoltBridge.write(resp, 400, "{\"error\":\"the body is not valid UTF-8\"}");
            return;
        }
        Request<?> request = bolt.parse(req, text);
        if (request == null) {
            BoltBridge.write(resp, 400, "{\"error\":\"not a Slack request\"}");
            return;
        }
        if (!workspaces.admits(request.getContext())) {
            LOG.warn("Refused a signed Slack {} request for workspace {} (enterprise {}): this app serves another",
                    request.getRequestType(), request.getContext().getTeamId(), request.getContext().getEnterpriseId());
            BoltBridge.write(resp, 403, "{\"error\":\"this app does not serve that Slack workspace\"}");
            return;
        }
        Response out;
        try {
            out = bolt.run(request);
        } catch (Exception e) {
            if (storeUnavailable(e)) {
                LOG.warn("The store did not answer a Slack {} request in time; Slack will retry it: {}",
                        request.getRequestType(), e.getMessage());
                BoltBridge.write(resp, 503, "{\"error\":\"the coach's database is not answering; retry later\"}");
                return;
            }
            LOG.error("Could not handle a Slack {} request; Slack will retry it", request.getRequestType(), e);
            BoltBridge.write(resp, 500, "{\"error\":\"could not handle the request\"}");
            return;
        }
        if (out.getStatusCode() == 404 && request.getRequestType() == RequestType.Event) {
            LOG.debug("Acked an event without a handler");
            out = Response.ok();
        }
        BoltBridge.write(resp, out);
    }

    /**
     * Whether the request failed because the store did not answer (or refused the commit): nothing of it
     * was stored, and a retry once the store answers again will be handled as new.
     */
    private static boolean storeUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException) {
                return true;
            }
        }
        return false;
    }

    /** Slack sends UTF-8; anything else would reach the engine as replacement characters. */
    private static String strictUtf8(byte[] body) {
        try {
            return StrictUtf8.decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] readBody(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }
}
