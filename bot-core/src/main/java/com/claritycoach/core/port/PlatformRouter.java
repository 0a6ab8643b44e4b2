package com.claritycoach.core.port;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.message.OutboundMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@link Messenger} and {@link Directory} over several platforms: each call goes to the platform
 * named by the message's or team's tenant, so one engine serves Slack, Teams and the console at once.
 */
public final class PlatformRouter implements Messenger, Directory {
    private final Map<Platform, Messenger> messengers = new EnumMap<>(Platform.class);
    private final Map<Platform, Directory> directories = new EnumMap<>(Platform.class);

    public PlatformRouter register(Platform platform, Messenger messenger, Directory directory) {
        messengers.put(platform, messenger);
        directories.put(platform, directory);
        return this;
    }

    @Override
    public void send(OutboundMessage message, String idempotencyKey) throws DeliveryException {
        Platform platform = message.to().tenant().platform();
        Messenger messenger = messengers.get(platform);
        if (messenger == null) {
            throw DeliveryException.permanent("no messenger is configured for " + platform);
        }
        messenger.send(message, idempotencyKey);
    }

    @Override
    public List<MemberProfile> roster(TeamRef team) {
        Directory directory = directories.get(team.tenant().platform());
        return directory == null ? List.of() : directory.roster(team);
    }

    @Override
    public void forget(MemberRef member) {
        Directory directory = directories.get(member.tenant().platform());
        if (directory != null) {
            directory.forget(member);
        }
    }

    @Override
    public Optional<MemberProfile> profile(MemberRef member) {
        Directory directory = directories.get(member.tenant().platform());
        return directory == null ? Optional.empty() : directory.profile(member);
    }
}
