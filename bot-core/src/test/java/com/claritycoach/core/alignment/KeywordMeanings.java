package com.claritycoach.core.alignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for the sentence model in tests: a text means what the first keyword it contains
 * means, as a direction the test chose; a text with no keyword gets a direction of its own. So a test
 * can say "borrowers and card holders mean the same, donors do not" without loading the model. As in
 * a real model's space, every vector shares a common part, so two unrelated texts sit
 * {@link #UNRELATED} apart and the directions a test chooses decide only the rest.
 */
final class KeywordMeanings implements Meanings {
    /** The cosine of two unrelated texts in bge-small's space, about. */
    static final double UNRELATED = 0.58;

    private final Map<String, float[]> meanings = new LinkedHashMap<>();
    private final Map<String, float[]> unknown = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final int dimensions;

    KeywordMeanings(int dimensions) {
        this.dimensions = dimensions;
    }

    /** Texts containing {@code keyword} point along {@code direction} (normalised here). */
    KeywordMeanings means(String keyword, double... direction) {
        double[] own = new double[dimensions - 1];
        double norm = 0;
        for (double d : direction) {
            norm += d * d;
        }
        for (int i = 0; i < direction.length; i++) {
            own[i] = direction[i] / Math.sqrt(norm);
        }
        meanings.put(keyword.toLowerCase(Locale.ROOT), withCommonPart(own));
        return this;
    }

    private float[] withCommonPart(double[] own) {
        float[] v = new float[dimensions];
        v[0] = (float) Math.sqrt(UNRELATED);
        for (int i = 0; i < own.length; i++) {
            v[i + 1] = (float) (Math.sqrt(1 - UNRELATED) * own[i]);
        }
        return v;
    }

    /** Every text the analysis asked about, in order. */
    List<String> asked() {
        return asked;
    }

    @Override
    public String model() {
        return "keywords";
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        asked.addAll(texts);
        return texts.stream().map(this::vector).toList();
    }

    private float[] vector(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return meanings.entrySet().stream().filter(e -> lower.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseGet(() -> unknown.computeIfAbsent(lower, t -> {
                    double[] own = new double[dimensions - 1];
                    own[dimensions - 2 - unknown.size() % (dimensions / 2)] = 1;
                    return withCommonPart(own);
                }));
    }
}
