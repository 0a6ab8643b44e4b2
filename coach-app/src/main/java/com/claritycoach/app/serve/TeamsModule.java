package com.claritycoach.app.serve;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.outbox.OutboxPump;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.teams.TeamsAdapter;
import com.claritycoach.teams.TeamsOptions;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/** Microsoft Teams plugged into {@code serve}: Bot Framework activities on {@code /api/messages}. */
public final class TeamsModule implements PlatformModule {
    private final TeamsAdapter adapter;
    private final CoachStore store;

    /** @param dataSource the coach's database, where the adapter keeps its address book */
    public TeamsModule(TeamsOptions options, CoachStore store, DataSource dataSource, Clock clock) {
        this.adapter = TeamsAdapter.create(options, dataSource, clock);
        this.store = store;
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    @Override
    public Directory directory() {
        return adapter.directory();
    }

    @Override
    public Messenger messenger() {
        return adapter.messenger();
    }

    @Override
    public Map<String, HttpServlet> start(CoachEngine engine, OutboxPump pump) {
        return adapter.start(new EngineSink(engine, pump, store));
    }

    @Override
    public void close() {
        adapter.close();
    }
}
