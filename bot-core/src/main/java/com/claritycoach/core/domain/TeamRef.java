package com.claritycoach.core.domain;

import java.util.Objects;

/** A team is the channel it coaches in: a Slack channel, a Teams channel, or a console team name. */
public record TeamRef(TenantRef tenant, String channelId) {
    public TeamRef {
        Objects.requireNonNull(tenant, "tenant");
        TenantRef.requireText(channelId, "channel id");
    }
}
