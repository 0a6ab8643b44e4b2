package com.claritycoach.core.domain;

/** A member's standing in one team: only managers start, close and steer check-ins. */
public enum Role {
    MANAGER,
    MEMBER
}
