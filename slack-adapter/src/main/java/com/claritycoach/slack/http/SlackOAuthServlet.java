package com.claritycoach.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/install} and {@code /slack/oauth_redirect}: browser requests of the OAuth install,
 * which Bolt answers (redirect to Slack, then exchange the code and save the installation).
 */
public final class SlackOAuthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SlackOAuthServlet.class);

    private final transient BoltBridge bolt;

    public SlackOAuthServlet(App app) {
        this.bolt = new BoltBridge(app);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Request<?> request = bolt.parse(req, "");
        if (request == null) {
            BoltBridge.write(resp, 404, "{\"error\":\"not found\"}");
            return;
        }
        try {
            BoltBridge.write(resp, bolt.run(request));
        } catch (Exception e) {
            LOG.error("The Slack install failed", e);
            BoltBridge.write(resp, 500, "{\"error\":\"the install failed; please try again\"}");
        }
    }
}
