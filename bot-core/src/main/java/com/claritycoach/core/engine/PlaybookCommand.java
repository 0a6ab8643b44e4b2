package com.claritycoach.core.engine;

import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.schedule.TeamSettings;
import java.util.Optional;

/** Chooses the playbook scheduled check-ins (and a plain {@code start}) use. */
final class PlaybookCommand implements TeamCommand {
    private final PlaybookCatalog catalog;

    PlaybookCommand(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "playbook";
    }

    @Override
    public String usage() {
        return "playbook <name> | playbook default";
    }

    @Override
    public String description() {
        return "the playbook for scheduled check-ins and start";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        TeamSettings settings = ctx.tx().teamSettings(ctx.team().id());
        String available = String.join(", ", catalog.all().stream().map(Playbook::id).toList());
        if (ctx.args().isBlank()) {
            ctx.reply("Playbook: " + (settings.playbookId() == null ? "the usual choice" : settings.playbookId())
                    + ". Available: " + available + ". Change it with playbook <name>.");
            return;
        }
        if (ctx.args().equalsIgnoreCase("default")) {
            ctx.tx().saveTeamSettings(ctx.team().id(), settings.withPlaybook(null));
            ctx.reply("Back to the usual choice: the first check-in uses " + catalog.defaultPlaybook().id()
                    + ", later ones the weekly playbook.");
            return;
        }
        Optional<Playbook> playbook = catalog.find(ctx.args());
        if (playbook.isEmpty()) {
            ctx.reply("I don't know a playbook called '" + ctx.args() + "'. Available: " + available + ".");
            return;
        }
        ctx.tx().saveTeamSettings(ctx.team().id(), settings.withPlaybook(playbook.get().id()));
        ctx.reply("Check-ins for " + ctx.team().name() + " now use the " + playbook.get().title() + " playbook.");
    }
}
