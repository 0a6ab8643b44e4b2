package com.claritycoach.slack.testing;

/**
 * Events API envelopes shaped like {@code shared/fixtures/slack}, for any member, text and event id,
 * so tests and the load driver post what Slack posts without each keeping its own copy of the JSON.
 * Text goes in as Slack sends it: already {@code &amp;}-escaped and JSON-quoted by the caller.
 */
public final class SlackEvents {
    private SlackEvents() {
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
