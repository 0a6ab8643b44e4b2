package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.MemberRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers as an append-only list of revisions. A change of mind adds a row; the highest revision
 * per (member, prompt) is the current answer.
 */
final class AnswerRows {

    private static final String COLUMNS = "a.check_in_id, a.prompt_id, a.text, a.answered_at, a.revision, a.flags, "
            + "a.source_message_id, " + PeopleRows.MEMBER_COLUMNS;
    private static final String SELECT = "SELECT " + COLUMNS + " FROM answers a JOIN members m ON m.id = a.member_id ";

    private final Sql sql;
    private final PeopleRows people;

    AnswerRows(Sql sql, PeopleRows people) {
        this.sql = sql;
        this.people = people;
    }

    Answer save(long checkInId, MemberRef member, String promptId, String text, Instant at, Set<String> flags,
                String sourceMessageId) {
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        String what = "save answer of " + member.userId() + " to " + promptId;
        long memberId = people.ensure(member);
        int revision = sql.one(what,
                "SELECT COALESCE(MAX(revision), 0) + 1 FROM answers WHERE check_in_id = ? AND member_id = ? AND prompt_id = ?",
                row -> row.getInt(1), checkInId, memberId, promptId).orElse(1);
        Instant answeredAt = at.truncatedTo(ChronoUnit.MILLIS);
        Set<String> flagSet = flags == null ? Set.of() : flags;
        sql.update(what,
                "INSERT INTO answers (check_in_id, member_id, prompt_id, revision, text, answered_at, flags, "
                        + "source_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                checkInId, memberId, promptId, revision, text, answeredAt, TextSets.join(flagSet),
                Sql.text(sourceMessageId));
        return new Answer(checkInId, member, promptId, text, answeredAt, revision, flagSet, sourceMessageId);
    }

    Optional<Answer> current(long checkInId, MemberRef member, String promptId) {
        return sql.one("find answer of " + member.userId() + " to " + promptId,
                SELECT + "WHERE a.check_in_id = ? AND a.prompt_id = ? AND " + PeopleRows.MEMBER_IS
                        + " ORDER BY a.revision DESC LIMIT 1",
                AnswerRows::answer,
                checkInId, promptId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    List<Answer> currentOfCheckIn(long checkInId) {
        return sql.list("list answers of check-in " + checkInId,
                "SELECT " + COLUMNS + " FROM answers a "
                        + "JOIN (SELECT member_id, prompt_id, MAX(revision) AS revision, MIN(id) AS first_id "
                        + "FROM answers WHERE check_in_id = ? GROUP BY member_id, prompt_id) latest "
                        + "ON latest.member_id = a.member_id AND latest.prompt_id = a.prompt_id "
                        + "AND latest.revision = a.revision "
                        + "JOIN members m ON m.id = a.member_id "
                        + "WHERE a.check_in_id = ? ORDER BY latest.first_id",
                AnswerRows::answer, checkInId, checkInId);
    }

    /** The latest revision that carried the message, should an edit have been stored under the same id. */
    Optional<Answer> byMessage(MemberRef member, String sourceMessageId) {
        if (sourceMessageId == null) {
            return Optional.empty();
        }
        return sql.one("find answer by message of " + member.userId(),
                SELECT + "WHERE a.source_message_id = ? AND " + PeopleRows.MEMBER_IS + " ORDER BY a.id DESC LIMIT 1",
                AnswerRows::answer,
                sourceMessageId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    private static Answer answer(ResultSet row) throws SQLException {
        return new Answer(row.getLong("check_in_id"), PeopleRows.ref(row), row.getString("prompt_id"),
                row.getString("text"), Sql.instant(row, "answered_at"), row.getInt("revision"),
                TextSets.split(row.getString("flags")), row.getString("source_message_id"));
    }
}
