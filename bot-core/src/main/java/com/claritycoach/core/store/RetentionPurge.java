package com.claritycoach.core.store;

/**
 * What one retention purge deleted, so that the operator's log can say how much personal data went.
 *
 * @param checkIns closed check-ins deleted
 * @param answers answer revisions deleted with them
 * @param conversations members' conversations deleted with them
 * @param messages sent or abandoned outbox messages deleted (they may quote answers)
 */
public record RetentionPurge(int checkIns, int answers, int conversations, int messages) {

    public boolean deletedAnything() {
        return checkIns + answers + conversations + messages > 0;
    }
}
