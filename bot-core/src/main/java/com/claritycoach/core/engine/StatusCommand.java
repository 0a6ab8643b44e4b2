package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.ConversationState;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who has answered so far; names are left out for anonymous teams. */
final class StatusCommand implements TeamCommand {
    private final PlaybookCatalog catalog;

    StatusCommand(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String usage() {
        return "status";
    }

    @Override
    public String description() {
        return "who has answered so far";
    }

    @Override
    public boolean managersOnly() {
        return false;
    }

    @Override
    public void run(CommandContext ctx) {
        StoreTx tx = ctx.tx();
        Optional<CheckIn> open = tx.currentCheckIn(ctx.team().id());
        if (open.isEmpty()) {
            ctx.reply(tx.latestCheckIn(ctx.team().id())
                    .map(c -> "No check-in is open. The last one opened " + TimeFormat.of(c.opened())
                            + "; say summary to see it.")
                    .orElse("No check-in has been started in this team yet. A manager can say start."));
            return;
        }
        CheckIn checkIn = open.get();
        int size = catalog.find(checkIn.playbookId()).map(p -> p.size()).orElse(0);
        Map<String, MemberProfile> profiles = tx.members(ctx.team().id()).stream()
                .map(TeamMember::profile)
                .collect(Collectors.toMap(p -> p.ref().userId(), Function.identity(), (a, b) -> a));
        List<Conversation> conversations = tx.conversations(checkIn.id()).stream()
                .filter(c -> profiles.containsKey(c.member().userId())).toList();
        List<String> finished = new ArrayList<>();
        List<String> going = new ArrayList<>();
        List<String> notStarted = new ArrayList<>();
        for (Conversation c : conversations) {
            MemberProfile profile = profiles.get(c.member().userId());
            String name = profile == null ? c.member().userId() : profile.displayName();
            if (c.state() == ConversationState.DONE) {
                finished.add(name);
            } else if (c.frontier() == 0 && tx.currentAnswer(checkIn.id(), c.member(), firstPromptId(checkIn)).isEmpty()) {
                notStarted.add(name);
            } else {
                going.add(name + (c.state() == ConversationState.PAUSED ? " (paused)"
                        : " (question " + (c.frontier() + 1) + " of " + size + ")"));
            }
        }
        StringBuilder text = new StringBuilder("Check-in opened ").append(TimeFormat.of(checkIn.opened()))
                .append(", closes ").append(TimeFormat.of(checkIn.closes())).append(".\nFinished: ")
                .append(finished.size()).append(" of ").append(conversations.size()).append('.');
        if (ctx.team().anonymous()) {
            text.append(" Still answering: ").append(going.size()).append(". Not started: ").append(notStarted.size())
                    .append(". (This team is anonymous, so no names.)");
        } else {
            appendNames(text, "Finished", finished);
            appendNames(text, "Still answering", going);
            appendNames(text, "Not started", notStarted);
        }
        ctx.reply(text.toString());
    }

    private String firstPromptId(CheckIn checkIn) {
        return catalog.find(checkIn.playbookId()).map(p -> p.prompt(0).id()).orElse("");
    }

    private static void appendNames(StringBuilder text, String label, List<String> names) {
        if (!names.isEmpty()) {
            text.append('\n').append(label).append(": ").append(String.join(", ", names)).append('.');
        }
    }
}
