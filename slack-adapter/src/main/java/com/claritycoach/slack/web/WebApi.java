package com.claritycoach.slack.web;

import com.claritycoach.core.port.DeliveryException;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Calls one Web API method and turns Slack's failures into {@link DeliveryException}s the outbox
 * understands: 429 waits for {@code Retry-After}, errors that will not fix themselves are permanent,
 * and every message says what an operator should do.
 */
public final class WebApi {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    private static final Set<String> TRANSIENT = Set.of(
            "internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited");

    private WebApi() {
    }

    /** One Web API call. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /**
     * Runs the call and returns its response when {@code ok}.
     *
     * @param what the method and its target, for messages (never a token or member text)
     */
    public static <T extends SlackApiTextResponse> T call(String what, Call<T> call) throws DeliveryException {
        return call(what, call, Set.of());
    }

    /**
     * Runs the call and returns its response when {@code ok}, or when Slack refused it with one of the
     * {@code handled} error codes (the caller then deals with it).
     */
    public static <T extends SlackApiTextResponse> T call(String what, Call<T> call, Set<String> handled)
            throws DeliveryException {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            throw fromHttp(what, e);
        } catch (IOException e) {
            throw DeliveryException.transientFailure(what + ": no usable answer from Slack (" + e.getMessage() + ")", e);
        }
        if (response == null) {
            throw DeliveryException.transientFailure(what + ": Slack sent no response", null);
        }
        if (!response.isOk() && !handled.contains(response.getError())) {
            throw fromError(what, response.getError());
        }
        return response;
    }

    static DeliveryException fromHttp(String what, SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        if (status == 429) {
            return DeliveryException.rateLimited(retryAfter(e.getResponse().header("Retry-After")));
        }
        String error = e.getError() == null ? null : e.getError().getError();
        if (error != null && !TRANSIENT.contains(error) && status < 500) {
            return fromError(what, error);
        }
        return DeliveryException.transientFailure(what + ": Slack answered HTTP " + status, e);
    }

    static DeliveryException fromError(String what, String error) {
        String code = error == null ? "unknown_error" : error;
        if (code.equals("ratelimited")) {
            return DeliveryException.rateLimited(DEFAULT_RETRY_AFTER);
        }
        if (TRANSIENT.contains(code)) {
            return DeliveryException.transientFailure(what + ": Slack reported " + code, null);
        }
        return DeliveryException.permanent(what + ": " + explain(code));
    }

    /** What a Slack error code means for the person running the coach. */
    public static String explain(String code) {
        return switch (code) {
            case "not_in_channel" -> "the coach is not a member of this channel (not_in_channel); "
                    + "invite it with /invite @Clarity Coach";
            case "channel_not_found" -> "the channel does not exist or the coach cannot see it (channel_not_found); "
                    + "private channels need the coach invited";
            case "user_not_in_channel" -> "the member is not in this channel (user_not_in_channel)";
            case "user_not_found", "user_disabled" -> "the Slack user no longer exists or is deactivated (" + code + ")";
            case "cannot_dm_bot" -> "the recipient is a bot and cannot receive direct messages (cannot_dm_bot)";
            case "is_archived" -> "the channel is archived (is_archived)";
            case "account_inactive", "token_revoked", "invalid_auth", "not_authed", "token_expired" ->
                    "the coach's Slack token is no longer valid (" + code + "); reinstall the app or update "
                            + "SLACK_BOT_TOKEN";
            case "missing_scope", "no_permission" -> "the coach lacks a Slack permission (" + code + "); "
                    + "reinstall the app from slack-app-manifest.yml";
            default -> "Slack refused the call (" + code + ")";
        };
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
