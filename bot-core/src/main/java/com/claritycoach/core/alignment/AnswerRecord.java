package com.claritycoach.core.alignment;

import com.claritycoach.core.playbook.PromptKind;
import java.util.Objects;
import java.util.Set;

/**
 * One member's answer as the analysis sees it: who (display name), to what kind of question, what.
 *
 * @param flags coaching rules the answer fell into, or null when it was never coached (imported
 *     from a spreadsheet): the analysis then runs the rules itself; kept in alphabetical order, so that
 *     flags are counted and listed in the same order every time
 */
public record AnswerRecord(String member, PromptKind kind, String promptId, String text, Set<String> flags) {
    public AnswerRecord {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        flags = flags == null ? null : Flags.sorted(flags);
    }
}
