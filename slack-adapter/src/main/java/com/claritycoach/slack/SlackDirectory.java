package com.claritycoach.slack;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.port.DeliveryException;
import com.claritycoach.core.port.Directory;
import com.claritycoach.slack.web.FormPoster;
import com.claritycoach.slack.web.WebApi;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.methods.Methods;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.conversations.ConversationsMembersRequest;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.response.conversations.ConversationsMembersResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Channel rosters and profiles from the Web API. A team is a channel's human members: bots,
 * Slackbot and deactivated accounts are left out. Profiles are cached because a roster costs one
 * {@code users.info} per member and Slack rate-limits it; the store keeps the durable copy.
 */
public final class SlackDirectory implements Directory {
    private static final String SLACKBOT = "USLACKBOT";
    private static final int PAGE_SIZE = 200;

    private final FormPoster forms;
    private final BotTokens tokens;
    private final Cache<MemberRef, Optional<MemberProfile>> profiles;

    public SlackDirectory(Slack slack, BotTokens tokens, Duration profileTtl) {
        this.forms = new FormPoster(slack);
        this.tokens = tokens;
        this.profiles = Caffeine.newBuilder().expireAfterWrite(profileTtl).maximumSize(50_000).build();
    }

    @Override
    public List<MemberProfile> roster(TeamRef team) {
        String token = token(team.tenant());
        List<MemberProfile> members = new ArrayList<>();
        String cursor = null;
        do {
            ConversationsMembersRequest request = ConversationsMembersRequest.builder().channel(team.channelId())
                    .limit(PAGE_SIZE).cursor(cursor).build();
            ConversationsMembersResponse response = call("conversations.members " + team.channelId(),
                    () -> forms.post(token, Methods.CONVERSATIONS_MEMBERS, RequestFormBuilder.toForm(request),
                            ConversationsMembersResponse.class));
            for (String userId : response.getMembers()) {
                profile(new MemberRef(team.tenant(), userId)).ifPresent(members::add);
            }
            cursor = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
        } while (cursor != null && !cursor.isBlank());
        return members;
    }

    /** Slack keeps the person's profile; the coach only drops its cached copy. */
    @Override
    public void forget(MemberRef member) {
        profiles.invalidate(member);
    }

    @Override
    public Optional<MemberProfile> profile(MemberRef member) {
        if (member.userId().equals(SLACKBOT)) {
            return Optional.empty();
        }
        Optional<MemberProfile> cached = profiles.getIfPresent(member);
        if (cached != null) {
            return cached;
        }
        Optional<MemberProfile> fresh = lookUp(member);
        profiles.put(member, fresh);
        return fresh;
    }

    /** Forgets cached profiles of a tenant, e.g. after the app was uninstalled there. */
    public void forget(TenantRef tenant) {
        profiles.asMap().keySet().removeIf(ref -> ref.tenant().equals(tenant));
    }

    private Optional<MemberProfile> lookUp(MemberRef member) {
        String token = token(member.tenant());
        UsersInfoRequest request = UsersInfoRequest.builder().user(member.userId()).build();
        User user;
        try {
            user = WebApi.call("users.info " + member.userId(), () -> forms.post(token, Methods.USERS_INFO,
                    RequestFormBuilder.toForm(request), UsersInfoResponse.class)).getUser();
        } catch (DeliveryException e) {
            if (e.isPermanent() && e.getMessage().contains("user_not_found")) {
                return Optional.empty();
            }
            throw new SlackDirectoryException(describe(e), e);
        }
        if (user == null || user.isBot() || user.isDeleted() || user.isAppUser()) {
            return Optional.empty();
        }
        return Optional.of(new MemberProfile(member, displayName(user), zone(user.getTz()),
                user.isAdmin() || user.isOwner() || user.isPrimaryOwner()));
    }

    private static String displayName(User user) {
        if (user.getProfile() != null) {
            String display = user.getProfile().getDisplayName();
            if (display != null && !display.isBlank()) {
                return display;
            }
            String real = user.getProfile().getRealName();
            if (real != null && !real.isBlank()) {
                return real;
            }
        }
        return user.getRealName() != null && !user.getRealName().isBlank() ? user.getRealName() : user.getName();
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private String token(TenantRef tenant) {
        return tokens.botToken(tenant).orElseThrow(() -> new SlackDirectoryException(
                "the coach is not installed in Slack workspace " + tenant.id(), null));
    }

    private static <T extends SlackApiTextResponse> T call(String what, WebApi.Call<T> call) {
        try {
            return WebApi.call(what, call);
        } catch (DeliveryException e) {
            throw new SlackDirectoryException(describe(e), e);
        }
    }

    private static String describe(DeliveryException e) {
        return e.retryAfter()
                .map(wait -> "Slack is busy (rate limited); please try again in " + Math.max(1, wait.toSeconds())
                        + " seconds")
                .orElse(e.getMessage());
    }
}
