package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination.DirectMessage;
import com.claritycoach.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** A member's say over the coach's timing: {@code no reminders}, {@code reminders on}, {@code skip this week}. */
final class AwayWords {
    private final Places places;

    AwayWords(Places places) {
        this.places = places;
    }

    void reminders(Step step, MemberRef member, boolean wanted) {
        step.tx().setReminders(member, wanted);
        step.send(new DirectMessage(member), wanted
                ? "Reminders are on again: I will nudge you once before a check-in closes if you have not finished."
                : "Done: no more reminders before deadlines. You still get the questions; say reminders on to undo.");
    }

    /**
     * Sits out every open check-in of the member's teams: no more questions or reminders there, and
     * the next waiting check-in, if any, starts.
     */
    void skipThisWeek(Step step, MemberRef member, BiConsumer<Step, Place> present) {
        StoreTx tx = step.tx();
        List<String> teams = new ArrayList<>();
        for (Team team : tx.teamsOf(member)) {
            Optional<CheckIn> open = tx.currentCheckIn(team.id());
            if (open.isEmpty() || tx.skipped(open.get().id()).contains(member)) {
                continue;
            }
            tx.skipCheckIn(open.get().id(), member);
            tx.conversation(open.get().id(), member).filter(c -> c.state() != ConversationState.DONE)
                    .ifPresent(c -> tx.saveConversation(new Conversation(c.checkInId(), c.member(),
                            ConversationState.DONE, c.promptIndex(), c.frontier(), null, Set.of(), step.now())));
            teams.add(team.name());
        }
        DirectMessage dm = new DirectMessage(member);
        if (teams.isEmpty()) {
            step.send(dm, "There is no open check-in for you to skip right now. Say skip this week once one has started.");
            return;
        }
        step.send(dm, "Understood, you are sitting out this week's check-in for " + String.join(", ", teams)
                + ": no more questions or reminders for it. Your answers so far stay. See you next time!");
        places.focus(tx, member).filter(p -> p.conversation().isActive()).ifPresent(p -> present.accept(step, p));
    }
}
