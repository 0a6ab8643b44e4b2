package com.claritycoach.core.testing;

import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.Inbound;
import com.claritycoach.core.port.InboundSink;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records what the adapter hands to the engine, for adapter tests that do not need the engine. */
public final class RecordingSink implements InboundSink {
    private final LinkedBlockingQueue<Inbound> received = new LinkedBlockingQueue<>();
    private volatile int commits;
    private volatile RuntimeException failure;
    private final Map<TeamRef, String> teamNames = new ConcurrentHashMap<>();

    /** Makes every following {@link #accept} throw, as a failing engine step would. */
    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public void accept(Inbound inbound) {
        if (failure != null) {
            throw failure;
        }
        received.add(inbound);
    }

    @Override
    public void committed() {
        commits++;
    }

    @Override
    public void nameTeam(TeamRef team, String name) {
        teamNames.put(team, name);
    }

    /** The names offered for teams so far. */
    public Map<TeamRef, String> teamNames() {
        return Map.copyOf(teamNames);
    }

    public int commits() {
        return commits;
    }

    public Inbound next(Duration timeout) {
        try {
            Inbound next = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new AssertionError("nothing reached the engine within " + timeout);
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isEmpty() {
        return received.isEmpty();
    }
}
