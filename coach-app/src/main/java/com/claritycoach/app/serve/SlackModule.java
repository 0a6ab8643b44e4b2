package com.claritycoach.app.serve;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.outbox.OutboxPump;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.slack.SlackAdapter;
import com.claritycoach.slack.SlackOptions;
import com.claritycoach.slack.StoreHomeViews;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;

/** Slack plugged into {@code serve}: Bolt over HTTP or Socket Mode, feeding the engine. */
public final class SlackModule implements PlatformModule {
    private final SlackAdapter adapter;
    private final CoachStore store;
    private final PlaybookCatalog playbooks;

    /** @param dataSource the coach's database, where the OAuth install keeps its own tables */
    public SlackModule(SlackOptions options, CoachStore store, DataSource dataSource, PlaybookCatalog playbooks,
                       Clock clock) {
        this.adapter = SlackAdapter.create(options, dataSource, clock);
        this.store = store;
        this.playbooks = playbooks;
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
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
        return adapter.start(new EngineSink(engine, pump, store), new StoreHomeViews(store, playbooks, engine.summaries()));
    }

    @Override
    public void close() {
        adapter.close();
    }
}
