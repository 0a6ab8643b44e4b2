package com.claritycoach.app.serve;

import com.claritycoach.core.store.CoachStore;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the store answers a trivial transaction now, asked the way every request asks it (for
 * SQLite that includes its write lock). The answer is bounded by a timeout: a stalled database makes
 * the probe hang, not the caller. One probe runs at a time, so a stall cannot pile up probe threads;
 * while one still hangs, the store is reported not ready.
 */
final class StoreReadiness implements AutoCloseable {
    private final CoachStore store;
    private final Duration timeout;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "store-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> running;

    StoreReadiness(CoachStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /** What one readiness check found. */
    record Result(boolean ready, long millis, String detail) {
    }

    synchronized Result check() {
        long started = System.nanoTime();
        if (running == null || running.isDone()) {
            running = prober.submit(() -> store.read(tx -> tx.teamById(-1)));
        }
        try {
            running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(true, elapsed(started), "ok");
        } catch (TimeoutException e) {
            return new Result(false, elapsed(started), "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            return new Result(false, elapsed(started), "failing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, elapsed(started), "interrupted");
        }
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
