package com.claritycoach.app;

/** Bad command-line arguments or input; the message tells the user what to type instead. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
