package com.claritycoach.core.alignment;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coaching flags in a fixed order. {@code Set.copyOf} iterates in an order that changes from one
 * start of the JVM to the next, and the summary lists and counts flags in iteration order.
 */
final class Flags {
    private Flags() {
    }

    static Set<String> sorted(Set<String> flags) {
        return flags.isEmpty() ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(flags));
    }
}
