package com.claritycoach.core.alignment;

import java.util.List;
import java.util.Set;

/**
 * Answers that say the same thing in different words.
 *
 * @param label the most typical wording: the one most people used, and among those the closest in
 *     meaning to the rest of the group (the shortest, when still tied)
 * @param members who gave one of these answers (display names, in the order they answered)
 * @param flags coaching rules any of these answers fell into (e.g. a group that is "my manager"), in
 *     alphabetical order so that a summary reads the same every time it is drawn
 * @param items who said what: every wording in the group with the member who gave it, in answer order
 */
public record Group(String label, int count, List<String> members, Set<String> flags, List<Item> items) {
    public Group {
        members = List.copyOf(members);
        flags = Flags.sorted(flags);
        items = List.copyOf(items);
    }

    /** One member's wording in a group. */
    public record Item(String member, String text) {
    }
}
