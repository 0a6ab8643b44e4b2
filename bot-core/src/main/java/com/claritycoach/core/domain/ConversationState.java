package com.claritycoach.core.domain;

/** Where a member stands in the coaching flow of one check-in. */
public enum ConversationState {
    /** Waiting for an answer to the current prompt. */
    ASKING,
    /** A coaching rule fired; waiting for a revised answer or {@code keep}. */
    FOLLOWING_UP,
    /** The member asked for a break; nothing is sent until they resume. */
    PAUSED,
    /** Every prompt has been answered or skipped. */
    DONE
}
