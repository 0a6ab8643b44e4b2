package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/** A member edited an earlier direct message; if it carried an answer, the answer is revised. */
public record MessageEdited(MemberRef from, String messageId, String newText, String deliveryId) implements Inbound {
    public MessageEdited {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(messageId, "messageId");
        newText = newText == null ? "" : newText;
    }

    @Override
    public TenantRef tenant() {
        return from.tenant();
    }
}
