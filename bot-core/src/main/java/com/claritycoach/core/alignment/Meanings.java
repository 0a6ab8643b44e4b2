package com.claritycoach.core.alignment;

import java.util.List;

/**
 * The analysis's one question to a model of language: where does each wording sit in a space of
 * meaning, so that "borrowers" and "library card holders" are seen to be close? Behind it sits an
 * in-process sentence-embedding model in the app, or nothing at all ({@link #LEXICAL}) in tests and
 * with {@code COACH_UNDERSTANDING=lexical}, where answers group by their spelling alone.
 */
public interface Meanings {
    /** No model: groups come from comparison keys, typos and the team's own decisions only. */
    Meanings LEXICAL = new Meanings() {
        @Override
        public boolean semantic() {
            return false;
        }

        @Override
        public String model() {
            return "lexical";
        }

        @Override
        public List<float[]> vectors(List<String> texts) {
            throw new UnsupportedOperationException("the lexical understanding has no vectors");
        }
    };

    /** Whether {@link #vectors} can be asked. */
    default boolean semantic() {
        return true;
    }

    /** The model's name: vectors of different models are never mixed. */
    String model();

    /** One vector of unit length per text, in the same order; the same text always gives the same vector. */
    List<float[]> vectors(List<String> texts);
}
