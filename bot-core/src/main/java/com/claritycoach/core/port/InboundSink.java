package com.claritycoach.core.port;

import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.Inbound;

/**
 * Where a platform adapter hands what people did. {@link #accept} returns only after the step is
 * committed (so the platform is acknowledged only once the answer is safe); {@link #committed} then
 * asks for the queued messages to be delivered soon.
 */
public interface InboundSink {

    /** Handles one event durably; throws when it could not be committed (the platform may retry). */
    void accept(Inbound inbound);

    /** Called after a successful {@link #accept} and the ack: delivery of queued messages may start. */
    void committed();

    /**
     * Offers a readable name for a team (Slack sends the channel's name with each command, Teams the
     * team's name when the coach is added), so messages say {@code #parts-team} rather than an id.
     */
    default void nameTeam(TeamRef team, String name) {
    }
}
