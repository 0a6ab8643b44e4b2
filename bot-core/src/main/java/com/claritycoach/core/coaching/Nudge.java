package com.claritycoach.core.coaching;

/** A coaching rule's reply: why the answer may miss the point, and the question to think on next. */
public record Nudge(String ruleId, String explanation, String followUp) {
}
