package com.claritycoach.core.port;

import java.time.Duration;
import java.util.Optional;

/**
 * A message could not be delivered. {@code permanent} failures (channel gone, token revoked) are not
 * retried; others are retried, no sooner than {@code retryAfter} when the platform said so.
 */
public class DeliveryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final transient Duration retryAfter;

    public DeliveryException(String message, boolean permanent, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException permanent(String message) {
        return new DeliveryException(message, true, null, null);
    }

    public static DeliveryException transientFailure(String message, Throwable cause) {
        return new DeliveryException(message, false, null, cause);
    }

    public static DeliveryException rateLimited(Duration retryAfter) {
        return new DeliveryException("rate limited", false, retryAfter, null);
    }

    public boolean isPermanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
