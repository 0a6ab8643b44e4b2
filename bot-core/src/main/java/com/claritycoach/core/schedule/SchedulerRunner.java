package com.claritycoach.core.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the scheduler in the background on a fixed interval, and calls {@code afterTick} (typically
 * the outbox pump's kick) when a tick did something, so its messages go out at once.
 */
public final class SchedulerRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRunner.class);

    private final Scheduler scheduler;
    private final Duration interval;
    private final Runnable afterTick;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scheduler");
        t.setDaemon(true);
        return t;
    });

    public SchedulerRunner(Scheduler scheduler, Duration interval, Runnable afterTick) {
        this.scheduler = scheduler;
        this.interval = interval;
        this.afterTick = afterTick;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            if (scheduler.tick() > 0) {
                afterTick.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduler tick failed; will try again: {}", e.toString());
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
