package com.claritycoach.app.config;

import com.claritycoach.app.StartupException;
import com.claritycoach.core.alignment.CachedMeanings;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.meaning.BgeSmallMeanings;
import java.util.Locale;

/**
 * How the summaries read answers ({@code COACH_UNDERSTANDING}): by meaning, with the sentence
 * model shipped in the jar (the default), or by spelling alone ({@code lexical}: no model loaded,
 * the same answers always give the same groups, for tests and for machines short of memory).
 */
public enum Understanding {
    SEMANTIC,
    LEXICAL;

    /** Distinct texts whose vectors are kept in memory (about 1.6 KB each). */
    private static final long REMEMBERED_TEXTS = 50_000;

    public static Understanding from(Environment env) {
        String value = env.optional("COACH_UNDERSTANDING").orElse("semantic").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "semantic" -> SEMANTIC;
            case "lexical" -> LEXICAL;
            default -> throw new StartupException("COACH_UNDERSTANDING must be semantic or lexical, not \"" + value + "\".");
        };
    }

    /** The process's one reader of meaning for this choice; the model loads on first use, once. */
    public Meanings meanings() {
        return this == LEXICAL ? Meanings.LEXICAL : Shared.MODEL;
    }

    /** Holds the model so that every mode and server in the process shares one copy. */
    private static final class Shared {
        static final Meanings MODEL = new CachedMeanings(new BgeSmallMeanings(), REMEMBERED_TEXTS);
    }
}
