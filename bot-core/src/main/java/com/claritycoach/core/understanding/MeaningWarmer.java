package com.claritycoach.core.understanding;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.store.CoachStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads new answers with the meaning model in the background, after they are committed, so the
 * model never sits on the path that acknowledges an answer and the summary at close finds the
 * vectors stored. One thread, a bounded queue: under a burst, warm-ups beyond the queue are dropped,
 * which costs only that the summary reads those texts itself. The model runs between two short
 * transactions (look up, then store), never inside one, so it never holds the database.
 */
public final class MeaningWarmer {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningWarmer.class);
    private static final int QUEUED = 1_000;

    private final Meanings model;
    private final CoachStore store;
    private final ThreadPoolExecutor thread;

    public MeaningWarmer(Meanings model, CoachStore store) {
        this.model = model;
        this.store = store;
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), r -> {
            Thread t = new Thread(r, "meaning-warmer");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Queues the answers' texts for reading; returns at once. */
    public void warm(List<GivenAnswer> answers) {
        if (!answers.isEmpty()) {
            thread.execute(() -> read(answers));
        }
    }

    /** Reads now, on the caller's thread: what the queue runs, and what a test or a benchmark waits on. */
    public void read(List<GivenAnswer> answers) {
        Map<String, String> hashOf = StoredMeanings.hashes(answers.stream()
                .flatMap(a -> AlignmentAnalyzer.textsRead(a.kind(), a.text()).stream()).toList());
        if (hashOf.isEmpty()) {
            return;
        }
        try {
            Map<String, float[]> stored = store.inTransaction(tx -> tx.meaningVectors(model.model(), hashOf.values()));
            Map<String, float[]> fresh = StoredMeanings.readUnstored(model, hashOf, stored);
            if (fresh.isEmpty()) {
                return;
            }
            store.inTransaction(tx -> {
                tx.saveMeaningVectors(model.model(), fresh);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Reading new answers ahead failed; the summary will read them itself: {}", e.toString());
        }
    }
}
