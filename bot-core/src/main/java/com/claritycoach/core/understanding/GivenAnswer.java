package com.claritycoach.core.understanding;

import com.claritycoach.core.playbook.PromptKind;

/** An answer a step saved, as the meaning warm-up needs it: what kind of question, what was said. */
public record GivenAnswer(PromptKind kind, String text) {
}
