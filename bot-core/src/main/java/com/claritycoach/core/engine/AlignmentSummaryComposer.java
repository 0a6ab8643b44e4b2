package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;

/** Posts the team alignment summary of a check-in to the team's channel, with its chart. */
final class AlignmentSummaryComposer implements SummaryComposer {
    private final TeamSummaries summaries;

    AlignmentSummaryComposer(TeamSummaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public void post(Step step, Team team, CheckIn checkIn) {
        TeamSummaries.TeamSummary summary = summaries.of(step.tx(), team, checkIn, true);
        step.send(new Destination.ChannelPost(team.ref()), summary.text(),
                summary.part().stream().toArray(MessagePart[]::new));
    }
}
