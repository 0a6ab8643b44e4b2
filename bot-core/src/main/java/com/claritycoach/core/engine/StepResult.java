package com.claritycoach.core.engine;

import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.understanding.GivenAnswer;
import java.util.List;

/**
 * What one engine step decided to send. The same messages are already in the outbox, committed;
 * delivery happens only through the outbox dispatcher, so callers use this for tests and logs.
 *
 * @param forgotten members whose data the step deleted; platform adapters drop what they keep about
 *     them once the step has committed
 * @param answered the answers the step saved, for the meaning model to read ahead once committed
 */
public record StepResult(List<OutboundMessage> messages, List<MemberRef> forgotten, List<GivenAnswer> answered) {
    public StepResult {
        messages = List.copyOf(messages);
        forgotten = List.copyOf(forgotten);
        answered = List.copyOf(answered);
    }

    public static StepResult none() {
        return new StepResult(List.of(), List.of(), List.of());
    }
}
