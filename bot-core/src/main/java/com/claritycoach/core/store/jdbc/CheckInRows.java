package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.CheckInState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Check-ins; a unique index keeps at most one open per team even across instances. */
final class CheckInRows {

    private static final String SELECT = "SELECT id, team_id, playbook_id, opened_at, closes_at, state FROM check_ins ";
    /**
     * Open check-ins of {@code check_ins ci}, with the state written into the SQL rather than bound:
     * SQLite compiles a statement again every time a bound value is compared against the condition of
     * a partial index ({@code check_ins_one_open_per_team}), which made such a look-up 5 times slower.
     */
    static final String CI_IS_OPEN = "ci.state = '" + CheckInState.OPEN.name() + "'";

    private final Sql sql;

    CheckInRows(Sql sql) {
        this.sql = sql;
    }

    CheckIn open(long teamId, String playbookId, Instant opened, Instant closes) {
        Objects.requireNonNull(playbookId, "playbookId");
        Objects.requireNonNull(opened, "opened");
        current(teamId).ifPresent(open -> {
            throw new IllegalStateException("Team " + teamId + " already has an open check-in (" + open.id()
                    + "); close it before opening another");
        });
        Instant openedAt = opened.truncatedTo(ChronoUnit.MILLIS);
        Instant closesAt = closes == null ? null : closes.truncatedTo(ChronoUnit.MILLIS);
        long id = sql.insert("open a check-in for team " + teamId,
                "INSERT INTO check_ins (team_id, playbook_id, opened_at, closes_at, state) VALUES (?, ?, ?, ?, ?) RETURNING id",
                teamId, playbookId, openedAt, Sql.millis(closesAt), CheckInState.OPEN);
        return new CheckIn(id, teamId, playbookId, openedAt, closesAt, CheckInState.OPEN);
    }

    Optional<CheckIn> current(long teamId) {
        return sql.one("find the open check-in of team " + teamId,
                SELECT + "ci WHERE ci.team_id = ? AND " + CI_IS_OPEN + " ORDER BY ci.opened_at DESC, ci.id DESC LIMIT 1",
                CheckInRows::checkIn, teamId);
    }

    Optional<CheckIn> latest(long teamId) {
        return sql.one("find the latest check-in of team " + teamId,
                SELECT + "WHERE team_id = ? ORDER BY opened_at DESC, id DESC LIMIT 1", CheckInRows::checkIn, teamId);
    }

    Optional<CheckIn> byId(long checkInId) {
        return sql.one("find check-in " + checkInId, SELECT + "WHERE id = ?", CheckInRows::checkIn, checkInId);
    }

    void close(long checkInId) {
        int changed = sql.update("close check-in " + checkInId, "UPDATE check_ins SET state = ? WHERE id = ?",
                CheckInState.CLOSED, checkInId);
        if (changed == 0) {
            throw new IllegalArgumentException("No check-in with id " + checkInId);
        }
    }

    List<CheckIn> ofTeam(long teamId) {
        return sql.list("list check-ins of team " + teamId, SELECT + "WHERE team_id = ? ORDER BY opened_at, id",
                CheckInRows::checkIn, teamId);
    }

    private static CheckIn checkIn(ResultSet row) throws SQLException {
        return new CheckIn(row.getLong("id"), row.getLong("team_id"), row.getString("playbook_id"),
                Sql.instant(row, "opened_at"), Sql.instant(row, "closes_at"), CheckInState.valueOf(row.getString("state")));
    }
}
