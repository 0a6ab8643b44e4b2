package com.claritycoach.app;

/** The app cannot start (missing variable, unreachable database); the message is one line naming the cause. */
public class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
