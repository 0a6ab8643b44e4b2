package com.claritycoach.core.engine;

import com.claritycoach.core.domain.Conversation;
import java.time.Instant;

/**
 * The scopes the engine gives its buttons, so that a button pressed long after it was sent acts only
 * on what it was sent for: a question (check-in and prompt) or one request to be forgotten. A click is
 * current when its scope equals the one the engine would write now.
 */
final class ButtonScopes {
    private ButtonScopes() {
    }

    /** The buttons of the question the conversation is at: its check-in and prompt. */
    static String question(Conversation conversation) {
        return "question:" + conversation.checkInId() + ":" + conversation.promptIndex();
    }

    /** The button confirming the request to be forgotten made at {@code requestedAt}. */
    static String forgetRequest(Instant requestedAt) {
        return "forget:" + requestedAt.toEpochMilli();
    }
}
