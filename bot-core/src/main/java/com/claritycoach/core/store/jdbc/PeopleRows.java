package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.domain.TenantRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * People (one row per user per tenant, with the platform's profile once known) and their team
 * memberships. Other tables point at a person by the row id, so a user id alone never identifies
 * anyone across tenants.
 */
final class PeopleRows {

    /** Columns of {@code members m} that {@link #ref} and {@link #profile} read. */
    static final String MEMBER_COLUMNS = "m.platform, m.tenant_id, m.user_id, m.display_name, m.time_zone, m.platform_admin";
    /** Restricts {@code members m} to one person; bind with {@link #refParams}. */
    static final String MEMBER_IS = "m.platform = ? AND m.tenant_id = ? AND m.user_id = ?";

    private static final String MEMBERSHIP = "SELECT tm.team_id, tm.role, " + MEMBER_COLUMNS
            + " FROM team_members tm JOIN members m ON m.id = tm.member_id ";

    private final Sql sql;
    private final TeamRows teams;
    /** Row ids looked up in this transaction: a step names its member in several statements. */
    private final Map<MemberRef, Long> ids = new HashMap<>();

    PeopleRows(Sql sql, TeamRows teams) {
        this.sql = sql;
        this.teams = teams;
    }

    Optional<Long> id(MemberRef member) {
        Long known = ids.get(member);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = sql.one("find member " + member.userId(), "SELECT m.id FROM members m WHERE " + MEMBER_IS,
                row -> row.getLong(1), refParams(member));
        found.ifPresent(id -> ids.put(member, id));
        return found;
    }

    /** The person's row id, creating the row (without a profile) on first sight. */
    long ensure(MemberRef member) {
        return id(member).orElseGet(() -> {
            long id = sql.insert("record member " + member.userId(),
                    "INSERT INTO members (platform, tenant_id, user_id) VALUES (?, ?, ?) "
                            + "ON CONFLICT (platform, tenant_id, user_id) DO UPDATE SET user_id = excluded.user_id RETURNING id",
                    refParams(member));
            ids.put(member, id);
            return id;
        });
    }

    void saveProfile(MemberProfile profile) {
        MemberRef ref = profile.ref();
        sql.update("save profile of " + ref.userId(),
                "INSERT INTO members (platform, tenant_id, user_id, display_name, time_zone, platform_admin) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, tenant_id, user_id) DO UPDATE SET "
                        + "display_name = excluded.display_name, time_zone = excluded.time_zone, "
                        + "platform_admin = excluded.platform_admin",
                ref.tenant().platform(), ref.tenant().id(), ref.userId(), profile.displayName(),
                profile.timeZone().getId(), profile.platformAdmin());
    }

    Optional<MemberProfile> findProfile(MemberRef member) {
        return sql.one("find profile of " + member.userId(),
                "SELECT " + MEMBER_COLUMNS + " FROM members m WHERE " + MEMBER_IS + " AND m.display_name IS NOT NULL",
                PeopleRows::profile, refParams(member));
    }

    TeamMember ensureMember(long teamId, MemberRef member) {
        TenantRef teamTenant = teams.tenantOf(teamId)
                .orElseThrow(() -> new IllegalArgumentException("No team with id " + teamId));
        if (!teamTenant.equals(member.tenant())) {
            throw new IllegalArgumentException("Member " + member.userId() + " of " + describe(member.tenant())
                    + " cannot join team " + teamId + " of " + describe(teamTenant));
        }
        long memberId = ensure(member);
        sql.update("add " + member.userId() + " to team " + teamId,
                "INSERT INTO team_members (team_id, member_id, role) VALUES (?, ?, ?) "
                        + "ON CONFLICT (team_id, member_id) DO NOTHING",
                teamId, memberId, Role.MEMBER);
        return membership(teamId, member).orElseThrow(() -> new IllegalStateException(
                "Membership of " + member.userId() + " in team " + teamId + " vanished right after it was created"));
    }

    /** Sets the member's role, adding them to the team first when they do not belong yet. */
    void setRole(long teamId, MemberRef member, Role role) {
        ensureMember(teamId, member);
        sql.update("change role of " + member.userId() + " in team " + teamId,
                "UPDATE team_members SET role = ? WHERE team_id = ? AND member_id = (SELECT m.id FROM members m WHERE "
                        + MEMBER_IS + ")",
                role, teamId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    void removeFromTeam(long teamId, MemberRef member) {
        sql.update("remove " + member.userId() + " from team " + teamId,
                "DELETE FROM team_members WHERE team_id = ? AND member_id = (SELECT m.id FROM members m WHERE "
                        + MEMBER_IS + ")",
                teamId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    Optional<TeamMember> membership(long teamId, MemberRef member) {
        return sql.one("find membership of " + member.userId() + " in team " + teamId,
                MEMBERSHIP + "WHERE tm.team_id = ? AND " + MEMBER_IS, PeopleRows::teamMember,
                teamId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    List<TeamMember> members(long teamId) {
        return sql.list("list members of team " + teamId, MEMBERSHIP + "WHERE tm.team_id = ? ORDER BY tm.id",
                PeopleRows::teamMember, teamId);
    }

    /** Deletes the person's answers, conversations, memberships and profile; returns the answer rows deleted. */
    int forget(MemberRef member) {
        Optional<Long> found = id(member);
        if (found.isEmpty()) {
            return 0;
        }
        long memberId = found.get();
        ids.remove(member);
        String what = "forget member " + member.userId();
        int answers = sql.update(what, "DELETE FROM answers WHERE member_id = ?", memberId);
        sql.update(what, "DELETE FROM conversations WHERE member_id = ?", memberId);
        sql.update(what, "DELETE FROM member_settings WHERE member_id = ?", memberId);
        sql.update(what, "DELETE FROM check_in_skips WHERE member_id = ?", memberId);
        sql.update(what, "DELETE FROM team_members WHERE member_id = ?", memberId);
        sql.update(what, "DELETE FROM members WHERE id = ?", memberId);
        return answers;
    }

    static Object[] refParams(MemberRef member) {
        return new Object[] {member.tenant().platform(), member.tenant().id(), member.userId()};
    }

    static MemberRef ref(ResultSet row) throws SQLException {
        TenantRef tenant = new TenantRef(Platform.valueOf(row.getString("platform")), row.getString("tenant_id"));
        return new MemberRef(tenant, row.getString("user_id"));
    }

    /** The saved profile, or one named after the user id when the platform's profile is not known yet. */
    static MemberProfile profile(ResultSet row) throws SQLException {
        MemberRef ref = ref(row);
        String name = row.getString("display_name");
        if (name == null) {
            return MemberProfile.of(ref, ref.userId());
        }
        String zone = row.getString("time_zone");
        return new MemberProfile(ref, name, zone == null ? null : ZoneId.of(zone), row.getBoolean("platform_admin"));
    }

    private static TeamMember teamMember(ResultSet row) throws SQLException {
        return new TeamMember(row.getLong("team_id"), profile(row), Role.valueOf(row.getString("role")));
    }

    private static String describe(TenantRef tenant) {
        return tenant.platform() + " tenant " + tenant.id();
    }
}
