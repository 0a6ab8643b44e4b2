package com.claritycoach.core.store;

import com.claritycoach.core.message.OutboundMessage;
import java.time.Instant;

/** A message waiting to be sent, written in the same transaction as the step that decided it. */
public record OutboxEntry(
        long id, OutboundMessage message, String idempotencyKey, int attempts, Instant createdAt, Instant notBefore) {
}
