package com.claritycoach.app.serve;

import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.outbox.OutboxPump;
import com.claritycoach.core.port.InboundSink;
import com.claritycoach.core.store.CoachStore;

/** Where every platform module hands its events: the engine commits, then the outbox is nudged. */
final class EngineSink implements InboundSink {
    private final CoachEngine engine;
    private final OutboxPump pump;
    private final CoachStore store;

    EngineSink(CoachEngine engine, OutboxPump pump, CoachStore store) {
        this.engine = engine;
        this.pump = pump;
        this.store = store;
    }

    @Override
    public void accept(Inbound inbound) {
        engine.handle(inbound);
    }

    @Override
    public void committed() {
        pump.kick();
    }

    @Override
    public void nameTeam(TeamRef team, String name) {
        store.inTransaction(tx -> tx.ensureTeam(team, name));
    }
}
