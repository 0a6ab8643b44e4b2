package com.claritycoach.core.outbox;

import com.claritycoach.core.store.OutboxEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Splits a batch into one lane per place (a member's private chat, or a channel) and runs the lanes
 * on a few sender threads at once, each lane by one thread from start to end, so messages to one
 * place keep their order while different places do not wait for each other's round trips.
 */
final class PlaceLanes implements AutoCloseable {
    private final ExecutorService senders;

    /** @param senders how many lanes run at once; 1 runs them one after another on the caller's thread */
    PlaceLanes(int senders) {
        if (senders < 1) {
            throw new IllegalArgumentException("senders must be at least 1, not " + senders);
        }
        this.senders = senders == 1 ? null : Executors.newFixedThreadPool(senders, new SenderThreads());
    }

    /** The batch by place, each place's messages in batch order, places in order of their first message. */
    static Collection<List<OutboxEntry>> byPlace(List<OutboxEntry> batch) {
        Map<String, List<OutboxEntry>> places = new LinkedHashMap<>();
        for (OutboxEntry entry : batch) {
            places.computeIfAbsent(Pacer.place(entry.message().to()), place -> new ArrayList<>()).add(entry);
        }
        return places.values();
    }

    /**
     * Runs {@code lane} on every lane and returns the sum of what it returned, once every lane is done.
     * A lane that throws does not stop the others; the first failure is rethrown after all have ended.
     */
    int runAll(Collection<List<OutboxEntry>> lanes, ToIntFunction<List<OutboxEntry>> lane) {
        if (senders == null || lanes.size() == 1) {
            int total = 0;
            for (List<OutboxEntry> each : lanes) {
                total += lane.applyAsInt(each);
            }
            return total;
        }
        List<CompletableFuture<Integer>> running = lanes.stream()
                .map(each -> CompletableFuture.supplyAsync(() -> lane.applyAsInt(each), senders))
                .toList();
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return running.stream().mapToInt(CompletableFuture::join).sum();
    }

    /** Stops the sender threads once the lanes already running are done. */
    @Override
    public void close() {
        if (senders != null) {
            senders.shutdown();
        }
    }

    private static final class SenderThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "outbox-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
