package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.alignment.Decisions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a team's managers decided about wordings: merges (table {@code synonyms}) and splits (table
 * {@code wording_splits}). The latest decision about a pair wins, so a merge removes a split of the
 * same two wordings and a split removes a merge between them, in either direction.
 */
final class DecisionRows {

    private final Sql sql;

    DecisionRows(Sql sql) {
        this.sql = sql;
    }

    void saveMerge(long teamId, String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        sql.update("save a merge of team " + teamId,
                "INSERT INTO synonyms (team_id, wording, replacement) VALUES (?, ?, ?) "
                        + "ON CONFLICT (team_id, wording) DO UPDATE SET replacement = excluded.replacement",
                teamId, from, to);
        Decisions.Split pair = new Decisions.Split(from, to);
        sql.update("undo a split of team " + teamId,
                "DELETE FROM wording_splits WHERE team_id = ? AND first_wording = ? AND second_wording = ?",
                teamId, pair.first(), pair.second());
    }

    void saveSplit(long teamId, String first, String second, Instant at) {
        Decisions.Split pair = new Decisions.Split(Objects.requireNonNull(first, "first"),
                Objects.requireNonNull(second, "second"));
        sql.update("undo a merge of team " + teamId,
                "DELETE FROM synonyms WHERE team_id = ? AND ((wording = ? AND replacement = ?) "
                        + "OR (wording = ? AND replacement = ?))",
                teamId, pair.first(), pair.second(), pair.second(), pair.first());
        sql.update("save a split of team " + teamId,
                "INSERT INTO wording_splits (team_id, first_wording, second_wording, created_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (team_id, first_wording, second_wording) DO NOTHING",
                teamId, pair.first(), pair.second(), Objects.requireNonNull(at, "at"));
    }

    Decisions decisions(long teamId) {
        Map<String, String> merges = new LinkedHashMap<>();
        sql.list("list merges of team " + teamId,
                        "SELECT wording, replacement FROM synonyms WHERE team_id = ? ORDER BY wording",
                        row -> Map.entry(row.getString("wording"), row.getString("replacement")), teamId)
                .forEach(entry -> merges.put(entry.getKey(), entry.getValue()));
        Set<Decisions.Split> splits = new LinkedHashSet<>(sql.list("list splits of team " + teamId,
                "SELECT first_wording, second_wording FROM wording_splits WHERE team_id = ? "
                        + "ORDER BY first_wording, second_wording",
                row -> new Decisions.Split(row.getString("first_wording"), row.getString("second_wording")), teamId));
        return new Decisions(merges, splits);
    }
}
