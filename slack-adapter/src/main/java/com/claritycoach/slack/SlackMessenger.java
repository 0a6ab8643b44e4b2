package com.claritycoach.slack;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.message.Destination.ChannelPost;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.message.Destination.PrivateReply;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart.ExportPart;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.slack.BlockKitRenderer.SlackMessage;
import com.claritycoach.slack.web.FileShare;
import com.claritycoach.slack.web.FormPoster;
import com.claritycoach.slack.web.WebApi;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.methods.Methods;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the coach's messages with the Web API: a DM is {@code conversations.open} then
 * {@code chat.postMessage}, a channel post is {@code chat.postMessage}, an export is first shared as a
 * CSV file ({@link FileShare}) in the DM, a private reply is
 * {@code chat.postEphemeral} (or a DM when the command came from a conversation the coach is not in).
 * Slack has no idempotency key for posts, so a crash between posting and marking the outbox row sent
 * can show a message twice; every other failure is classified for the outbox by {@link WebApi}.
 */
public final class SlackMessenger implements Messenger {
    private static final Logger LOG = LoggerFactory.getLogger(SlackMessenger.class);
    /** Where an ephemeral reply cannot go, the caller gets it by DM instead. */
    private static final Set<String> CANNOT_REPLY_HERE = Set.of("not_in_channel", "channel_not_found",
            "user_not_in_channel");

    private final Slack slack;
    private final BotTokens tokens;
    private final BlockKitRenderer renderer;
    private final FormPoster forms;
    private final FileShare files;
    private final Cache<MemberRef, String> dmChannels =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofDays(1)).build();

    public SlackMessenger(Slack slack, BotTokens tokens, BlockKitRenderer renderer) {
        this.slack = slack;
        this.tokens = tokens;
        this.renderer = renderer;
        this.forms = new FormPoster(slack);
        this.files = new FileShare(slack);
    }

    @Override
    public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
        Destination to = message.to();
        String token = tokens.botToken(to.tenant()).orElseThrow(() -> DeliveryException.permanent(
                "the coach is not installed in Slack workspace " + to.tenant().id()));
        SlackMessage rendered = renderer.render(message);
        if (to instanceof DirectMessage dm) {
            String channel = dmChannel(token, dm.member());
            shareExport(token, channel, message);
            post(token, channel, rendered);
        } else if (to instanceof ChannelPost post) {
            shareExport(token, post.team().channelId(), message);
            post(token, post.team().channelId(), rendered);
            message.part(SummaryPart.class)
                    .filter(summary -> summary.chartPng() != null && summary.chartPng().length > 0)
                    .ifPresent(summary -> uploadChart(slack.methods(token), post.team().channelId(), summary));
        } else if (to instanceof PrivateReply reply) {
            privateReply(token, reply, rendered);
        }
    }

    /**
     * Shares an export as a file before the message that announces it, so the message never promises a
     * file that is not there; a retry after a failed post shares the file again.
     */
    private void shareExport(String token, String channel, OutboundMessage message) throws DeliveryException {
        Optional<ExportPart> export = message.part(ExportPart.class);
        if (export.isPresent()) {
            files.share(token, channel, new FileShare.SharedFile(export.get().fileName(), export.get().fileName(),
                    "text/csv", export.get().bytes()));
        }
    }

    private void privateReply(String token, PrivateReply reply, SlackMessage rendered)
            throws DeliveryException {
        String channel = reply.team().channelId();
        ChatPostEphemeralRequest request = ChatPostEphemeralRequest.builder().channel(channel)
                .user(reply.member().userId()).text(rendered.text()).blocks(rendered.blocks()).build();
        var response = WebApi.call("chat.postEphemeral " + channel, () -> forms.post(token, Methods.CHAT_POST_EPHEMERAL,
                RequestFormBuilder.toForm(request), ChatPostEphemeralResponse.class), CANNOT_REPLY_HERE);
        if (!response.isOk()) {
            LOG.info("Replying by DM instead: {}", WebApi.explain(response.getError()));
            post(token, dmChannel(token, reply.member()), rendered);
        }
    }

    private void post(String token, String channel, SlackMessage rendered) throws DeliveryException {
        ChatPostMessageRequest request = ChatPostMessageRequest.builder().channel(channel).text(rendered.text())
                .blocks(rendered.blocks()).mrkdwn(false).unfurlLinks(false).unfurlMedia(false).build();
        WebApi.call("chat.postMessage " + channel, () -> forms.post(token, Methods.CHAT_POST_MESSAGE,
                RequestFormBuilder.toForm(request), ChatPostMessageResponse.class));
    }

    private String dmChannel(String token, MemberRef member) throws DeliveryException {
        String cached = dmChannels.getIfPresent(member);
        if (cached != null) {
            return cached;
        }
        ConversationsOpenRequest request = ConversationsOpenRequest.builder().users(List.of(member.userId())).build();
        String channel = WebApi.call("conversations.open " + member.userId(), () -> forms.post(token,
                Methods.CONVERSATIONS_OPEN, RequestFormBuilder.toForm(request), ConversationsOpenResponse.class))
                .getChannel().getId();
        dmChannels.put(member, channel);
        return channel;
    }

    /** The chart is a nice-to-have: the summary is already posted, so a failed upload is logged, not retried. */
    private static void uploadChart(MethodsClient client, String channel, SummaryPart summary) {
        try {
            var response = client.filesUploadV2(r -> r.channel(channel).fileData(summary.chartPng())
                    .filename("alignment-trend.png").title("Alignment trend").altTxt("Alignment trend chart")
                    .requestFileInfo(false));
            if (!response.isOk()) {
                LOG.warn("Could not upload the alignment chart to {}: {}", channel, response.getError());
            }
        } catch (IOException | SlackApiException | SlackFilesUploadV2Exception e) {
            LOG.warn("Could not upload the alignment chart to {}: {}", channel, e.toString());
        }
    }
}
