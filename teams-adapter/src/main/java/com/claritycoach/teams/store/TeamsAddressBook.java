package com.claritycoach.teams.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Remembers, in the coach's database, what the Bot Framework only tells us inside a turn, so that
 * scheduled check-ins, reminders and summaries can reach people later and from any instance. Every
 * write is one idempotent upsert; nothing here holds member answers.
 */
public final class TeamsAddressBook {
    private static final int LOOKUP_CHUNK = 500;

    /** Where a reply under a member's command goes: the thread's conversation and its first message. */
    public record Thread(String conversationId, String messageId) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    /**
     * What this instance last wrote for a tenant's route, a member or a member's chat: every activity
     * carries them, and writing the same values again would put two or three extra writes outside the
     * engine's write queue on the path of every answer.
     */
    private final Cache<String, List<Object>> lastWritten = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    public TeamsAddressBook(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void rememberTenant(TenantRoute route) {
        if (unchanged("tenant|" + route.tenantId(), route.serviceUrl(), route.botId(), route.botName())) {
            return;
        }
        update("""
                INSERT INTO teams_tenant (tenant_id, service_url, bot_id, bot_name, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET service_url = excluded.service_url, bot_id = excluded.bot_id,
                  bot_name = COALESCE(excluded.bot_name, teams_tenant.bot_name), updated_at = excluded.updated_at
                """, route.tenantId(), route.serviceUrl(), route.botId(), route.botName(), now());
        wrote("tenant|" + route.tenantId(), route.serviceUrl(), route.botId(), route.botName());
    }

    public Optional<TenantRoute> tenant(String tenantId) {
        return queryOne("SELECT tenant_id, service_url, bot_id, bot_name FROM teams_tenant WHERE tenant_id = ?",
                rs -> new TenantRoute(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), tenantId);
    }

    /**
     * @param teamId the Teams team the channel belongs to, or null for a group chat
     * @param name the channel's or team's name when Teams said it, else null (a known name is kept)
     */
    public void rememberChannel(String tenantId, String channelId, String teamId, String name) {
        update("""
                INSERT INTO teams_channel (tenant_id, channel_id, team_id, name, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
                  team_id = COALESCE(excluded.team_id, teams_channel.team_id),
                  name = COALESCE(excluded.name, teams_channel.name), updated_at = excluded.updated_at
                """, tenantId, channelId, teamId, name, now());
    }

    /** The name Teams gave a channel (a Teams team's own id names its General channel and the team). */
    public Optional<String> channelName(String tenantId, String channelId) {
        return queryOne("SELECT name FROM teams_channel WHERE tenant_id = ? AND channel_id = ?",
                rs -> rs.getString(1), tenantId, channelId);
    }

    /** The Teams team whose roster is the channel's, if the channel belongs to one. */
    public Optional<String> teamOf(String tenantId, String channelId) {
        return queryOne("SELECT team_id FROM teams_channel WHERE tenant_id = ? AND channel_id = ?",
                rs -> rs.getString(1), tenantId, channelId);
    }

    /** The coached channels of one Teams team: a member added to the team joins each of them. */
    public List<String> channelsOf(String tenantId, String teamId) {
        return query("SELECT channel_id FROM teams_channel WHERE tenant_id = ? AND team_id = ? ORDER BY channel_id",
                rs -> rs.getString(1), tenantId, teamId);
    }

    /** Records a name or time zone; a null value keeps what was known. */
    public void rememberMember(String tenantId, String userId, String displayName, String timeZone) {
        if (unchanged(memberKey(tenantId, userId), displayName, timeZone)) {
            return;
        }
        update("""
                INSERT INTO teams_member (tenant_id, user_id, display_name, time_zone, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, user_id) DO UPDATE SET
                  display_name = COALESCE(excluded.display_name, teams_member.display_name),
                  time_zone = COALESCE(excluded.time_zone, teams_member.time_zone), updated_at = excluded.updated_at
                """, tenantId, userId, displayName, timeZone, now());
        wrote(memberKey(tenantId, userId), displayName, timeZone);
    }

    /** Records the names of a whole roster in one transaction; time zones and chats are kept. */
    public void rememberNames(String tenantId, Map<String, String> namesById) {
        namesById.keySet().forEach(userId -> lastWritten.invalidate(memberKey(tenantId, userId)));
        String sql = """
                INSERT INTO teams_member (tenant_id, user_id, display_name, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, user_id) DO UPDATE SET
                  display_name = COALESCE(excluded.display_name, teams_member.display_name), updated_at = excluded.updated_at
                """;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                long now = now();
                for (Map.Entry<String, String> entry : namesById.entrySet()) {
                    bind(ps, tenantId, entry.getKey(), entry.getValue(), now);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The Teams address book could not be written: " + e.getMessage(), e);
        }
    }

    public void rememberChat(String tenantId, String userId, String chatId) {
        if (unchanged("chat|" + tenantId + "|" + userId, chatId)) {
            return;
        }
        update("""
                INSERT INTO teams_member (tenant_id, user_id, chat_id, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (tenant_id, user_id) DO UPDATE SET chat_id = excluded.chat_id, updated_at = excluded.updated_at
                """, tenantId, userId, chatId, now());
        wrote("chat|" + tenantId + "|" + userId, chatId);
    }

    public Optional<KnownMember> member(String tenantId, String userId) {
        return queryOne("SELECT tenant_id, user_id, display_name, time_zone, chat_id FROM teams_member "
                + "WHERE tenant_id = ? AND user_id = ?", TeamsAddressBook::knownMember, tenantId, userId);
    }

    /** Forgets what Teams told us about a person, except the id of their personal chat with the coach. */
    public void forgetMember(String tenantId, String userId) {
        lastWritten.invalidate(memberKey(tenantId, userId));
        update("UPDATE teams_member SET display_name = NULL, time_zone = NULL, updated_at = ? WHERE tenant_id = ? AND user_id = ?",
                now(), tenantId, userId);
        update("DELETE FROM teams_thread WHERE tenant_id = ? AND user_id = ?", tenantId, userId);
    }

    /** The known members among {@code userIds}, read a few hundred at a time. */
    public Map<String, KnownMember> members(String tenantId, List<String> userIds) {
        Map<String, KnownMember> found = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = userIds.subList(from, Math.min(userIds.size(), from + LOOKUP_CHUNK));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = tenantId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            for (KnownMember member : query("SELECT tenant_id, user_id, display_name, time_zone, chat_id FROM teams_member "
                    + "WHERE tenant_id = ? AND user_id IN (" + marks + ")", TeamsAddressBook::knownMember, args)) {
                found.put(member.userId(), member);
            }
        }
        return found;
    }

