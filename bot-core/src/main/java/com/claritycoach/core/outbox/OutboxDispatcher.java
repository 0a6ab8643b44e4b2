package com.claritycoach.core.outbox;

import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import java.time.Clock;

/** Sends committed outbox rows through the platform's messenger and marks them sent. */
public final class OutboxDispatcher {

    public OutboxDispatcher(CoachStore store, Messenger messenger, Clock clock) {
    }

    /**
     * Sends every message that is due now.
     *
     * @return how many were sent
     */
    public int drainOnce() {
        throw new UnsupportedOperationException("dispatcher not built yet");
    }
}
