package com.claritycoach.slack;

import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.Inbound;

/**
 * Where the Slack adapter hands what people did. {@link #accept} returns only after the step is
 * committed (so Slack is acked after the answer is safe); {@link #committed} then asks for the
 * queued messages to be delivered soon.
 */
public interface InboundSink {

    /** Handles one event durably; throws when it could not be committed (Slack then retries). */
    void accept(Inbound inbound);

    /** Called after a successful {@link #accept} and the ack: delivery of queued messages may start. */
    void committed();

    /**
     * Offers a readable name for a team seen for the first time (Slack sends the channel's name with
     * each command), so messages say {@code #parts-team} rather than a channel id.
     */
    default void nameTeam(TeamRef team, String name) {
    }
}
