package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.AlignmentSummary;
import com.claritycoach.core.alignment.MarkdownSummary;
import com.claritycoach.core.alignment.SummaryChart;
import com.claritycoach.core.alignment.SummaryLayout;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.playbook.PlaybookCatalog;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts the team alignment summary of a check-in to the team's channel, with its chart. */
final class AlignmentSummaryComposer implements SummaryComposer {
    private static final Logger LOG = LoggerFactory.getLogger(AlignmentSummaryComposer.class);

    private final TeamHistory history;
    private final AlignmentAnalyzer analyzer;

    AlignmentSummaryComposer(PlaybookCatalog catalog, CoachingRules rules) {
        this.history = new TeamHistory(catalog);
        this.analyzer = new AlignmentAnalyzer(rules);
    }

    @Override
    public void post(Step step, Team team, CheckIn checkIn) {
        Destination to = new Destination.ChannelPost(team.ref());
        AlignmentSummary summary = analyzer.analyze(history.upTo(step.tx(), checkIn), step.tx().synonyms(team.id()));
        Optional<String> withheld = SummaryLayout.withheld(summary, team.anonymous());
        if (withheld.isPresent()) {
            step.send(to, withheld.get());
            return;
        }
        SummaryPart part = SummaryLayout.layout(summary, team.name(), team.anonymous(), chart(summary));
        step.send(to, MarkdownSummary.render(part), part);
    }

    private static byte[] chart(AlignmentSummary summary) {
        try {
            return SummaryChart.png(summary);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The summary chart could not be drawn; posting the summary without it: {}", e.toString());
            return null;
        }
    }
}
