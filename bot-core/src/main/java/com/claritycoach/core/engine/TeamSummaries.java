package com.claritycoach.core.engine;

import com.claritycoach.core.alignment.AlignmentAnalyzer;
import com.claritycoach.core.alignment.AlignmentSummary;
import com.claritycoach.core.alignment.GroupingSettings;
import com.claritycoach.core.alignment.MarkdownSummary;
import com.claritycoach.core.alignment.Meanings;
import com.claritycoach.core.alignment.SummaryChart;
import com.claritycoach.core.alignment.SummaryLayout;
import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.understanding.StoredMeanings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team's alignment summary as its channel sees it, computed from the store. Shared by the channel
 * post and by places that show it again (the Slack Home tab), so every view honours anonymity alike.
 */
public final class TeamSummaries {
    private static final Logger LOG = LoggerFactory.getLogger(TeamSummaries.class);

    private final TeamHistory history;
    private final CoachingRules rules;
    private final Meanings meanings;

    /** @param meanings what reads the meaning of answers; what it reads is kept in the store ({@link StoredMeanings}) */
    public TeamSummaries(PlaybookCatalog catalog, CoachingRules rules, Meanings meanings) {
        this.history = new TeamHistory(catalog);
        this.rules = rules;
        this.meanings = meanings;
    }

    /**
     * The summary of {@code checkIn}: its plain text, and its layout unless an anonymous team has too
     * few respondents (then the text says why and there is no layout).
     */
    public TeamSummary of(StoreTx tx, Team team, CheckIn checkIn, boolean withChart) {
        Meanings read = meanings.semantic() ? new StoredMeanings(meanings, tx) : meanings;
        AlignmentSummary summary = new AlignmentAnalyzer(rules, read, GroupingSettings.DEFAULT)
                .analyze(history.upTo(tx, checkIn), tx.decisions(team.id()));
        Optional<String> withheld = SummaryLayout.withheld(summary, team.anonymous());
        if (withheld.isPresent()) {
            return new TeamSummary(withheld.get(), Optional.empty());
        }
        SummaryPart part = SummaryLayout.layout(summary, team.name(), team.anonymous(), withChart ? chart(summary) : null);
        return new TeamSummary(MarkdownSummary.render(part), Optional.of(part));
    }

    /** What to show: always a text; the structured layout when there is a summary to show. */
    public record TeamSummary(String text, Optional<SummaryPart> part) {
    }

    private static byte[] chart(AlignmentSummary summary) {
        try {
            return SummaryChart.png(summary);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The summary chart could not be drawn; showing the summary without it: {}", e.toString());
            return null;
        }
    }
}
