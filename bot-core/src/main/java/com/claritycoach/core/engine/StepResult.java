package com.claritycoach.core.engine;

import com.claritycoach.core.message.OutboundMessage;
import java.util.List;

/**
 * What one engine step decided to send. The same messages are already in the outbox, committed;
 * delivery happens only through the outbox dispatcher, so callers use this for tests and logs.
 */
public record StepResult(List<OutboundMessage> messages) {
    public StepResult {
        messages = List.copyOf(messages);
    }

    public static StepResult none() {
        return new StepResult(List.of());
    }
}
