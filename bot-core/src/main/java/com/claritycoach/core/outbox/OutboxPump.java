package com.claritycoach.core.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the dispatcher in the background: on a fixed interval, and at once when {@link #kick()} says a
 * step just queued messages. Keeps delivery off the request thread so platforms are acked fast.
 */
public final class OutboxPump implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxPump.class);

    private final OutboxDispatcher dispatcher;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-pump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    public OutboxPump(OutboxDispatcher dispatcher, Duration interval) {
        this.dispatcher = dispatcher;
        this.interval = interval;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::drain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a drain soon; cheap and safe to call from any thread. */
    public void kick() {
        if (kicked.compareAndSet(false, true) && !executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        kicked.set(false);
        try {
            dispatcher.drainOnce();
        } catch (RuntimeException e) {
            LOG.warn("Outbox drain failed; will try again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
