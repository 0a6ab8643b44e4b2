package com.claritycoach.slack;

import com.claritycoach.core.port.InboundSink;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MemberLeft;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.slack.oauth.JdbcInstallationService;
import com.claritycoach.slack.web.WebApi;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Slack's events, the {@code /coach} command and button clicks (the coach's steering buttons, and
 * Same / Different under a summary's undecided pairs) to the core's {@code Inbound} records. Events are acked after the engine committed them; the slash command is acked at once and
 * run in the background, because building a roster can take longer than Slack's three seconds.
 */
final class SlackHandlers {
    static final String COMMAND = "/coach";
    private static final Logger LOG = LoggerFactory.getLogger(SlackHandlers.class);
    private static final Pattern BUTTONS = Pattern.compile(Arrays.stream(ButtonAction.values())
            .map(a -> Pattern.quote(a.id())).collect(Collectors.joining("|", "^(", ")$")));

    /** What Slack sends as {@code channel_name} for conversations that have no name of their own. */
    private static final Set<String> PLACEHOLDER_CHANNEL_NAMES = Set.of("directmessage", "privategroup", "mpdm");

    private final InboundSink sink;
    private final SlackDirectory directory;
    private final SlackHomeViews home;
    private final JdbcInstallationService installations;
    private final Executor background;

    SlackHandlers(InboundSink sink, SlackDirectory directory, SlackHomeViews home,
                  JdbcInstallationService installations, Executor background) {
        this.sink = sink;
        this.directory = directory;
        this.home = home;
        this.installations = installations;
        this.background = background;
    }

