package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.PromptKind;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.understanding.GivenAnswer;
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
    private final List<GivenAnswer> answered = new ArrayList<>();

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

    /** Notes an answer this step saved, for the meaning model to read once the step has committed. */
    void answered(PromptKind kind, String text) {
        answered.add(new GivenAnswer(kind, text));
    }

    StepResult result() {
        return new StepResult(sent, forgotten, answered);
    }
}
