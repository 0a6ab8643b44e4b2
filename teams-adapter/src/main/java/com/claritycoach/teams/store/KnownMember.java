package com.claritycoach.teams.store;

import java.util.Optional;

/**
 * A person the adapter has seen: the name Teams gave, the time zone their client reported, and their
 * personal chat with the coach once one exists.
 */
public record KnownMember(String tenantId, String userId, String displayName, String timeZone, String chatId) {

    public Optional<String> chat() {
        return Optional.ofNullable(chatId);
    }
}
