package com.claritycoach.core.domain;

/** A person's membership of one team. */
public record TeamMember(long teamId, MemberProfile profile, Role role) {
    public MemberRef ref() {
        return profile.ref();
    }

    public boolean isManager() {
        return role == Role.MANAGER || profile.platformAdmin();
    }
}
