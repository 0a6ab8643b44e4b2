package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import java.util.Set;

/**
 * The reminder to members of an open check-in who have not finished, one path for the schedule (before
 * the deadline) and a manager's {@code remind} (now). Members who are away this week or said
 * {@code no reminders} are left alone.
 */
final class Reminders {
    private final PlaybookCatalog catalog;

    Reminders(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    /** Queues one reminder to each unfinished member; returns how many were reminded. */
    int send(Step step, Team team, CheckIn checkIn) {
        StoreTx tx = step.tx();
        Set<MemberRef> skipped = tx.skipped(checkIn.id());
        int reminded = 0;
        for (Conversation c : tx.conversations(checkIn.id())) {
            if (c.state() != ConversationState.DONE && !skipped.contains(c.member()) && tx.wantsReminders(c.member())) {
                int left = catalog.find(checkIn.playbookId()).map(Playbook::size).orElse(c.frontier()) - c.frontier();
                step.send(new DirectMessage(c.member()), "A friendly reminder: the check-in for " + team.name()
                        + " closes " + TimeFormat.of(checkIn.closes()) + " and you have " + left
                        + (left == 1 ? " question" : " questions") + " to go. Just reply here to carry on. "
                        + "(Say no reminders to stop these, or skip this week if you are away.)");
                reminded++;
            }
        }
        return reminded;
    }
}
