package com.claritycoach.meaning;

import com.claritycoach.core.alignment.Meanings;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meanings from bge-small-en-v1.5, a small sentence-embedding model (384 dimensions, 12 layers) that
 * runs in-process on ONNX Runtime; model, tokenizer and runtime ship inside the jar, so nothing is
 * downloaded. Chosen on the labeled teams over all-MiniLM-L6-v2 and e5-small-v2 (each refitted with
 * the same signals): it groups themes clearly better and customers as well or better, at about twice
 * MiniLM's cost per text. Full precision: the quantized variants group markedly worse. The model
 * loads on first use (about 2 s), once per process, so a coach that never summarises never pays for it.
 */
public final class BgeSmallMeanings implements Meanings {
    static final String MODEL = "bge-small-en-v1.5";
    private static final Logger LOG = LoggerFactory.getLogger(BgeSmallMeanings.class);
    /** Texts per call to the model: large enough to keep both cores busy, small enough to bound memory. */
    private static final int BATCH = 64;

    private final Supplier<EmbeddingModel> model;
    private volatile EmbeddingModel loaded;

    /**
     * Texts are read one after another on the caller's thread (the library would spread them over
     * every core): the coach reads ahead on one background thread, and must leave the other core to
     * the requests it acknowledges.
     */
    public BgeSmallMeanings() {
        this(BgeSmallModel::new);
    }

    BgeSmallMeanings(Supplier<EmbeddingModel> model) {
        this.model = model;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<float[]> vectors(List<String> texts) {
        EmbeddingModel m = loaded();
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
            for (Embedding e : m.embedAll(batch).content()) {
                vectors.add(unit(e.vector()));
            }
        }
        return vectors;
    }

    private EmbeddingModel loaded() {
        EmbeddingModel m = loaded;
        if (m == null) {
            synchronized (this) {
                if (loaded == null) {
                    long start = System.nanoTime();
                    loaded = model.get();
                    LOG.info("Meaning model {} loaded in {} ms", MODEL, (System.nanoTime() - start) / 1_000_000);
                }
                m = loaded;
            }
        }
        return m;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
