package com.claritycoach.teams;

import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.teams.store.TenantRoute;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reaches a Teams conversation outside an incoming turn through the SDK (continue a stored
 * conversation, or create a member's personal chat), and turns the connector's failures into the
 * outbox's terms: 429 waits for {@code Retry-After}, 403 and 404 are permanent, the rest is retried.
 */
final class Connector {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final CoachBotAdapter adapter;
    private final String appId;

    Connector(CoachBotAdapter adapter, TeamsOptions options) {
        this.adapter = adapter;
        this.appId = options.authEnabled() ? options.appId() : "";
    }

    /**
     * Runs {@code work} in an existing conversation.
     *
     * @param replyToId the message to reply under (a channel thread's root), or null
     */
    <T> T in(TenantRoute route, String conversationId, String replyToId,
             Function<TurnContext, CompletableFuture<T>> work, String what) throws DeliveryException {
        AtomicReference<T> result = new AtomicReference<>();
        ConversationReference reference = reference(route, conversationId, replyToId);
        await(adapter.continueConversation(appId, reference, turn -> {
            // The SDK gives the continuation a random id and would send everything as a reply to it.
            turn.getActivity().setId(replyToId);
            return work.apply(turn).thenAccept(result::set);
        }), what);
        return result.get();
    }

    /** Creates a personal chat with the member, runs {@code work} in it, and returns the chat's id. */
    String createPersonalChat(TenantRoute route, String userId, Function<TurnContext, CompletableFuture<?>> work,
                              String what) throws DeliveryException {
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(new ChannelAccount(route.botId(), route.botName()));
        parameters.setMembers(List.of(new ChannelAccount(userId)));
        parameters.setTenantId(route.tenantId());
        AtomicReference<String> chatId = new AtomicReference<>();
        await(adapter.createConversation(Channels.MSTEAMS, route.serviceUrl(), adapter.credentials(), parameters,
                turn -> {
                    chatId.set(turn.getActivity().getConversation().getId());
                    return work.apply(turn).thenApply(ignored -> null);
                }), what);
        return chatId.get();
    }

    private static ConversationReference reference(TenantRoute route, String conversationId, String replyToId) {
        ConversationReference reference = new ConversationReference();
        reference.setChannelId(Channels.MSTEAMS);
        reference.setServiceUrl(route.serviceUrl());
        reference.setBot(new ChannelAccount(route.botId(), route.botName()));
        ConversationAccount conversation = new ConversationAccount(conversationId);
        conversation.setTenantId(route.tenantId());
        reference.setConversation(conversation);
        reference.setActivityId(replyToId);
        return reference;
    }

    private static void await(CompletableFuture<?> call, String what) throws DeliveryException {
        try {
            call.join();
        } catch (CompletionException e) {
            throw classify(what, e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            throw classify(what, e);
        }
    }

    static DeliveryException classify(String what, Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RestException rest && rest.response() != null) {
            int status = rest.response().code();
            if (status == 429) {
                return DeliveryException.rateLimited(retryAfter(rest.response().headers().get("Retry-After")));
            }
            if (status == 403 || status == 404) {
                return new DeliveryException(what + ": Teams answered " + status + " (the bot was removed or blocked, "
                        + "or the conversation is gone)", true, null, cause);
            }
            return DeliveryException.transientFailure(what + ": Teams answered " + status, cause);
        }
        return DeliveryException.transientFailure(what + ": " + cause, cause);
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return DEFAULT_RETRY_AFTER;
        }
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /** Whether a failure means the stored conversation is no longer usable (so a new chat may help). */
    static boolean conversationGone(DeliveryException e) {
        return e.isPermanent() && e.getCause() instanceof RestException rest && rest.response() != null
                && rest.response().code() == 404;
    }
}
