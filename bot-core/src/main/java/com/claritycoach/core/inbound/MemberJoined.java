package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/** Someone joined the team's channel; they are asked from the next check-in on. */
public record MemberJoined(TeamRef team, MemberProfile member, String deliveryId) implements Inbound {
    public MemberJoined {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(member, "member");
    }

    @Override
    public TenantRef tenant() {
        return team.tenant();
    }
}
