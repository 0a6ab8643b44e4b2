package com.claritycoach.slack;

/**
 * Names a Slack delivery for the store's redelivery check. Slack marks a retry with the same
 * {@code event_id}, but it can also deliver one message again under a new {@code event_id} (one
 * answer was stored twice that way, and the member skipped a question). A message is named for good
 * by its channel and {@code ts}, and an edit by its channel and the {@code ts} of the change, so
 * those are the key; the {@code event_id} only when Slack left one of them out.
 */
final class SlackDeliveryIds {
    private SlackDeliveryIds() {
    }

    static String message(String channel, String ts, String eventId) {
        return key("message", channel, ts, eventId);
    }

    static String edit(String channel, String changeTs, String eventId) {
        return key("edit", channel, changeTs, eventId);
    }

    private static String key(String kind, String channel, String ts, String eventId) {
        if (channel == null || channel.isBlank() || ts == null || ts.isBlank()) {
            return eventId;
        }
        return "slack-" + kind + ":" + channel + ":" + ts;
    }
}
