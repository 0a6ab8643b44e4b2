package com.claritycoach.teams.bot;

/**
 * What the bot says straight back in the same turn, for things the engine has no part in (a greeting,
 * a button that no longer means anything). Everything else the coach says goes through the outbox.
 */
@FunctionalInterface
public interface TurnReply {
    void say(String text);
}
