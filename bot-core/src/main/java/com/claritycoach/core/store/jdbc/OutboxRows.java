package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.store.OutboxEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactional outbox. A sent or abandoned row stays as a record of what the coach said and why
 * a message did not go out, until "forget me" or the retention period ({@link RetentionRows}) deletes it.
 */
final class OutboxRows {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRows.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final Sql sql;
    private final OutboundMessageCodec codec;

    OutboxRows(Sql sql, OutboundMessageCodec codec) {
        this.sql = sql;
        this.codec = codec;
    }

    /** The key a messenger passes to the platform so that a resend of the same row is recognised. */
    static String idempotencyKey(long outboxId) {
        return "outbox-" + outboxId;
    }

    long enqueue(OutboundMessage message, Instant at) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
        Instant created = at.truncatedTo(ChronoUnit.MILLIS);
        return sql.insert("queue a message",
                "INSERT INTO outbox (platform, tenant_id, recipient, message, created_at, not_before, attempts, abandoned) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id",
                message.to().tenant().platform(), message.to().tenant().id(), recipient(message.to()),
                codec.encode(message), created, created, false);
    }

    /** The member a message is for when only they see it; none for channel posts. */
    private static Object recipient(Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return dm.member().userId();
        }
        return to instanceof Destination.PrivateReply reply ? reply.member().userId() : Sql.Null.TEXT;
    }

    /** Deletes every message meant for that member alone: they may quote the member's answers. */
    int forget(MemberRef member) {
        return sql.update("forget messages to " + member.userId(),
                "DELETE FROM outbox WHERE platform = ? AND tenant_id = ? AND recipient = ?",
                PeopleRows.refParams(member));
    }

    /** Due messages, oldest first. A row whose JSON cannot be read is abandoned rather than blocking the queue. */
    List<OutboxEntry> pending(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<StoredRow> rows = sql.list("list pending messages",
                "SELECT id, message, attempts, created_at, not_before FROM outbox "
                        + "WHERE sent_at IS NULL AND NOT abandoned AND not_before <= ? ORDER BY created_at, id LIMIT ?",
                OutboxRows::storedRow, now, limit);
        List<OutboxEntry> entries = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            row.decode(codec).ifPresentOrElse(entries::add, () -> abandon(row.id(), "unreadable message JSON"));
        }
        return entries;
    }

    /**
     * Leases up to {@code limit} due rows to {@code owner} until {@code until}. Each row is taken by a
     * conditional update, so when instances race for a row exactly one update changes it; a row whose
     * lease ran out (its owner died mid-send) is due again.
     */
    List<OutboxEntry> claim(String owner, Instant now, Instant until, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<StoredRow> rows = sql.list("list messages to claim",
                "SELECT id, message, attempts, created_at, not_before FROM outbox "
                        + "WHERE sent_at IS NULL AND NOT abandoned AND not_before <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY created_at, id LIMIT ?",
                OutboxRows::storedRow, now, now, limit);
        List<OutboxEntry> entries = new ArrayList<>(rows.size());
        for (StoredRow row : rows) {
            int taken = sql.update("claim message " + row.id(),
                    "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id = ? AND sent_at IS NULL "
                            + "AND NOT abandoned AND (claimed_until IS NULL OR claimed_until <= ?)",
                    owner, until, row.id(), now);
            if (taken == 1) {
                row.decode(codec).ifPresentOrElse(entries::add, () -> abandon(row.id(), "unreadable message JSON"));
            }
        }
        return entries;
    }

    /** Gives a claimed row back, due again at {@code notBefore}, without counting an attempt (pacing). */
    void defer(long outboxId, Instant notBefore) {
        requireFound(sql.update("defer message " + outboxId,
                "UPDATE outbox SET not_before = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                notBefore, outboxId), outboxId);
    }

    void markSent(long outboxId, Instant at) {
        requireFound(sql.update("mark message " + outboxId + " sent",
                "UPDATE outbox SET sent_at = ? WHERE id = ?", at, outboxId), outboxId);
    }

    void reschedule(long outboxId, Instant notBefore, String error) {
        requireFound(sql.update("reschedule message " + outboxId,
                "UPDATE outbox SET attempts = attempts + 1, not_before = ?, last_error = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ?",
                notBefore, Sql.text(truncate(error)), outboxId), outboxId);
    }

    void abandon(long outboxId, String error) {
        requireFound(sql.update("abandon message " + outboxId,
                "UPDATE outbox SET abandoned = ?, last_error = ? WHERE id = ?",
                true, Sql.text(truncate(error)), outboxId), outboxId);
    }

    private static void requireFound(int changed, long outboxId) {
        if (changed == 0) {
            throw new IllegalArgumentException("No outbox message with id " + outboxId);
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static StoredRow storedRow(ResultSet row) throws SQLException {
        return new StoredRow(row.getLong("id"), row.getString("message"), row.getInt("attempts"),
                Sql.instant(row, "created_at"), Sql.instant(row, "not_before"));
    }

    private record StoredRow(long id, String json, int attempts, Instant createdAt, Instant notBefore) {
        Optional<OutboxEntry> decode(OutboundMessageCodec codec) {
            try {
                return Optional.of(new OutboxEntry(id, codec.decode(json), idempotencyKey(id), attempts, createdAt, notBefore));
            } catch (IllegalArgumentException e) {
                LOG.warn("Abandoning outbox message {}: {}", id, e.getMessage());
                return Optional.empty();
            }
        }
    }
}
