package com.claritycoach.core.playbook;

/** A playbook file is unreadable or invalid; the message names the file and the problem. */
public class PlaybookException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlaybookException(String message) {
        super(message);
    }

    public PlaybookException(String message, Throwable cause) {
        super(message, cause);
    }
}
