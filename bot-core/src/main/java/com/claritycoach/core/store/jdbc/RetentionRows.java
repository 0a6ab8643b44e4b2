package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.CheckInState;
import com.claritycoach.core.store.RetentionPurge;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Deletes what the retention period no longer allows to keep. A closed check-in expires once its
 * deadline (or, without one, its opening) and its last answer and conversation step are all older
 * than the cut-off, so a late answer keeps its check-in for the full period. Outbox rows carry no
 * check-in, so sent and abandoned messages expire by their own age; pending ones are never touched.
 */
final class RetentionRows {

    /** Ids per DELETE, well under SQLite's and PostgreSQL's limits on bound parameters. */
    private static final int CHUNK = 500;

    private final Sql sql;

    RetentionRows(Sql sql) {
        this.sql = sql;
    }

    RetentionPurge purge(Instant before) {
        Objects.requireNonNull(before, "before");
        List<Long> expired = sql.list("find check-ins past the retention period",
                "SELECT id FROM check_ins c WHERE state = ? AND COALESCE(closes_at, opened_at) < ? "
                        + "AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.check_in_id = c.id AND a.answered_at >= ?) "
                        + "AND NOT EXISTS (SELECT 1 FROM conversations v WHERE v.check_in_id = c.id AND v.updated_at >= ?) "
                        + "ORDER BY id",
                row -> row.getLong(1), CheckInState.CLOSED, before, before, before);
        int answers = 0;
        int conversations = 0;
        for (int from = 0; from < expired.size(); from += CHUNK) {
            List<Long> chunk = expired.subList(from, Math.min(expired.size(), from + CHUNK));
            answers += delete("answers", "check_in_id", chunk);
            conversations += delete("conversations", "check_in_id", chunk);
            delete("check_in_skips", "check_in_id", chunk);
            delete("check_ins", "id", chunk);
        }
        int messages = sql.update("delete old sent messages",
                "DELETE FROM outbox WHERE created_at < ? AND (sent_at IS NOT NULL OR abandoned)", before);
        return new RetentionPurge(expired.size(), answers, conversations, messages);
    }

    private int delete(String table, String column, List<Long> ids) {
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return sql.update("delete expired rows of " + table,
                "DELETE FROM " + table + " WHERE " + column + " IN (" + marks + ")", ids.toArray());
    }
}
