package com.claritycoach.core.understanding;

import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.store.StoreTx;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Meanings kept in the store, so the model reads each distinct text once ever and not once per
 * process: a restart, a second instance on the same PostgreSQL, or next week's summary find the
 * vectors already there. Bound to one transaction; texts are keyed by their SHA-256, so member
 * words are not stored a second time.
 */
public final class StoredMeanings implements Meanings {
    private final Meanings model;
    private final StoreTx tx;

    public StoredMeanings(Meanings model, StoreTx tx) {
        this.model = model;
        this.tx = tx;
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public boolean semantic() {
        return model.semantic();
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        Map<String, String> hashOf = hashes(texts);
        Map<String, float[]> stored = new HashMap<>(tx.meaningVectors(model(), hashOf.values()));
        Map<String, float[]> fresh = readUnstored(model, hashOf, stored);
        if (!fresh.isEmpty()) {
            tx.saveMeaningVectors(model(), fresh);
            stored.putAll(fresh);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(t -> vectors.add(stored.get(hashOf.get(t))));
        return vectors;
    }

    /** Each distinct text with its hash, in order. */
    static Map<String, String> hashes(List<String> texts) {
        Map<String, String> hashOf = new LinkedHashMap<>();
        texts.forEach(t -> hashOf.computeIfAbsent(t, StoredMeanings::hash));
        return hashOf;
    }

    /** The model's vectors, by hash, of the texts whose hash {@code stored} lacks; empty when it lacks none. */
    static Map<String, float[]> readUnstored(Meanings model, Map<String, String> hashOf, Map<String, float[]> stored) {
        List<String> unread = hashOf.keySet().stream().filter(t -> !stored.containsKey(hashOf.get(t))).toList();
        Map<String, float[]> fresh = new LinkedHashMap<>();
        if (!unread.isEmpty()) {
            List<float[]> read = model.vectors(unread);
            for (int i = 0; i < unread.size(); i++) {
                fresh.put(hashOf.get(unread.get(i)), read.get(i));
            }
        }
        return fresh;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
