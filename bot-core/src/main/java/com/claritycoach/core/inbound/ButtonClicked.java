package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/**
 * A member pressed one of the coach's buttons (Slack block action, Teams Action.Submit).
 *
 * @param scope the scope the button was sent with ({@link com.claritycoach.core.message.MessagePart.ChoicesPart#scope()}),
 *     or null when the button carried none; the engine ignores a click whose scope is no longer current
 */
public record ButtonClicked(MemberRef by, ButtonAction action, String scope, String deliveryId) implements Inbound {
    public ButtonClicked {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public TenantRef tenant() {
        return by.tenant();
    }
}
