package com.claritycoach.core.store.jdbc;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores a small set of ids (coaching rule ids) as sorted comma-separated text, readable in SQL. */
final class TextSets {

    private TextSets() {
    }

    static String join(Set<String> ids) {
        for (String id : ids) {
            if (id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException("Rule id '" + id + "' cannot be stored: ids must be non-blank and contain no comma");
            }
        }
        return String.join(",", new TreeSet<>(ids));
    }

    static Set<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
