package com.claritycoach.teams.bot;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MemberLeft;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.teams.TeamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code conversationUpdate}: the coach added to a team, group chat or personal chat (it greets and
 * remembers where it is), and people added to or removed from a team or group chat (they join or leave
 * every coached channel of that team, so a member added later is asked from the next check-in on).
 */
final class MembershipChanges {
    private final InboundSink sink;
    private final TeamsAddressBook addressBook;

    MembershipChanges(InboundSink sink, TeamsAddressBook addressBook) {
        this.sink = sink;
        this.addressBook = addressBook;
    }

    /** @param names looks up a person's display name (Teams leaves it out of these events) */
    void update(Activity activity, TenantRef tenant, Function<String, Optional<String>> names, TurnReply reply) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        for (ChannelAccount added : listOf(activity.getMembersAdded())) {
            if (!TeamsActivities.notBlank(added.getId())) {
                continue;
            }
            if (added.getId().equals(botId)) {
                coachAdded(activity, tenant, reply);
            } else if (!TeamsActivities.personal(activity)) {
                MemberRef member = TeamsActivities.member(tenant, added);
                String name = added.getName() != null ? added.getName() : names.apply(added.getId()).orElse(null);
                addressBook.rememberMember(tenant.id(), member.userId(), name, null);
                MemberProfile profile = MemberProfile.of(member, name);
                for (TeamRef team : coachedTeams(activity, tenant)) {
                    sink.accept(new MemberJoined(team, profile,
                            TeamsActivities.deliveryId(activity, "added-" + added.getId() + "-" + team.channelId())));
                }
            }
        }
        for (ChannelAccount removed : listOf(activity.getMembersRemoved())) {
            if (!TeamsActivities.notBlank(removed.getId()) || removed.getId().equals(botId)
                    || TeamsActivities.personal(activity)) {
                continue;
            }
            MemberRef member = TeamsActivities.member(tenant, removed);
            for (TeamRef team : coachedTeams(activity, tenant)) {
                sink.accept(new MemberLeft(team, member,
                        TeamsActivities.deliveryId(activity, "removed-" + removed.getId() + "-" + team.channelId())));
            }
        }
    }

    private void coachAdded(Activity activity, TenantRef tenant, TurnReply reply) {
        if (TeamsActivities.personal(activity)) {
            addressBook.rememberChat(tenant.id(), activity.getFrom().getId(), activity.getConversation().getId());
            reply.say(Greeting.forPerson());
            return;
        }
        TeamRef team = TeamsActivities.team(tenant, activity);
        TeamInfo info = TeamsActivities.teamInfo(activity);
        String teamName = info == null ? null : info.getName();
        addressBook.rememberChannel(tenant.id(), team.channelId(), TeamsActivities.teamsTeamId(activity), teamName);
        if (teamName != null && !teamName.isBlank()) {
            sink.nameTeam(team, teamName);
        }
        reply.say(Greeting.forTeam(teamName));
    }

    /** The coached channels a membership change applies to: every one of the Teams team, or the chat. */
    private List<TeamRef> coachedTeams(Activity activity, TenantRef tenant) {
        String teamsTeamId = TeamsActivities.teamsTeamId(activity);
        if (teamsTeamId == null) {
            return List.of(TeamsActivities.team(tenant, activity));
        }
        List<TeamRef> teams = new ArrayList<>();
        for (String channel : addressBook.channelsOf(tenant.id(), teamsTeamId)) {
            teams.add(new TeamRef(tenant, channel));
        }
        return teams;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
