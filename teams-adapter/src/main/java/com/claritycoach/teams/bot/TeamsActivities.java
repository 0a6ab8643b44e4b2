package com.claritycoach.teams.bot;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.teams.TeamInfo;
import com.microsoft.bot.schema.teams.TeamsChannelData;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads the coach's identities out of a Teams activity. A team is the Teams channel (or group chat) a
 * command came from; a thread's root message id is part of a channel conversation id
 * ({@code 19:…@thread.tacv2;messageid=…}) and is cut off to name the channel itself.
 */
public final class TeamsActivities {
    private static final String MESSAGE_ID_SUFFIX = ";messageid=";

    private TeamsActivities() {
    }

    public static TenantRef tenant(String tenantId) {
        return new TenantRef(Platform.TEAMS, tenantId);
    }

    /** The Entra tenant the activity comes from, if Teams said. */
    public static Optional<String> tenantId(Activity activity) {
        if (activity.getConversation() != null && notBlank(activity.getConversation().getTenantId())) {
            return Optional.of(activity.getConversation().getTenantId());
        }
        TeamsChannelData data = channelData(activity);
        if (data != null && data.getTenant() != null && notBlank(data.getTenant().getId())) {
            return Optional.of(data.getTenant().getId());
        }
        return Optional.empty();
    }

    public static MemberRef member(TenantRef tenant, ChannelAccount account) {
        return new MemberRef(tenant, account.getId());
    }

    public static boolean personal(Activity activity) {
        return activity.getConversation() != null
                && "personal".equalsIgnoreCase(activity.getConversation().getConversationType());
    }

    /**
     * The channel (or group chat) the activity happened in, without any thread suffix. (The SDK's own
     * {@code teamsGetChannelId} throws when an activity has no channel data, so it is read here.)
     */
    public static TeamRef team(TenantRef tenant, Activity activity) {
        TeamsChannelData data = channelData(activity);
        String channel = data == null ? null : data.getTeamsChannelId();
        if (!notBlank(channel) && data != null && data.getChannel() != null) {
            channel = data.getChannel().getId();
        }
        if (!notBlank(channel)) {
            channel = withoutThread(activity.getConversation().getId());
        }
        return new TeamRef(tenant, channel);
    }

    /** The Teams team the activity's channel belongs to; null in group chats. */
    public static String teamsTeamId(Activity activity) {
        TeamInfo team = teamInfo(activity);
        return team != null && notBlank(team.getId()) ? team.getId() : null;
    }

    /** The Teams team the activity comes from, with its name when Teams sends it; null outside teams. */
    public static TeamInfo teamInfo(Activity activity) {
        TeamsChannelData data = channelData(activity);
        if (data == null) {
            return null;
        }
        if (data.getTeam() != null) {
            return data.getTeam();
        }
        return notBlank(data.getTeamsTeamId()) ? new TeamInfo(data.getTeamsTeamId()) : null;
    }

    /** The channel's name, when Teams sends it (it leaves it out for a team's General channel). */
    public static String channelName(Activity activity) {
        TeamsChannelData data = channelData(activity);
        String name = data == null || data.getChannel() == null ? null : data.getChannel().getName();
        return notBlank(name) ? name : null;
    }

    /** The message id of the thread's first message: where a reply to this activity belongs. */
    public static String threadRoot(Activity activity) {
        String conversation = activity.getConversation().getId();
        int at = conversation.indexOf(MESSAGE_ID_SUFFIX);
        return at >= 0 ? conversation.substring(at + MESSAGE_ID_SUFFIX.length()) : activity.getId();
    }

    public static String withoutThread(String conversationId) {
        int at = conversationId.indexOf(MESSAGE_ID_SUFFIX);
        return at >= 0 ? conversationId.substring(0, at) : conversationId;
    }

    /** The time zone the member's Teams client reported, if any and valid. */
    public static Optional<ZoneId> clientTimeZone(Activity activity) {
        if (activity.getEntities() == null) {
            return Optional.empty();
        }
        for (Entity entity : activity.getEntities()) {
            if ("clientInfo".equals(entity.getType())) {
                JsonNode zone = entity.getProperties().get("timezone");
                if (zone != null && zone.isTextual()) {
                    try {
                        return Optional.of(ZoneId.of(zone.asText()));
                    } catch (DateTimeException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A delivery id unique across conversations (Teams message ids are only unique within one). */
    public static String deliveryId(Activity activity, String suffix) {
        return activity.getConversation().getId() + "|" + activity.getId() + (suffix == null ? "" : "|" + suffix);
    }

    private static TeamsChannelData channelData(Activity activity) {
        if (activity.getChannelData() == null) {
            return null;
        }
        try {
            return activity.getChannelData(TeamsChannelData.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
