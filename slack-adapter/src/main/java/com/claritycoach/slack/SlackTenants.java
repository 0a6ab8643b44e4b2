package com.claritycoach.slack;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.slack.api.bolt.context.Context;

/**
 * Which tenant a Slack request belongs to. A workspace install is its workspace ({@code T…}); an
 * org-wide Enterprise Grid install is its organisation ({@code E…}), because one bot token then
 * serves every workspace of the organisation. The same rule keys the installation table, so the
 * messenger always finds the token of the tenant it writes to.
 */
public final class SlackTenants {
    private SlackTenants() {
    }

    public static String tenantId(String enterpriseId, String teamId, boolean enterpriseInstall) {
        if (enterpriseInstall && enterpriseId != null && !enterpriseId.isBlank()) {
            return enterpriseId;
        }
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("the request names no Slack workspace");
        }
        return teamId;
    }

    public static TenantRef tenant(Context context) {
        return new TenantRef(Platform.SLACK,
                tenantId(context.getEnterpriseId(), context.getTeamId(), context.isEnterpriseInstall()));
    }

    public static MemberRef member(Context context, String userId) {
        return new MemberRef(tenant(context), userId);
    }

    public static TeamRef team(Context context, String channelId) {
        return new TeamRef(tenant(context), channelId);
    }
}
