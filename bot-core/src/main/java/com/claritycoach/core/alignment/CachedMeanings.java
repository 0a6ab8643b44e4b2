package com.claritycoach.core.alignment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asks the model only about texts it has not read before: a team's wordings repeat from check-in to
 * check-in and from summary to summary, and the model costs milliseconds per text where a look-up
 * costs nanoseconds. Bounded, so a very large workspace cannot fill the heap; what falls out is read
 * again when next asked.
 */
public final class CachedMeanings implements Meanings {
    private final Meanings model;
    private final Cache<String, float[]> cache;

    /** @param capacity distinct texts kept (a 384-dimension vector is about 1.6 KB) */
    public CachedMeanings(Meanings model, long capacity) {
        this.model = model;
        this.cache = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    @Override
    public boolean semantic() {
        return model.semantic();
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        Map<String, float[]> known = cache.getAllPresent(texts);
        Set<String> unknown = new LinkedHashSet<>(texts);
        unknown.removeAll(known.keySet());
        List<String> asked = List.copyOf(unknown);
        List<float[]> found = asked.isEmpty() ? List.of() : model.vectors(asked);
        Map<String, float[]> all = new HashMap<>(known);
        for (int i = 0; i < asked.size(); i++) {
            all.put(asked.get(i), found.get(i));
            cache.put(asked.get(i), found.get(i));
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(t -> vectors.add(all.get(t)));
        return vectors;
    }
}
