package com.claritycoach.core.domain;

/** Where a team lives; part of every identity so that tenants of different platforms never collide. */
public enum Platform {
    CONSOLE,
    SLACK,
    TEAMS
}
