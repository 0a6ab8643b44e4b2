package com.claritycoach.core.alignment;

import java.util.List;
import java.util.Set;

/**
 * Answers that say the same thing in different words.
 *
 * @param label the wording most people used (the shortest, when tied)
 * @param members who gave one of these answers (display names, in the order they answered)
 * @param flags coaching rules any of these answers fell into (e.g. a group that is "my manager"), in
 *     alphabetical order so that a summary reads the same every time it is drawn
 */
public record Group(String label, int count, List<String> members, Set<String> flags) {
    public Group {
        members = List.copyOf(members);
        flags = Flags.sorted(flags);
    }
}
