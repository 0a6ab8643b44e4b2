package com.claritycoach.core.engine;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.store.CoachStore;
import java.time.Clock;

/**
 * The coach: turns one inbound event into committed state and queued messages, in one store
 * transaction, before the platform is acknowledged.
 */
public final class CoachEngine {

    public CoachEngine(CoachStore store, PlaybookCatalog playbooks, CoachingRules rules, Directory directory, Clock clock) {
    }

    /** Handles one event; when it returns, the answer, the new state and the outbox rows are committed. */
    public StepResult handle(Inbound inbound) {
        throw new UnsupportedOperationException("engine not built yet");
    }
}
