package com.claritycoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A member's place in one check-in.
 *
 * @param promptIndex the prompt being asked (0-based; equals the playbook size when done)
 * @param frontier the furthest prompt reached; after revising an earlier answer the member returns here
 * @param pausedFrom the state to return to on {@code resume} (only set while paused)
 * @param firedRules coaching rules that already fired on the current prompt (each fires once per prompt)
 * @param updatedAt the last step; the member's most recently active conversation receives their messages
 */
public record Conversation(
        long checkInId,
        MemberRef member,
        ConversationState state,
        int promptIndex,
        int frontier,
        ConversationState pausedFrom,
        Set<String> firedRules,
        Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(state, "state");
        firedRules = Set.copyOf(firedRules);
    }

    public static Conversation start(long checkInId, MemberRef member, Instant at) {
        return new Conversation(checkInId, member, ConversationState.ASKING, 0, 0, null, Set.of(), at);
    }

    public boolean isActive() {
        return state == ConversationState.ASKING || state == ConversationState.FOLLOWING_UP;
    }
}
