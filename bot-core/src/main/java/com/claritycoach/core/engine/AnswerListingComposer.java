package com.claritycoach.core.engine;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.playbook.Prompt;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain per-question listing of the check-in's answers; names left out for anonymous teams. */
final class AnswerListingComposer implements SummaryComposer {
    private final PlaybookCatalog catalog;

    AnswerListingComposer(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void post(Step step, Team team, CheckIn checkIn) {
        Destination to = new Destination.ChannelPost(team.ref());
        Playbook playbook = catalog.find(checkIn.playbookId()).orElse(null);
        if (playbook == null) {
            step.send(to, "I cannot summarise this check-in: its playbook '" + checkIn.playbookId() + "' is gone.");
            return;
        }
        Map<String, String> names = step.tx().members(team.id()).stream().map(TeamMember::profile)
                .collect(Collectors.toMap(p -> p.ref().userId(), MemberProfile::displayName, (a, b) -> a));
        Map<String, List<Answer>> byPrompt = step.tx().currentAnswers(checkIn.id()).stream()
                .collect(Collectors.groupingBy(Answer::promptId));
        StringBuilder text = new StringBuilder("Answers for ").append(team.name()).append(" (")
                .append(playbook.title()).append(checkIn.isOpen() ? ", still open" : "").append("):");
        for (Prompt prompt : playbook.prompts()) {
            text.append("\n").append(prompt.text());
            List<Answer> answers = byPrompt.getOrDefault(prompt.id(), List.of());
            if (answers.isEmpty()) {
                text.append("\n  (no answers)");
            }
            for (Answer a : answers) {
                text.append("\n  - ")
                        .append(team.anonymous() ? "" : names.getOrDefault(a.member().userId(), a.member().userId()) + ": ")
                        .append(a.text());
            }
        }
        step.send(to, text.toString());
    }

}
