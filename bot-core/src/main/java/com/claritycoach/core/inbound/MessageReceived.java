package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/** A direct message from a member to the coach: an answer, or a steering word such as {@code skip}. */
public record MessageReceived(MemberRef from, String text, String messageId, String deliveryId) implements Inbound {
    public MessageReceived {
        Objects.requireNonNull(from, "from");
        text = text == null ? "" : text;
    }

    public static MessageReceived of(MemberRef from, String text) {
        return new MessageReceived(from, text, null, null);
    }

    @Override
    public TenantRef tenant() {
        return from.tenant();
    }
}
