package com.claritycoach.core.message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the coach decided to send, independent of any platform.
 *
 * @param text the whole message as plain text: what the console prints and what notifications show
 * @param parts optional structure for native rendering
 */
public record OutboundMessage(Destination to, String text, List<MessagePart> parts) {
    public OutboundMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
    }

    public static OutboundMessage text(Destination to, String text) {
        return new OutboundMessage(to, text, List.of());
    }

    public <T extends MessagePart> Optional<T> part(Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
