package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds which of a member's conversations a direct message is about. A member in several teams may
 * have several open check-ins; they answer one at a time, the one they were last asked in.
 */
final class Places {
    /** {@code updatedAt} of a conversation whose first question has not been shown yet. */
    static final Instant NOT_PRESENTED = Instant.EPOCH;

    private static final Logger LOG = LoggerFactory.getLogger(Places.class);

    private final PlaybookCatalog catalog;

    Places(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    /** The conversation the member is working on: an active one first, else a paused one, else a finished one. */
    Optional<Place> focus(StoreTx tx, MemberRef member) {
        List<Conversation> open = tx.openConversationsOf(member);
        return first(tx, open, Conversation::isActive)
                .or(() -> first(tx, open, c -> c.state() == ConversationState.PAUSED))
                .or(() -> first(tx, open, c -> true));
    }

    Optional<Place> paused(StoreTx tx, MemberRef member) {
        return first(tx, tx.openConversationsOf(member), c -> c.state() == ConversationState.PAUSED);
    }

    /** An active conversation, other than {@code except}, whose question the member has not seen yet. */
    Optional<Place> waiting(StoreTx tx, MemberRef member, long exceptCheckIn) {
        return first(tx, tx.openConversationsOf(member),
                c -> c.isActive() && c.checkInId() != exceptCheckIn && c.updatedAt().equals(NOT_PRESENTED));
    }

    Optional<Place> load(StoreTx tx, Conversation conversation) {
        CheckIn checkIn = tx.checkIn(conversation.checkInId()).orElseThrow();
        Team team = tx.teamById(checkIn.teamId()).orElseThrow();
        return catalog.find(checkIn.playbookId())
                .map(playbook -> new Place(team, checkIn, playbook, conversation))
                .or(() -> {
                    LOG.warn("Check-in {} uses playbook '{}', which is no longer installed", checkIn.id(), checkIn.playbookId());
                    return Optional.empty();
                });
    }

    private Optional<Place> first(StoreTx tx, List<Conversation> conversations, Predicate<Conversation> wanted) {
        return conversations.stream().filter(wanted).map(c -> load(tx, c)).flatMap(Optional::stream).findFirst();
    }
}
