package com.claritycoach.slack.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.StreamSupport;

/**
 * Events API envelopes shaped like {@code shared/fixtures/slack}, for any member, text and event id,
 * so tests and the load driver post what Slack posts without each keeping its own copy of the JSON.
 * Text goes in as Slack sends it: already {@code &amp;}-escaped and JSON-quoted by the caller.
 */
public final class SlackEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackEvents() {
    }

    /**
     * Ana pressing the Skip button of a message the coach posted ({@code blocks} as sent to
     * {@code chat.postMessage}): the click carries the value the button was sent with, and its own
     * trigger id, so each click is a new delivery.
     */
    public static String skipClick(String blocks, String triggerId) {
        try {
            JsonNode skip = StreamSupport.stream(JSON.readTree(blocks).findValues("elements").spliterator(), false)
                    .flatMap(elements -> StreamSupport.stream(elements.spliterator(), false))
                    .filter(e -> "skip".equals(e.path("action_id").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Skip button in " + blocks));
            return SignedSlackClient.fixture("block_actions_skip.json").replace("\"coach_skip\"", "\"skip\"")
                    .replace("\"value\": \"skip\"", "\"value\": \"" + skip.get("value").asText() + "\"")
                    .replace("1234567890.123456789.0123456789abcdef", triggerId);
        } catch (JsonProcessingException e) {
            throw new AssertionError("blocks are not JSON: " + blocks, e);
        }
    }

    /** A member's direct message to the coach, sent at {@code ts}. */
    public static String directMessage(String eventId, String user, String channel, String text, String ts) {
        return """
                {"token":"XXYYZZ","team_id":"T0CLARITY","api_app_id":"A0COACH01","type":"event_callback",
                 "event_id":"%s","event_time":1763870400,
                 "authorizations":[{"enterprise_id":null,"team_id":"T0CLARITY","user_id":"U0COACHBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"message","channel":"%s","user":"%s","text":"%s","ts":"%s",
                   "event_ts":"%s","channel_type":"im","team":"T0CLARITY"}}
                """.formatted(eventId, channel, user, text, ts, ts);
    }

    /** A member editing the direct message they sent at {@code ts}. */
    public static String directMessageEdited(String eventId, String user, String channel, String ts,
                                             String previousText, String newText) {
        return """
                {"token":"XXYYZZ","team_id":"T0CLARITY","api_app_id":"A0COACH01","type":"event_callback",
                 "event_id":"%s","event_time":1763870600,
                 "authorizations":[{"enterprise_id":null,"team_id":"T0CLARITY","user_id":"U0COACHBOT","is_bot":true,"is_enterprise_install":false}],
                 "event":{"type":"message","subtype":"message_changed","hidden":true,"channel":"%s","channel_type":"im",
                   "ts":"1763870600.000500","event_ts":"1763870600.000500",
                   "message":{"type":"message","user":"%s","text":"%s","ts":"%s",
                     "edited":{"user":"%s","ts":"1763870600.000000"}},
                   "previous_message":{"type":"message","user":"%s","text":"%s","ts":"%s"}}}
                """.formatted(eventId, channel, user, newText, ts, user, user, previousText, ts);
    }
}
