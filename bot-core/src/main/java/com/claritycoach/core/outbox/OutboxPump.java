package com.claritycoach.core.outbox;

import java.time.Duration;

/**
 * Runs the dispatcher in the background: on a fixed interval, and at once when {@link #kick()} says a
 * step just queued messages. Keeps delivery off the request thread so platforms are acked fast.
 */
public final class OutboxPump implements AutoCloseable {

    public OutboxPump(OutboxDispatcher dispatcher, Duration interval) {
    }

    public void start() {
        throw new UnsupportedOperationException("pump not built yet");
    }

    /** Asks for a drain soon; cheap and safe to call from any thread. */
    public void kick() {
        throw new UnsupportedOperationException("pump not built yet");
    }

    @Override
    public void close() {
    }
}
