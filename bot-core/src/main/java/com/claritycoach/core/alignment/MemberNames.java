package com.claritycoach.core.alignment;

import com.claritycoach.core.alignment.NameWords.Gap;
import com.claritycoach.core.alignment.NameWords.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Members by the word sequences that may name them, so finding who an answer names costs a look-up per
 * run of words, not a pattern per member. A full name ("Ana Costa"), or a first name with the last
 * name's initial ("Ana C."; not "a" or "i", which are words), names its member; a first name alone
 * (2+ letters) only when no other member has it as first or full name, so "Ana" names nobody in a
 * team with Ana Silva and Ana Costa. A hyphenated name is also found written as one word ("sungmin"
 * for Sung-min). The longest name wins: "Ann Lee" is not also read as "Ann". Whether a first name
 * found here is used as a name at all is {@link NameUse}'s call.
 */
final class MemberNames {
    /**
     * Words {@code start} (inclusive) to {@code end} (exclusive) may name {@code member}.
     *
     * @param full the words hold more than a first name, so they name the member wherever they stand
     * @param surnamed the member's name has more than one part, so a first name followed by another
     *     capitalised word may be somebody else's
     */
    record Match(String member, int start, int end, boolean full, boolean surnamed) {
    }

    private record Owner(String member, boolean full, boolean surnamed) {
    }

    private final Map<String, Owner> byKey = new HashMap<>();
    private int longest = 1;

    MemberNames(List<String> members) {
        Map<String, Set<String>> fullKeys = new HashMap<>();
        Map<String, Set<String>> firstKeys = new HashMap<>();
        Map<String, Set<String>> initialKeys = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        for (String member : members) {
            List<List<String>> name = parts(member);
            if (name.isEmpty()) {
                continue;
            }
            parts.put(member, name.size());
            variants(name).forEach(key -> add(fullKeys, key, member));
            List<String> first = spellings(name.get(0));
            if (name.size() > 1) {
                List<String> last = spellings(name.get(name.size() - 1));
                first.forEach(key -> add(firstKeys, key, member));
                char initial = last.get(0).charAt(0);
                if (initial != 'a' && initial != 'i') {
                    first.forEach(key -> add(initialKeys, key + " " + initial, member));
                }
            }
        }
        fullKeys.forEach((key, owners) -> own(key, owners, parts.get(owners.iterator().next()) > 1, parts));
        initialKeys.forEach((key, owners) -> {
            if (!fullKeys.containsKey(key)) {
                own(key, owners, true, parts);
            }
        });
        firstKeys.forEach((key, owners) -> {
            if (key.length() >= 2 && !fullKeys.containsKey(key)) {
                own(key, owners, false, parts);
            }
        });
    }

    /** The runs of words that may name a member, in text order; a name shared by several members names none. */
    List<Match> find(List<Word> words) {
        List<Match> found = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int matched = 0;
            Owner owner = null;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= longest && start + n <= words.size(); n++) {
                if (n > 1 && !continuesName(words.get(start + n - 2), words.get(start + n - 1))) {
                    break;
                }
                key.append(n == 1 ? "" : " ").append(words.get(start + n - 1).key());
                if (byKey.containsKey(key.toString())) {
                    matched = n;
                    owner = byKey.get(key.toString());
                }
            }
            if (owner != null && owner.member() != null) {
                found.add(new Match(owner.member(), start, start + matched, owner.full(), owner.surnamed()));
            }
            start += Math.max(matched, 1);
        }
        return found;
    }

    /** A name runs on over spaces and joints ("niamh.kelly"), not past a possessive or a comma. */
    private static boolean continuesName(Word previous, Word next) {
        return !previous.possessive() && (next.gap() == Gap.SPACE || next.gap() == Gap.JOIN);
    }

    /** A key with several owners stays, owned by nobody, so that a shorter key does not take over. */
    private void own(String key, Set<String> owners, boolean full, Map<String, Integer> parts) {
        String member = owners.size() == 1 ? owners.iterator().next() : null;
        byKey.put(key, new Owner(member, full, member != null && parts.get(member) > 1));
        longest = Math.max(longest, key.split(" ").length);
    }

    private static void add(Map<String, Set<String>> keys, String key, String member) {
        keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(member);
    }

    /** The words of each space-separated part of a name: "Sung-min Kim" is [[sung, min], [kim]]. */
    private static List<List<String>> parts(String name) {
        List<List<String>> parts = new ArrayList<>();
        for (String part : name.trim().split("\\s+")) {
            List<String> words = NameWords.of(part);
            if (!words.isEmpty()) {
                parts.add(words);
            }
        }
        return parts;
    }

    /** How one part may be written: "sung min" (as hyphenated) and "sungmin". */
    private static List<String> spellings(List<String> part) {
        String spaced = String.join(" ", part);
        return part.size() == 1 ? List.of(spaced) : List.of(spaced, String.join("", part));
    }

    /** Every way of writing the whole name, one spelling per part. */
    private static List<String> variants(List<List<String>> name) {
        List<String> keys = List.of("");
        for (List<String> part : name) {
            List<String> next = new ArrayList<>();
            for (String prefix : keys) {
                for (String spelling : spellings(part)) {
                    next.add(prefix.isEmpty() ? spelling : prefix + " " + spelling);
                }
            }
            keys = next;
        }
        return keys;
    }
}
