package com.claritycoach.core.domain;

/** A coached team, with the settings its managers chose. */
public record Team(long id, TeamRef ref, String name, boolean anonymous) {
    public Team withAnonymous(boolean value) {
        return new Team(id, ref, name, value);
    }
}
