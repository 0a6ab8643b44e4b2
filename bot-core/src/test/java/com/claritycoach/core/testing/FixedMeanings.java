package com.claritycoach.core.testing;

import com.claritycoach.core.alignment.Meanings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for the meaning model with fixed, known geometry: a text that contains one of two chosen
 * words sits on that word's vector, the two vectors {@code cosine} apart; any other text gets a
 * direction of its own, as far from everything else as two unrelated texts sit in a real model's
 * space ({@link #UNRELATED}). So a test decides which two wordings the summary finds close.
 */
public final class FixedMeanings implements Meanings {
    /** Close enough for the summary to ask a manager, not close enough to join on its own. */
    public static final double UNDECIDED = 0.88;
    /** The cosine of two unrelated texts in bge-small's space, about. */
    public static final double UNRELATED = 0.58;

    private static final int DIMENSIONS = 512;

    private final String first;
    private final String second;
    private final double cosine;
    private final Map<String, Integer> axes = new HashMap<>();

    public FixedMeanings(String first, String second, double cosine) {
        this.first = first.toLowerCase(Locale.ROOT);
        this.second = second.toLowerCase(Locale.ROOT);
        this.cosine = cosine;
    }

    /** Texts with {@code first} and texts with {@code second} read as close but undecided. */
    public static FixedMeanings closeButUndecided(String first, String second) {
        return new FixedMeanings(first, second, UNDECIDED);
    }

    @Override
    public String model() {
        return "fixed";
    }

    @Override
    public synchronized List<float[]> vectors(List<String> texts) {
        return texts.stream().map(this::vector).toList();
    }

    private float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        v[0] = (float) Math.sqrt(UNRELATED);
        double rest = Math.sqrt(1 - UNRELATED);
        double own = (cosine - UNRELATED) / (1 - UNRELATED);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains(first)) {
            v[1] = (float) rest;
        } else if (lower.contains(second)) {
            v[1] = (float) (rest * own);
            v[2] = (float) (rest * Math.sqrt(1 - own * own));
        } else {
            v[3 + axes.computeIfAbsent(text, t -> axes.size()) % (DIMENSIONS - 3)] = (float) rest;
        }
        return v;
    }
}