    void register(App app) {
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            if (!allPresent(p.getChannelId(), p.getUserId())) {
                return ctx.ack();
            }
            CommandIssued command = new CommandIssued(SlackTenants.team(ctx, p.getChannelId()),
                    SlackTenants.member(ctx, p.getUserId()), p.getText(), p.getTriggerId());
            String channelName = p.getChannelName();
            background.execute(() -> runCommand(command, channelName, ctx));
            return ctx.ack();
        });

        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if ("im".equals(e.getChannelType()) && e.getBotId() == null && allPresent(e.getUser())) {
                handle(new MessageReceived(SlackTenants.member(ctx, e.getUser()), SlackText.unescape(e.getText()),
                        e.getTs(), SlackDeliveryIds.message(e.getChannel(), e.getTs(), payload.getEventId())));
            }
            return ctx.ack();
        });

        app.event(MessageChangedEvent.class, (payload, ctx) -> {
            MessageChangedEvent e = payload.getEvent();
            MessageChangedEvent.Message m = e.getMessage();
            if ("im".equals(e.getChannelType()) && m != null && m.getBotId() == null && allPresent(m.getUser(), m.getTs())) {
                handle(new MessageEdited(SlackTenants.member(ctx, m.getUser()), m.getTs(),
                        SlackText.unescape(m.getText()), SlackDeliveryIds.edit(e.getChannel(), e.getTs(),
                        payload.getEventId())));
            }
            return ctx.ack();
        });

        app.blockAction(BUTTONS, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            if (p.getUser() == null || !allPresent(p.getUser().getId()) || p.getActions() == null) {
                return ctx.ack();
            }
            MemberRef by = SlackTenants.member(ctx, p.getUser().getId());
            for (BlockActionPayload.Action action : p.getActions()) {
                ButtonAction.fromId(action.getActionId()).ifPresent(a -> handle(
                        new ButtonClicked(by, a, action.getValue(), p.getTriggerId() + ":" + a.id())));
            }
            return ctx.ack();
        });

        app.blockAction(PairButtonValue.ACTIONS, (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            if (p.getUser() == null || !allPresent(p.getUser().getId()) || p.getActions() == null) {
                return ctx.ack();
            }
            MemberRef by = SlackTenants.member(ctx, p.getUser().getId());
            for (BlockActionPayload.Action action : p.getActions()) {
                Optional<PairVerdict> verdict = PairButtonValue.verdict(action.getActionId());
                Optional<PairButtonValue> pair = PairButtonValue.read(action.getValue());
                if (verdict.isPresent() && pair.isPresent()) {
                    handle(new PairButtonClicked(SlackTenants.team(ctx, pair.get().team()), by, verdict.get(),
                            pair.get().first(), pair.get().second(), p.getTriggerId() + ":" + action.getActionId()));
                }
            }
            return ctx.ack();
        });

        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            if (!allPresent(e.getUser(), e.getChannel())) {
                return ctx.ack();
            }
            directory.profile(SlackTenants.member(ctx, e.getUser())).ifPresent(profile -> handle(
                    new MemberJoined(SlackTenants.team(ctx, e.getChannel()), profile, payload.getEventId())));
            return ctx.ack();
        });

        app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
            MemberLeftChannelEvent e = payload.getEvent();
            if (!allPresent(e.getUser(), e.getChannel())) {
                return ctx.ack();
            }
            handle(new MemberLeft(SlackTenants.team(ctx, e.getChannel()), SlackTenants.member(ctx, e.getUser()),
                    payload.getEventId()));
            return ctx.ack();
        });

        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            if ("home".equals(e.getTab()) && allPresent(e.getUser())) {
                MemberRef member = SlackTenants.member(ctx, e.getUser());
                MethodsClient client = ctx.client();
                background.execute(() -> publishHome(client, member));
            }
            return ctx.ack();
        });

        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TenantRef tenant = SlackTenants.tenant(ctx);
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                LOG.warn("Slack revoked the coach's bot token in {}", tenant.id());
                if (installations != null) {
                    for (String botUser : tokens.getBot()) {
                        forgetBot(tenant, botUser);
                    }
                }
                directory.forget(tenant);
            }
            return ctx.ack();
        });

        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            TenantRef tenant = SlackTenants.tenant(ctx);
            LOG.warn("The coach was uninstalled from {}", tenant.id());
            if (installations != null) {
                installations.deleteAll(ctx.getEnterpriseId(), ctx.isEnterpriseInstall() ? null : ctx.getTeamId());
            }
            directory.forget(tenant);
            return ctx.ack();
        });
    }

    /**
     * Whether a request carries every id the coach needs to know who and where. One that does not
     * is acknowledged and ignored: failing it would only make Slack retry a request that can never
     * succeed.
     */
    private static boolean allPresent(String... ids) {
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void handle(Inbound inbound) {
        sink.accept(inbound);
        sink.committed();
    }

    private void runCommand(CommandIssued command, String channelName, SlashCommandContext ctx) {
        try {
            if (channelName != null && !channelName.isBlank() && !PLACEHOLDER_CHANNEL_NAMES.contains(channelName)) {
                sink.nameTeam(command.team(), "#" + channelName);
            }
            handle(command);
        } catch (SlackDirectoryException e) {
            respond(ctx, "I could not read this channel's members: " + e.getMessage() + ".");
        } catch (RuntimeException e) {
            LOG.error("The /coach command failed in {}", command.team().channelId(), e);
            respond(ctx, "Sorry, I could not do that just now. Nothing was changed; please try again in a minute.");
        }
    }

    private static void respond(SlashCommandContext ctx, String text) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(SlackText.escape(text)));
        } catch (IOException e) {
            LOG.warn("Could not tell the member that their command failed: {}", e.toString());
        }
    }

    private void publishHome(MethodsClient client, MemberRef member) {
        try {
            View view = home.homeFor(member);
            WebApi.call("views.publish " + member.userId(),
                    () -> client.viewsPublish(r -> r.userId(member.userId()).view(view)));
        } catch (DeliveryException | RuntimeException e) {
            LOG.warn("Could not publish the App Home of {}: {}", member.userId(), e.getMessage());
        }
    }

    private void forgetBot(TenantRef tenant, String botUser) {
        try {
            installations.deleteByBotUser(tenant.id(), botUser);
        } catch (SQLException e) {
            LOG.error("Could not delete the revoked installation of {}", tenant.id(), e);
        }
    }
}
