package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/**
 * Someone pressed Same or Different under a pair of wordings a team summary asked about (Slack block
 * action, Teams Action.Submit). The button itself carries the team and the two wordings as the
 * summary showed them, so a click on an old summary still means that pair.
 *
 * @param first the wording of the larger group, which the other is merged into on Same
 * @param second the other wording
 */
public record PairButtonClicked(TeamRef team, MemberRef by, PairVerdict verdict, String first, String second,
                                String deliveryId) implements Inbound {
    public PairButtonClicked {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(verdict, "verdict");
        if (!team.tenant().equals(by.tenant())) {
            throw new IllegalArgumentException("a click comes from the tenant of its team");
        }
        if (first == null || first.isBlank() || second == null || second.isBlank()) {
            throw new IllegalArgumentException("a pair names two wordings");
        }
    }

    @Override
    public TenantRef tenant() {
        return team.tenant();
    }
}
