package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams, keyed by tenant and channel. */
final class TeamRows {

    private static final String COLUMNS = "t.id, t.platform, t.tenant_id, t.channel_id, t.name, t.anonymous";

    private final Sql sql;
    /** Tenants of teams looked up in this transaction; a team never changes tenant. */
    private final Map<Long, TenantRef> tenants = new HashMap<>();

    TeamRows(Sql sql) {
        this.sql = sql;
    }

    Team ensure(TeamRef ref, String name) {
        Optional<Team> existing = find(ref);
        if (existing.isPresent()) {
            return existing.get();
        }
        String teamName = name == null || name.isBlank() ? ref.channelId() : name.strip();
        sql.update("create team " + ref.channelId(),
                "INSERT INTO teams (platform, tenant_id, channel_id, name, anonymous) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (platform, tenant_id, channel_id) DO NOTHING",
                ref.tenant().platform(), ref.tenant().id(), ref.channelId(), teamName, false);
        return find(ref).orElseThrow(() -> new IllegalStateException("Team " + ref + " vanished right after it was created"));
    }

    Optional<Team> find(TeamRef ref) {
        return sql.one("find team " + ref.channelId(),
                "SELECT " + COLUMNS + " FROM teams t WHERE t.platform = ? AND t.tenant_id = ? AND t.channel_id = ?",
                TeamRows::team, ref.tenant().platform(), ref.tenant().id(), ref.channelId());
    }

    Optional<Team> byId(long teamId) {
        return sql.one("find team " + teamId, "SELECT " + COLUMNS + " FROM teams t WHERE t.id = ?", TeamRows::team, teamId);
    }

    /** The tenant a team belongs to, or empty when there is no such team. */
    Optional<TenantRef> tenantOf(long teamId) {
        TenantRef known = tenants.get(teamId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TenantRef> found = byId(teamId).map(team -> team.ref().tenant());
        found.ifPresent(tenant -> tenants.put(teamId, tenant));
        return found;
    }

    void setAnonymous(long teamId, boolean anonymous) {
        int changed = sql.update("change anonymity of team " + teamId,
                "UPDATE teams SET anonymous = ? WHERE id = ?", anonymous, teamId);
        requireFound(changed, teamId);
    }

    /** The member's teams, in the order they joined them. */
    List<Team> teamsOf(MemberRef member) {
        return sql.list("list teams of a member",
                "SELECT " + COLUMNS + " FROM teams t "
                        + "JOIN team_members tm ON tm.team_id = t.id "
                        + "JOIN members m ON m.id = tm.member_id "
                        + "WHERE m.platform = ? AND m.tenant_id = ? AND m.user_id = ? ORDER BY tm.id",
                TeamRows::team, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    static void requireFound(int changed, long teamId) {
        if (changed == 0) {
            throw new IllegalArgumentException("No team with id " + teamId);
        }
    }

    private static Team team(ResultSet row) throws SQLException {
        TenantRef tenant = new TenantRef(Platform.valueOf(row.getString("platform")), row.getString("tenant_id"));
        return new Team(row.getLong("id"), new TeamRef(tenant, row.getString("channel_id")),
                row.getString("name"), row.getBoolean("anonymous"));
    }
}
