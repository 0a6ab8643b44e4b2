package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One engine step in progress: the open transaction, the step's instant, and the messages it has
 * queued. Queuing writes the outbox row in the same transaction, so a message exists only if the
 * state change that caused it commits.
 */
final class Step {
    private final StoreTx tx;
    private final Instant now;
    private final List<OutboundMessage> sent = new ArrayList<>();
    private final List<MemberRef> forgotten = new ArrayList<>();

    Step(StoreTx tx, Instant now) {
        this.tx = tx;
        this.now = now;
    }

    StoreTx tx() {
        return tx;
    }

    Instant now() {
        return now;
    }

    void send(OutboundMessage message) {
        tx.enqueue(message, now);
        sent.add(message);
    }

    void send(Destination to, String text, MessagePart... parts) {
        send(new OutboundMessage(to, text, List.of(parts)));
    }

    /** Notes that the member's data was deleted in this step, for the platforms to follow after commit. */
    void forgot(MemberRef member) {
        forgotten.add(member);
    }

    StepResult result() {
        return new StepResult(sent, forgotten);
    }
}
