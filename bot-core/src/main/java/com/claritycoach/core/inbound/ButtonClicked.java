package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/** A member pressed one of the coach's buttons (Slack block action, Teams Action.Submit). */
public record ButtonClicked(MemberRef by, ButtonAction action, String deliveryId) implements Inbound {
    public ButtonClicked {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public TenantRef tenant() {
        return by.tenant();
    }
}
