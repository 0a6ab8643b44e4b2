package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Each member's place in each check-in: one row per (check-in, member), replaced on every step. */
final class ConversationRows {

    private static final String SELECT = "SELECT c.check_in_id, c.state, c.prompt_index, c.frontier, c.paused_from, "
            + "c.fired_rules, c.updated_at, " + PeopleRows.MEMBER_COLUMNS
            + " FROM conversations c JOIN members m ON m.id = c.member_id ";

    private final Sql sql;
    private final PeopleRows people;

    ConversationRows(Sql sql, PeopleRows people) {
        this.sql = sql;
        this.people = people;
    }

    void save(Conversation conversation) {
        Objects.requireNonNull(conversation.updatedAt(), "updatedAt");
        MemberRef member = conversation.member();
        long memberId = people.ensure(member);
        sql.update("save conversation of " + member.userId() + " in check-in " + conversation.checkInId(),
                "INSERT INTO conversations (check_in_id, member_id, state, prompt_index, frontier, paused_from, "
                        + "fired_rules, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (check_in_id, member_id) DO UPDATE SET state = excluded.state, "
                        + "prompt_index = excluded.prompt_index, frontier = excluded.frontier, "
                        + "paused_from = excluded.paused_from, fired_rules = excluded.fired_rules, "
                        + "updated_at = excluded.updated_at",
                conversation.checkInId(), memberId, conversation.state(), conversation.promptIndex(),
                conversation.frontier(),
                conversation.pausedFrom() == null ? Sql.Null.TEXT : conversation.pausedFrom(),
                TextSets.join(conversation.firedRules()), conversation.updatedAt());
    }

    Optional<Conversation> find(long checkInId, MemberRef member) {
        return sql.one("find conversation of " + member.userId() + " in check-in " + checkInId,
                SELECT + "WHERE c.check_in_id = ? AND " + PeopleRows.MEMBER_IS, ConversationRows::conversation,
                checkInId, member.tenant().platform(), member.tenant().id(), member.userId());
    }

    /** The check-in's conversations in the order they started. */
    List<Conversation> ofCheckIn(long checkInId) {
        return sql.list("list conversations of check-in " + checkInId,
                SELECT + "WHERE c.check_in_id = ? ORDER BY c.id", ConversationRows::conversation, checkInId);
    }

    /** The profiles of the check-in's members in the order their conversations started. */
    List<MemberProfile> askedIn(long checkInId) {
        return sql.list("list members asked in check-in " + checkInId,
                "SELECT " + PeopleRows.MEMBER_COLUMNS + " FROM conversations c JOIN members m ON m.id = c.member_id "
                        + "WHERE c.check_in_id = ? ORDER BY c.id", PeopleRows::profile, checkInId);
    }

    List<Conversation> openOf(MemberRef member) {
        return sql.list("list open conversations of " + member.userId(),
                SELECT + "JOIN check_ins ci ON ci.id = c.check_in_id WHERE " + CheckInRows.CI_IS_OPEN + " AND " + PeopleRows.MEMBER_IS
                        + " ORDER BY c.updated_at DESC, c.id DESC",
                ConversationRows::conversation,
                member.tenant().platform(), member.tenant().id(), member.userId());
    }

    private static Conversation conversation(ResultSet row) throws SQLException {
        String pausedFrom = row.getString("paused_from");
        return new Conversation(row.getLong("check_in_id"), PeopleRows.ref(row),
                ConversationState.valueOf(row.getString("state")), row.getInt("prompt_index"), row.getInt("frontier"),
                pausedFrom == null ? null : ConversationState.valueOf(pausedFrom),
                TextSets.split(row.getString("fired_rules")), Sql.instant(row, "updated_at"));
    }
}
