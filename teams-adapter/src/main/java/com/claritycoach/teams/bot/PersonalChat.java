package com.claritycoach.teams.bot;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.teams.card.AdaptiveCardRenderer;
import com.claritycoach.teams.store.TeamsAddressBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;

/**
 * A member's personal chat with the coach: typed answers and steering words, edits of earlier
 * answers, and card buttons ({@code Action.Submit} arrives as a message with a {@code value} and no
 * text). Seeing a member here also records their chat, so prompts reach them later.
 */
final class PersonalChat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InboundSink sink;
    private final TeamsAddressBook addressBook;

    PersonalChat(InboundSink sink, TeamsAddressBook addressBook) {
        this.sink = sink;
        this.addressBook = addressBook;
    }

    void message(Activity activity, TenantRef tenant, TurnReply reply) {
        MemberRef from = remember(activity, tenant);
        String text = activity.getText() == null ? "" : Activity.removeRecipientMentionImmutable(activity);
        if (activity.getValue() != null && (text == null || text.isBlank())) {
            Optional<ButtonAction> action = buttonOf(activity.getValue());
            if (action.isEmpty()) {
                reply.say("That button is no longer in use. Type your answer, or \"help\" to see what I can do.");
                return;
            }
            sink.accept(new ButtonClicked(from, action.get(), scopeOf(activity.getValue()),
                    TeamsActivities.deliveryId(activity, null)));
            return;
        }
        sink.accept(new MessageReceived(from, text == null ? "" : text.strip(), activity.getId(),
                TeamsActivities.deliveryId(activity, null)));
    }

    void edit(Activity activity, TenantRef tenant) {
        MemberRef from = remember(activity, tenant);
        if (activity.getId() == null) {
            return;
        }
        sink.accept(new MessageEdited(from, activity.getId(), activity.getText(),
                TeamsActivities.deliveryId(activity, "edit-" + activity.getTimestamp())));
    }

    private MemberRef remember(Activity activity, TenantRef tenant) {
        MemberRef from = TeamsActivities.member(tenant, activity.getFrom());
        addressBook.rememberChat(tenant.id(), from.userId(), activity.getConversation().getId());
        addressBook.rememberMember(tenant.id(), from.userId(), activity.getFrom().getName(),
                TeamsActivities.clientTimeZone(activity).map(Object::toString).orElse(null));
        return from;
    }

    static Optional<ButtonAction> buttonOf(Object value) {
        return text(value, AdaptiveCardRenderer.ACTION_KEY).flatMap(ButtonAction::fromId);
    }

    /** The scope the button was rendered with, or null when it carries none. */
    static String scopeOf(Object value) {
        return text(value, AdaptiveCardRenderer.SCOPE_KEY).orElse(null);
    }

    private static Optional<String> text(Object value, String key) {
        JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
        JsonNode field = node.get(key);
        return field != null && field.isTextual() ? Optional.of(field.asText()) : Optional.empty();
    }
}
