package com.claritycoach.core.coaching;

import com.claritycoach.core.playbook.Prompt;
import com.claritycoach.core.playbook.PromptKind;
import java.util.Optional;
import java.util.Set;

/** One known trap in answering a customer-focus question, spotted deterministically and explained. */
public interface CoachingRule {

    /** Stable id used in flags and summaries, e.g. {@code manager-as-customer}. */
    String id();

    /** The prompt kinds where this trap makes sense. */
    Set<PromptKind> appliesTo();

    /** A nudge when {@code answer} falls into the trap; empty otherwise. */
    Optional<Nudge> check(Prompt prompt, String answer, MemberContext context);
}
