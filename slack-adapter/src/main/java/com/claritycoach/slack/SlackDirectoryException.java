package com.claritycoach.slack;

/** Slack would not tell us who is in a channel or who someone is; the message says why and what to do. */
public class SlackDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SlackDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
