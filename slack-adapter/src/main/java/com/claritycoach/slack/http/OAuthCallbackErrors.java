package com.claritycoach.slack.http;

import com.claritycoach.core.inbound.LogText;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failed outcomes of {@code /slack/oauth_redirect}, in place of Bolt's defaults, which log the
 * browser's {@code error}, {@code state} and {@code code} as they came (a {@code %0D%0A} in them forged
 * log lines, at ERROR). Here request text is only ever logged through {@link LogText}, the one-time
 * {@code code} never, and the failure page names a reason only when it is a plain Slack error code.
 */
public final class OAuthCallbackErrors {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthCallbackErrors.class);
    private static final Pattern SLACK_ERROR_CODE = Pattern.compile("[a-z_]{1,64}");

    private final AppConfig config;

    private OAuthCallbackErrors(AppConfig config) {
        this.config = config;
    }

    /** Replaces every failure handler of the app's OAuth callback. */
    public static void install(App app) {
        OAuthCallbackErrors errors = new OAuthCallbackErrors(app.config());
        app.oauthCallbackError(errors::cancelled);
        app.oauthCallbackStateError(errors::invalidState);
        app.oauthCallbackAccessError((OAuthV2AccessErrorHandler) (request, response, access) ->
                errors.refusedCode(request, response, access.getError()));
        app.oauthCallbackException(errors::failed);
    }

    /** Slack sent the browser back with {@code error}, usually because the installer pressed Cancel. */
    private Response cancelled(OAuthCallbackRequest request, Response response) {
        String error = request.getPayload().getError();
        LOG.info("A Slack install was not completed: Slack reported {}", LogText.of(error));
        return failure(request, response, 200, error);
    }

    private Response invalidState(OAuthCallbackRequest request, Response response) {
        LOG.warn("Refused a Slack install callback with an unknown, used or expired state {}",
                LogText.of(request.getPayload().getState()));
        return failure(request, response, 400, "invalid_state");
    }

    private Response refusedCode(OAuthCallbackRequest request, Response response, String slackError) {
        LOG.warn("Slack refused the code of an install callback: {}", LogText.of(slackError));
        return failure(request, response, 200, slackError);
    }

    private Response failed(OAuthCallbackRequest request, Response response, Exception e) {
        LOG.error("A Slack install callback failed: {} {}", e.getClass().getSimpleName(), LogText.of(e.getMessage()));
        return failure(request, response, 500, "internal_error");
    }

    private Response failure(OAuthCallbackRequest request, Response response, int status, String reason) {
        String cancellation = request.getContext().getOauthCancellationUrl();
        if (cancellation != null && !cancellation.isEmpty()) {
            response.setStatusCode(302);
            response.getHeaders().put("Location", List.of(cancellation));
            return response;
        }
        String shown = reason != null && SLACK_ERROR_CODE.matcher(reason).matches() ? reason : "unknown_error";
        response.setStatusCode(status);
        response.setContentType("text/html; charset=utf-8");
        response.setBody(config.getOAuthRedirectUriPageRenderer().renderFailurePage(config.getOauthInstallRequestURI(), shown));
        return response;
    }
}
