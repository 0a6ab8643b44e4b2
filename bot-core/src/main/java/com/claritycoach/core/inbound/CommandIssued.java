package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import java.util.Objects;

/**
 * A {@code /coach ...} (Slack) or {@code @Clarity Coach ...} (Teams) command, with the bot mention and
 * command name already stripped: {@code text} is e.g. {@code "start weekly"}.
 */
public record CommandIssued(TeamRef team, MemberRef by, String text, String deliveryId) implements Inbound {
    public CommandIssued {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(by, "by");
        text = text == null ? "" : text;
    }

    public static CommandIssued of(TeamRef team, MemberRef by, String text) {
        return new CommandIssued(team, by, text, null);
    }

    @Override
    public TenantRef tenant() {
        return team.tenant();
    }
}
