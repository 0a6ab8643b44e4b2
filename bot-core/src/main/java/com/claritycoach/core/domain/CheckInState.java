package com.claritycoach.core.domain;

/** A check-in accepts answers while open; once closed its answers are final. */
public enum CheckInState {
    OPEN,
    CLOSED
}
