package com.claritycoach.core.playbook;

import java.util.Objects;

/** One coaching question, with the reason we ask it and an example of a good answer. */
public record Prompt(String id, PromptKind kind, String text, String why, String example) {
    public Prompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        why = why == null ? "" : why;
        example = example == null ? "" : example;
    }
}
