package com.claritycoach.teams.bot;

import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.teams.card.AdaptiveCardRenderer;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.store.TenantRoute;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.connector.Channels;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach as a Bot Framework bot: each activity is handed to one small translator by its kind and
 * conversation, and the engine's step is committed before the turn ends (so Teams gets its answer only
 * once the member's words are safe). Activities from other channels than Teams, or without a tenant,
 * are acknowledged and ignored.
 */
public final class CoachBot implements Bot {
    private static final Logger LOG = LoggerFactory.getLogger(CoachBot.class);

    private final InboundSink sink;
    private final TeamsAddressBook addressBook;
    private final AdaptiveCardRenderer renderer;
    private final PersonalChat personal;
    private final ChannelCommands commands;
    private final MembershipChanges memberships;

    public CoachBot(InboundSink sink, TeamsAddressBook addressBook, AdaptiveCardRenderer renderer) {
        this.sink = sink;
        this.addressBook = addressBook;
        this.renderer = renderer;
        this.personal = new PersonalChat(sink, addressBook);
        this.commands = new ChannelCommands(sink, addressBook);
        this.memberships = new MembershipChanges(sink, addressBook);
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (ActivityTypes.INVOKE.equals(activity.getType())) {
            acknowledgeInvoke(turn);
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> tenantId = TeamsActivities.tenantId(activity);
        if (!Channels.MSTEAMS.equals(activity.getChannelId()) || tenantId.isEmpty()
                || activity.getConversation() == null || !TeamsActivities.notBlank(activity.getConversation().getId())
                || activity.getFrom() == null || !TeamsActivities.notBlank(activity.getFrom().getId())) {
            LOG.debug("Ignoring a {} activity without a Teams tenant, conversation or sender", activity.getType());
            return CompletableFuture.completedFuture(null);
        }
        TenantRef tenant = TeamsActivities.tenant(tenantId.get());
        rememberRoute(activity, tenant);
        TurnReply reply = text -> say(turn, text);
        switch (activity.getType() == null ? "" : activity.getType()) {
            case ActivityTypes.MESSAGE -> {
                if (TeamsActivities.personal(activity)) {
                    personal.message(activity, tenant, reply);
                } else {
                    commands.message(activity, tenant);
                }
            }
            case ActivityTypes.MESSAGE_UPDATE -> {
                if (TeamsActivities.personal(activity)) {
                    personal.edit(activity, tenant);
                }
            }
            case ActivityTypes.CONVERSATION_UPDATE -> memberships.update(activity, tenant,
                    userId -> displayName(turn, userId), reply);
            default -> LOG.debug("Ignoring a {} activity", activity.getType());
        }
        sink.committed();
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The coach offers no invoke actions (its cards use {@code Action.Submit}); any invoke is answered
     * 200 with no body rather than the SDK's 501, so a stray one never looks like a server failure.
     */
    private static void acknowledgeInvoke(TurnContext turn) {
        Activity response = new Activity(ActivityTypes.INVOKE_RESPONSE);
        response.setValue(new InvokeResponse(HttpURLConnection.HTTP_OK, null));
        turn.sendActivity(response).join();
    }

    private void rememberRoute(Activity activity, TenantRef tenant) {
        if (activity.getServiceUrl() != null && activity.getRecipient() != null && activity.getRecipient().getId() != null) {
            addressBook.rememberTenant(new TenantRoute(tenant.id(), activity.getServiceUrl(),
                    activity.getRecipient().getId(), activity.getRecipient().getName()));
        }
    }

    /** A reply in the same conversation; a failure is logged, since nothing depends on it. */
    private void say(TurnContext turn, String text) {
        try {
            turn.sendActivity(renderer.render(text, List.of()).toActivity()).join();
        } catch (RuntimeException e) {
            LOG.warn("Could not reply in conversation: {}", e.getMessage());
        }
    }

    private static Optional<String> displayName(TurnContext turn, String userId) {
        try {
            return Optional.ofNullable(TeamsInfo.getMember(turn, userId).join().getName());
        } catch (RuntimeException e) {
            LOG.debug("Teams did not say who {} is: {}", userId, e.getMessage());
            return Optional.empty();
        }
    }
}
