package com.claritycoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One revision of a member's answer to one prompt. Revisions are kept so that a change of mind is
 * visible; the highest revision is the member's current answer.
 *
 * @param flags ids of the coaching rules that this wording triggered (kept even when the member kept it)
 * @param sourceMessageId the platform message that carried it, so that an edit of that message revises it
 */
public record Answer(
        long checkInId,
        MemberRef member,
        String promptId,
        String text,
        Instant answeredAt,
        int revision,
        Set<String> flags,
        String sourceMessageId) {

    public Answer {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(promptId, "promptId");
        Objects.requireNonNull(text, "text");
        flags = Set.copyOf(flags);
    }
}
