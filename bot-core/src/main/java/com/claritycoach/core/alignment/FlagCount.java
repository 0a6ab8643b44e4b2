package com.claritycoach.core.alignment;

import java.util.List;

/** How many answers fell into one coaching trap, and whose (names are hidden for anonymous teams). */
public record FlagCount(int count, List<String> members) {
    public FlagCount {
        members = List.copyOf(members);
    }
}
