package com.claritycoach.core.inbound;

import java.util.Arrays;
import java.util.Optional;

/**
 * A manager's answer to "Are <em>borrowers</em> and <em>library patrons</em> the same customer?":
 * the two buttons under each pair the summary asks about.
 */
public enum PairVerdict {
    /** Counts the two as one customer, as {@code merge} does. */
    SAME("same", "Same"),
    /** Keeps the two apart, as {@code split} does. */
    DIFFERENT("different", "Different");

    private final String id;
    private final String label;

    PairVerdict(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable id that adapters put in the button, so a click on an old summary still reads. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<PairVerdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
