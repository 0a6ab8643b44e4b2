package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.CheckInState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.schedule.TeamSettings;
import com.claritycoach.core.schedule.WeeklySchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Team settings, members' reminder choice and weekly skips, and the record of fired jobs whose
 * primary key lets exactly one instance fire each scheduled check-in, reminder and close.
 */
final class ScheduleRows {

    private final Sql sql;
    private final PeopleRows people;

    ScheduleRows(Sql sql, PeopleRows people) {
        this.sql = sql;
        this.people = people;
    }

    TeamSettings settings(long teamId) {
        return sql.one("read settings of team " + teamId,
                "SELECT schedule_day, schedule_time, schedule_zone, schedule_since, deadline_minutes, reminder_minutes, "
                        + "playbook_id, local_time, accept_late FROM team_settings WHERE team_id = ?",
                ScheduleRows::settings, teamId).orElse(TeamSettings.DEFAULTS);
    }

    void save(long teamId, TeamSettings settings) {
        Objects.requireNonNull(settings, "settings");
        WeeklySchedule s = settings.schedule();
        String what = "save settings of team " + teamId;
        Object[] values = {
            s == null ? Sql.Null.TEXT : s.day().name(),
            s == null ? Sql.Null.TEXT : s.time().toString(),
            s == null ? Sql.Null.TEXT : s.zone().getId(),
            s == null ? Sql.Null.BIGINT : s.since().toEpochMilli(),
            (int) settings.deadline().toMinutes(),
            (int) settings.reminderBefore().toMinutes(),
            Sql.text(settings.playbookId()),
            settings.askAtLocalTime(),
            settings.acceptLate()};
        int changed = sql.update(what, "UPDATE team_settings SET schedule_day = ?, schedule_time = ?, schedule_zone = ?, "
                + "schedule_since = ?, deadline_minutes = ?, reminder_minutes = ?, playbook_id = ?, local_time = ?, "
                + "accept_late = ? WHERE team_id = ?", append(values, teamId));
        if (changed == 0) {
            sql.update(what, "INSERT INTO team_settings (schedule_day, schedule_time, schedule_zone, schedule_since, "
                    + "deadline_minutes, reminder_minutes, playbook_id, local_time, accept_late, team_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", append(values, teamId));
        }
    }

    /** Ids of teams with a weekly schedule, above {@code afterId}, ascending; for paging through all of them. */
    List<Long> scheduledTeams(long afterId, int limit) {
        return sql.list("list scheduled teams",
                "SELECT team_id FROM team_settings WHERE schedule_day IS NOT NULL AND team_id > ? ORDER BY team_id LIMIT ?",
                row -> row.getLong(1), afterId, limit);
    }

    /** Open check-ins with a deadline, id above {@code afterId}, ascending. */
    List<CheckIn> openCheckIns(long afterId, int limit) {
        return sql.list("list open check-ins",
                "SELECT id, team_id, playbook_id, opened_at, closes_at, state FROM check_ins ci "
                        + "WHERE " + CheckInRows.CI_IS_OPEN + " AND closes_at IS NOT NULL AND id > ? ORDER BY id LIMIT ?",
                row -> new CheckIn(row.getLong("id"), row.getLong("team_id"), row.getString("playbook_id"),
                        Sql.instant(row, "opened_at"), Sql.instant(row, "closes_at"),
                        CheckInState.valueOf(row.getString("state"))),
                afterId, limit);
    }

    boolean claimJob(long teamId, String job, Instant dueAt, Instant firedAt) {
        return sql.update("claim job " + job + " of team " + teamId,
                "INSERT INTO fired_jobs (team_id, job, due_at, fired_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (team_id, job, due_at) DO NOTHING",
                teamId, job, dueAt, firedAt) == 1;
    }

    boolean jobClaimed(long teamId, String job, Instant dueAt) {
        return sql.one("check job " + job + " of team " + teamId,
                "SELECT 1 FROM fired_jobs WHERE team_id = ? AND job = ? AND due_at = ?", row -> true,
                teamId, job, dueAt).isPresent();
    }

    void setReminders(MemberRef member, boolean wanted) {
        long memberId = people.ensure(member);
        sql.update("save reminder choice of " + member.userId(),
                "INSERT INTO member_settings (member_id, reminders) VALUES (?, ?) "
                        + "ON CONFLICT (member_id) DO UPDATE SET reminders = excluded.reminders",
                memberId, wanted);
    }

    boolean wantsReminders(MemberRef member) {
        return people.id(member).flatMap(id -> sql.one("read reminder choice of " + member.userId(),
                "SELECT reminders FROM member_settings WHERE member_id = ?", row -> row.getBoolean(1), id)).orElse(true);
    }

    void requestForget(MemberRef member, Instant at) {
        long memberId = people.ensure(member);
        sql.update("save forget request of " + member.userId(),
                "INSERT INTO member_settings (member_id, forget_requested_at) VALUES (?, ?) "
                        + "ON CONFLICT (member_id) DO UPDATE SET forget_requested_at = excluded.forget_requested_at",
                memberId, at);
    }

    Optional<Instant> forgetRequestedAt(MemberRef member) {
        return people.id(member).flatMap(id -> sql.one("read forget request of " + member.userId(),
                "SELECT forget_requested_at FROM member_settings "
                        + "WHERE member_id = ? AND forget_requested_at IS NOT NULL",
                row -> Sql.instant(row, "forget_requested_at"), id));
    }

    void skip(long checkInId, MemberRef member) {
        long memberId = people.ensure(member);
        sql.update("record that " + member.userId() + " skips check-in " + checkInId,
                "INSERT INTO check_in_skips (check_in_id, member_id) VALUES (?, ?) "
                        + "ON CONFLICT (check_in_id, member_id) DO NOTHING", checkInId, memberId);
    }

    Set<MemberRef> skipped(long checkInId) {
        return sql.list("list who skips check-in " + checkInId,
                "SELECT m.platform, m.tenant_id, m.user_id FROM check_in_skips s JOIN members m ON m.id = s.member_id "
                        + "WHERE s.check_in_id = ?", PeopleRows::ref, checkInId).stream().collect(Collectors.toSet());
    }

    private static TeamSettings settings(ResultSet row) throws SQLException {
        String day = row.getString("schedule_day");
        WeeklySchedule schedule = day == null ? null : new WeeklySchedule(DayOfWeek.valueOf(day),
                LocalTime.parse(row.getString("schedule_time")), ZoneId.of(row.getString("schedule_zone")),
                Sql.instant(row, "schedule_since"));
        return new TeamSettings(schedule, Duration.ofMinutes(row.getInt("deadline_minutes")),
                Duration.ofMinutes(row.getInt("reminder_minutes")), row.getString("playbook_id"),
                row.getBoolean("local_time"), row.getBoolean("accept_late"));
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }
}
