package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.MemberRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Instant answeredAt = at.truncatedTo(ChronoUnit.MILLIS);
        Set<String> flagSet = flags == null ? Set.of() : flags;
        int revision = (int) sql.insert(what,
                "INSERT INTO answers (check_in_id, member_id, prompt_id, revision, text, answered_at, flags, "
                        + "source_message_id) SELECT ?, ?, ?, COALESCE(MAX(revision), 0) + 1, ?, ?, ?, ? FROM answers "
                        + "WHERE check_in_id = ? AND member_id = ? AND prompt_id = ? RETURNING revision",
                checkInId, memberId, promptId, text, answeredAt, TextSets.join(flagSet), Sql.text(sourceMessageId),
                checkInId, memberId, promptId);
        return new Answer(checkInId, member, promptId, text, answeredAt, revision, flagSet, sourceMessageId);
    }

    Optional<Answer> current(long checkInId, MemberRef member, String promptId) {
        return sql.one("find answer of " + member.userId() + " to " + promptId,
                SELECT + "WHERE a.check_in_id = ? AND a.prompt_id = ? AND " + PeopleRows.MEMBER_IS
                        + " ORDER BY a.revision DESC LIMIT 1",
                AnswerRows::answer,
                checkInId, promptId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    /**
     * The current answer of every member to every prompt, in the order they were first given. Every
     * revision is read in the order of the {@code answers_revision} key, so the database neither
     * groups nor sorts (a grouping subquery and a sort of every row took three times as long): each
     * (member, prompt) is a run of rows, its last row the current answer, its first row's id the
     * moment it was first given. Who answered is read once per member, not once per answer.
     */
    List<Answer> currentOfCheckIn(long checkInId) {
        String what = "list answers of check-in " + checkInId;
        Map<Long, MemberRef> members = new HashMap<>();
        sql.list(what, "SELECT m.id, m.platform, m.tenant_id, m.user_id FROM members m "
                        + "WHERE m.id IN (SELECT member_id FROM answers WHERE check_in_id = ?)",
                row -> Map.entry(row.getLong("id"), PeopleRows.ref(row)), checkInId)
                .forEach(member -> members.put(member.getKey(), member.getValue()));
        List<Revision> revisions = sql.list(what,
                "SELECT id, member_id, prompt_id, text, answered_at, revision, flags, source_message_id FROM answers "
                        + "WHERE check_in_id = ? ORDER BY member_id, prompt_id, revision",
                row -> {
                    long memberId = row.getLong("member_id");
                    return new Revision(row.getLong("id"), memberId, new Answer(checkInId, members.get(memberId),
                            row.getString("prompt_id"), row.getString("text"), Sql.instant(row, "answered_at"),
                            row.getInt("revision"), TextSets.split(row.getString("flags")),
                            row.getString("source_message_id")));
                }, checkInId);
        List<Run> runs = new ArrayList<>();
        Revision previous = null;
        for (Revision revision : revisions) {
            if (previous != null && revision.sameQuestionAs(previous)) {
                Run run = runs.get(runs.size() - 1);
                runs.set(runs.size() - 1, new Run(run.firstId(), revision.answer()));
            } else {
                runs.add(new Run(revision.id(), revision.answer()));
            }
            previous = revision;
        }
        runs.sort(Comparator.comparingLong(Run::firstId));
        return runs.stream().map(Run::current).toList();
    }

    private record Revision(long id, long memberId, Answer answer) {
        boolean sameQuestionAs(Revision other) {
            return memberId == other.memberId && answer.promptId().equals(other.answer.promptId());
        }
    }

    /** One member's answers to one prompt: when first given, and the latest revision. */
    private record Run(long firstId, Answer current) {
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
