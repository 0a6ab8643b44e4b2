package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination.ChannelPost;
import java.util.Set;

/**
 * Ends a check-in: answers become final, the channel hears how many took part, and the alignment
 * summary is posted. The same path for a manager's {@code close} and for the deadline.
 */
final class CheckInCloser {
    private final SummaryComposer summaries;

    CheckInCloser(SummaryComposer summaries) {
        this.summaries = summaries;
    }

    /** @param opening who closed it, e.g. "Ada closed the check-in." */
    void close(Step step, Team team, CheckIn checkIn, String opening) {
        step.tx().closeCheckIn(checkIn.id());
        Set<MemberRef> skipped = step.tx().skipped(checkIn.id());
        var conversations = step.tx().conversations(checkIn.id()).stream()
                .filter(c -> !skipped.contains(c.member())).toList();
        long done = conversations.stream().filter(c -> c.state() == ConversationState.DONE).count();
        step.send(new ChannelPost(team.ref()), opening + " " + done + " of " + conversations.size()
                + " members answered every question." + (skipped.isEmpty() ? ""
                : " " + skipped.size() + (skipped.size() == 1 ? " member sat" : " members sat") + " this one out."));
        summaries.post(step, team, step.tx().checkIn(checkIn.id()).orElseThrow());
    }
}
