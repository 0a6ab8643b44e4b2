package com.claritycoach.core.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the platform tells us about a person. Platform admins are managers of every team in their
 * tenant, as the product brief promises.
 */
public record MemberProfile(MemberRef ref, String displayName, ZoneId timeZone, boolean platformAdmin) {
    public MemberProfile {
        Objects.requireNonNull(ref, "ref");
        displayName = displayName == null || displayName.isBlank() ? ref.userId() : displayName.strip();
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
    }

    public static MemberProfile of(MemberRef ref, String displayName) {
        return new MemberProfile(ref, displayName, null, false);
    }
}
