package com.claritycoach.core.understanding;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.store.CoachStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new answers with the meaning model in the background, after they are committed, so the
 * model never sits on the path that acknowledges an answer and the summary at close finds the
 * vectors stored. One daemon thread takes what has queued up since its last round (up to
 * {@link #ROUND} answers) and spends two short transactions on the whole round, one to look up and
 * one to store; the model runs between them, never inside one, and the thread rests as long as the
 * model worked, so it takes at most half of one core and one writer slot per round. Under a burst,
 * answers beyond the queue are dropped: that costs only that the summary reads those texts itself.
 */
public final class MeaningWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningWarmer.class);
    private static final int QUEUED = 2_000;
    private static final int ROUND = 64;

    private final Meanings model;
    private final CoachStore store;
    private final BlockingQueue<GivenAnswer> queue = new ArrayBlockingQueue<>(QUEUED);

    public MeaningWarmer(Meanings model, CoachStore store) {
        this.model = model;
        this.store = store;
        Thread thread = new Thread(this::run, "meaning-warmer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the answers' texts for reading; returns at once, dropping what the queue cannot hold. */
    public void warm(List<GivenAnswer> answers) {
        answers.forEach(queue::offer);
    }

    /** Reads now, on the caller's thread, and stores what was not stored yet; what a test waits on. */
    public void read(List<GivenAnswer> answers) {
        Map<String, String> hashOf = StoredMeanings.hashes(answers.stream()
                .flatMap(a -> AlignmentAnalyzer.textsRead(a.kind(), a.text()).stream()).toList());
        if (hashOf.isEmpty()) {
            return;
        }
        try {
            Map<String, float[]> stored = store.read(tx -> tx.meaningVectors(model.model(), hashOf.values()));
            Map<String, float[]> fresh = StoredMeanings.readUnstored(model, hashOf, stored);
            if (!fresh.isEmpty()) {
                store.inTransaction(tx -> {
                    tx.saveMeaningVectors(model.model(), fresh);
                    return null;
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("Reading new answers ahead failed; the summary will read them itself: {}", e.toString());
        }
    }

    private void run() {
        List<GivenAnswer> round = new ArrayList<>(ROUND);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                round.add(queue.take());
                queue.drainTo(round, ROUND - 1);
                long start = System.nanoTime();
                read(round);
                TimeUnit.NANOSECONDS.sleep(System.nanoTime() - start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                round.clear();
            }
        }
    }
}
