package com.claritycoach.core.message;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;

/** Where a message goes. Adapters map each to the platform's way of reaching that audience. */
public sealed interface Destination permits Destination.DirectMessage, Destination.ChannelPost, Destination.PrivateReply {

    TenantRef tenant();

    /** A 1:1 chat with one member (Slack DM, Teams personal chat). */
    record DirectMessage(MemberRef member) implements Destination {
        @Override
        public TenantRef tenant() {
            return member.tenant();
        }
    }

    /** A post everyone in the team's channel sees. */
    record ChannelPost(TeamRef team) implements Destination {
        @Override
        public TenantRef tenant() {
            return team.tenant();
        }
    }

    /**
     * An answer to a command, shown in the team's channel to the member who asked only where the
     * platform allows (Slack ephemeral; a thread reply in Teams).
     */
    record PrivateReply(TeamRef team, MemberRef member) implements Destination {
        @Override
        public TenantRef tenant() {
            return team.tenant();
        }
    }
}