    /**
     * The thread a member last gave a command in, where private replies to them in that channel go.
     *
     * @param conversationId the conversation as Teams sent it (in a channel it names the thread)
     * @param messageId the thread's first message, which replies answer
     */
    public void rememberThread(String tenantId, String channelId, String userId, String conversationId, String messageId) {
        update("""
                INSERT INTO teams_thread (tenant_id, channel_id, user_id, conversation_id, message_id, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, channel_id, user_id) DO UPDATE SET conversation_id = excluded.conversation_id,
                  message_id = excluded.message_id, updated_at = excluded.updated_at
                """, tenantId, channelId, userId, conversationId, messageId, now());
    }

    public Optional<Thread> thread(String tenantId, String channelId, String userId) {
        return queryOne("SELECT conversation_id, message_id FROM teams_thread "
                        + "WHERE tenant_id = ? AND channel_id = ? AND user_id = ?",
                rs -> new Thread(rs.getString(1), rs.getString(2)), tenantId, channelId, userId);
    }

    private static KnownMember knownMember(ResultSet rs) throws SQLException {
        return new KnownMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    /** Whether these values were the last ones this instance wrote under the key. */
    private boolean unchanged(String key, Object... values) {
        return Arrays.asList(values).equals(lastWritten.getIfPresent(key));
    }

    private void wrote(String key, Object... values) {
        lastWritten.put(key, Arrays.asList(values));
    }

    private static String memberKey(String tenantId, String userId) {
        return "member|" + tenantId + "|" + userId;
    }

    private long now() {
        return clock.millis();
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private void update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The Teams address book could not be written: " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> queryOne(String sql, Row<T> row, Object... args) {
        List<T> rows = query(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The Teams address book could not be read: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }
}
