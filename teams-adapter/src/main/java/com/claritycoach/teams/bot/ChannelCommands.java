package com.claritycoach.teams.bot;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.teams.card.PairSubmit;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;

/**
 * {@code @Clarity Coach <command>} in a channel or group chat: the mention is stripped and the rest is
 * a core team command; a card's Same or Different ({@code Action.Submit}, a message with a value and no
 * text) is a decision about the pair it names. The channel is remembered with its Teams team (whose roster is the channel's)
 * and the thread, so that replies to the person who asked land under their message.
 */
final class ChannelCommands {
    private final InboundSink sink;
    private final TeamsAddressBook addressBook;

    ChannelCommands(InboundSink sink, TeamsAddressBook addressBook) {
        this.sink = sink;
        this.addressBook = addressBook;
    }

    void message(Activity activity, TenantRef tenant) {
        if (activity.getValue() != null && (activity.getText() == null || activity.getText().isBlank())) {
            PairSubmit.read(activity.getValue()).ifPresent(pair -> pairClicked(activity, tenant, pair));
            return;
        }
        if (!mentionsBot(activity)) {
            return;
        }
        TeamRef team = TeamsActivities.team(tenant, activity);
        MemberRef by = TeamsActivities.member(tenant, activity.getFrom());
        String teamsTeamId = TeamsActivities.teamsTeamId(activity);
        String channelName = TeamsActivities.channelName(activity);
        addressBook.rememberChannel(tenant.id(), team.channelId(), teamsTeamId, channelName);
        nameTeam(tenant, team, teamsTeamId, channelName);
        addressBook.rememberThread(tenant.id(), team.channelId(), by.userId(), activity.getConversation().getId(),
                TeamsActivities.threadRoot(activity));
        addressBook.rememberMember(tenant.id(), by.userId(), activity.getFrom().getName(), null);
        String text = Activity.removeRecipientMentionImmutable(activity);
        sink.accept(new CommandIssued(team, by, clean(text), TeamsActivities.deliveryId(activity, null)));
    }

    /**
     * Same or Different under a summary's pair. The thread is remembered so that what the coach says to
     * the clicker alone lands under the summary.
     */
    private void pairClicked(Activity activity, TenantRef tenant, PairSubmit pair) {
        TeamRef team = new TeamRef(tenant, pair.team());
        MemberRef by = TeamsActivities.member(tenant, activity.getFrom());
        addressBook.rememberThread(tenant.id(), team.channelId(), by.userId(), activity.getConversation().getId(),
                TeamsActivities.threadRoot(activity));
        addressBook.rememberMember(tenant.id(), by.userId(), activity.getFrom().getName(), null);
        sink.accept(new PairButtonClicked(team, by, pair.verdict(), pair.first(), pair.second(),
                TeamsActivities.deliveryId(activity, null)));
    }

    /**
     * Offers the engine a readable name before the team's first command: the channel's own name when
     * Teams sends it, else the name of the Teams team it belongs to.
     */
    private void nameTeam(TenantRef tenant, TeamRef team, String teamsTeamId, String channelName) {
        String name = channelName;
        if (name == null && teamsTeamId != null) {
            name = addressBook.channelName(tenant.id(), teamsTeamId).orElse(null);
        }
        if (name != null && !name.isBlank()) {
            sink.nameTeam(team, name);
        }
    }

    /** In channels Teams only sends messages that mention the bot; other chats may carry any message. */
    private static boolean mentionsBot(Activity activity) {
        if (activity.getRecipient() == null || activity.getMentions() == null) {
            return false;
        }
        for (Mention mention : activity.getMentions()) {
            if (mention.getMentioned() != null && activity.getRecipient().getId().equals(mention.getMentioned().getId())) {
                return true;
            }
        }
        return false;
    }

    /** Teams may leave non-breaking spaces and an HTML space entity around the removed mention. */
    private static String clean(String text) {
        return text == null ? "" : text.replace("&nbsp;", " ").replace('\u00a0', ' ').strip();
    }
}
