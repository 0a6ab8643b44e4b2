package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/** Someone left the team's channel; they are no longer asked, and their answers so far are kept. */
public record MemberLeft(TeamRef team, MemberRef member, String deliveryId) implements Inbound {
    public MemberLeft {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(member, "member");
    }

    @Override
    public TenantRef tenant() {
        return team.tenant();
    }
}
