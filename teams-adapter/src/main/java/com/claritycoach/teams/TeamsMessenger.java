package com.claritycoach.teams;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.Destination.ChannelPost;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.message.Destination.PrivateReply;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.teams.card.AdaptiveCardRenderer;
import com.claritycoach.teams.store.KnownMember;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.claritycoach.teams.store.TenantRoute;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;

/**
 * Sends the coach's messages as Adaptive Cards: a prompt or note to a member goes to their personal
 * chat (created the first time and remembered), a channel post starts a new thread in the channel, and
 * a private reply goes under the thread where the member gave their command (or to their personal chat
 * when there is none). The Bot Framework takes no idempotency key, so a crash between sending and
 * marking the outbox row sent can show a message twice.
 */
public final class TeamsMessenger implements Messenger {
    private final Connector connector;
    private final TeamsAddressBook addressBook;
    private final AdaptiveCardRenderer renderer;

    TeamsMessenger(Connector connector, TeamsAddressBook addressBook, AdaptiveCardRenderer renderer) {
        this.connector = connector;
        this.addressBook = addressBook;
        this.renderer = renderer;
    }

    @Override
    public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
        Destination to = message.to();
        TenantRoute route = route(to.tenant());
        if (to instanceof DirectMessage dm) {
            direct(route, dm.member(), message);
        } else if (to instanceof ChannelPost post) {
            connector.in(route, post.team().channelId(), null,
                    turn -> turn.sendActivity(activity(message)), "posting to channel " + post.team().channelId());
        } else if (to instanceof PrivateReply reply) {
            Optional<TeamsAddressBook.Thread> thread = addressBook.thread(route.tenantId(), reply.team().channelId(),
                    reply.member().userId());
            if (thread.isPresent()) {
                connector.in(route, thread.get().conversationId(), thread.get().messageId(),
                        turn -> turn.sendActivity(activity(message)), "replying in channel " + reply.team().channelId());
            } else {
                direct(route, reply.member(), message);
            }
        }
    }

    private void direct(TenantRoute route, MemberRef member, OutboundMessage message) throws DeliveryException {
        String what = "messaging " + member.userId();
        Optional<String> chat = addressBook.member(route.tenantId(), member.userId()).flatMap(KnownMember::chat);
        if (chat.isPresent()) {
            try {
                connector.in(route, chat.get(), null, turn -> turn.sendActivity(activity(message)), what);
                return;
            } catch (DeliveryException e) {
                if (!Connector.conversationGone(e)) {
                    throw e;
                }
            }
        }
        String created = connector.createPersonalChat(route, member.userId(),
                turn -> turn.sendActivity(activity(message)), what);
        if (created != null) {
            addressBook.rememberChat(route.tenantId(), member.userId(), created);
        }
    }

    private Activity activity(OutboundMessage message) {
        return renderer.render(message).toActivity();
    }

    private TenantRoute route(TenantRef tenant) throws DeliveryException {
        return addressBook.tenant(tenant.id()).orElseThrow(() -> DeliveryException.permanent(
                "the coach has not heard from Teams tenant " + tenant.id() + " yet, so it does not know where to send"));
    }
}
