package com.claritycoach.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.claritycoach.core.domain.Answer;
import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.engine.TeamSummaries;
import com.claritycoach.core.message.MessagePart.SummaryPart;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.StoreTx;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The App Home of a member, read from the store: for each of their teams, where they stand in the
 * open check-in, their own answers, and the summary of the team's last closed check-in (as the
 * channel saw it). Only the member's own answers appear; nothing reaches Home before the channel.
 * Answers and wordings are shown through {@link InertText}, each answer in a quote of its own.
 */
public final class StoreHomeViews implements SlackHomeViews {
    private static final int MAX_BLOCKS = 100;
    private static final int MAX_TEAMS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CoachStore store;
    private final PlaybookCatalog playbooks;
    private final TeamSummaries summaries;

    public StoreHomeViews(CoachStore store, PlaybookCatalog playbooks, TeamSummaries summaries) {
        this.store = store;
        this.playbooks = playbooks;
        this.summaries = summaries;
    }

    @Override
    public View homeFor(MemberRef member) {
        List<LayoutBlock> blocks = store.read(tx -> blocks(tx, member));
        return View.builder().type("home")
                .blocks(blocks.size() > MAX_BLOCKS ? blocks.subList(0, MAX_BLOCKS) : blocks).build();
    }

    private List<LayoutBlock> blocks(StoreTx tx, MemberRef member) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Clarity Coach"))));
        List<Team> teams = tx.teamsOf(member);
        if (teams.isEmpty()) {
            blocks.add(section(s -> s.text(plainText(
                    "You are not in a coached team yet. A manager starts a check-in with /coach start in the "
                            + "team's channel; type /coach help to see everything I can do."))));
            return blocks;
        }
        for (Team team : teams.subList(0, Math.min(MAX_TEAMS, teams.size()))) {
            blocks.add(divider());
            blocks.add(section(s -> s.text(markdownText("*Team* <#" + team.ref().channelId() + ">"))));
            Optional<CheckIn> latest = tx.latestCheckIn(team.id());
            if (latest.isEmpty()) {
                blocks.add(context(c -> c.elements(List.of(plainText("No check-in yet.")))));
                continue;
            }
            CheckIn checkIn = latest.get();
            Optional<Playbook> playbook = playbooks.find(checkIn.playbookId());
            blocks.add(context(c -> c.elements(List.of(plainText(status(tx, checkIn, member, playbook))))));
            lastClosed(tx, team).ifPresent(closed -> blocks.addAll(summary(tx, team, closed)));
            blocks.addAll(ownAnswers(tx, checkIn, member, playbook));
        }
        return blocks;
    }

    /** Only a closed check-in's summary is shown: it is already in the channel, so nothing is revealed early. */
    private static Optional<CheckIn> lastClosed(StoreTx tx, Team team) {
        List<CheckIn> all = tx.checkIns(team.id());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).isOpen()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The team's alignment as the channel saw it (anonymity included): headline and top customers. */
    private List<LayoutBlock> summary(StoreTx tx, Team team, CheckIn checkIn) {
        TeamSummaries.TeamSummary summary = summaries.of(tx, team, checkIn, false);
        String heading = "*Team summary of " + DAY.format(checkIn.opened().atZone(ZoneOffset.UTC)) + "*";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(heading))));
        if (summary.part().isEmpty()) {
            blocks.add(InertText.block(summary.text()));
            return blocks;
        }
        SummaryPart part = summary.part().get();
        blocks.add(InertText.block(part.headline()));
        part.sections().stream().findFirst().filter(section -> !section.lines().isEmpty())
                .ifPresent(section -> blocks.add(InertText.bullets(section.lines())));
        return blocks;
    }

    private static String status(StoreTx tx, CheckIn checkIn, MemberRef member, Optional<Playbook> playbook) {
        List<Conversation> conversations = tx.conversations(checkIn.id());
        long finished = conversations.stream().filter(c -> c.state() == ConversationState.DONE).count();
        String team = finished + " of " + conversations.size() + " members finished";
        String opened = DAY.format(checkIn.opened().atZone(ZoneOffset.UTC));
        if (!checkIn.isOpen()) {
            return "Latest check-in (" + opened + ") is closed: " + team + ". Its summary is in the channel.";
        }
        String mine = tx.conversation(checkIn.id(), member).map(c -> switch (c.state()) {
            case DONE -> "you have answered everything";
            case PAUSED -> "you paused; say resume in our DM to carry on";
            default -> "you are on question " + (c.promptIndex() + 1)
                    + playbook.map(p -> " of " + p.size()).orElse("") + "; answer in our DM";
        }).orElse("you are not part of it");
        return "Check-in open since " + opened + ": " + mine + ". " + team + ".";
    }

    private static List<LayoutBlock> ownAnswers(StoreTx tx, CheckIn checkIn, MemberRef member, Optional<Playbook> playbook) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Answer answer : tx.currentAnswers(checkIn.id())) {
            if (!answer.member().equals(member)) {
                continue;
            }
            String question = playbook.flatMap(p -> p.promptById(answer.promptId())).map(p -> p.text())
                    .orElse(answer.promptId());
            blocks.add(InertText.quoted(question, answer.text()));
        }
        return blocks;
    }
}
