package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.StoreTx;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Opens a check-in and asks every member the first question; only managers may (the first person to
 * set the coach up in a team becomes its manager).
 */
final class StartCommand implements TeamCommand {
    private final PlaybookCatalog catalog;
    private final CheckInOpener opener;

    StartCommand(PlaybookCatalog catalog, CheckInOpener opener) {
        this.catalog = catalog;
        this.opener = opener;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String usage() {
        return "start [playbook]";
    }

    @Override
    public String description() {
        return "open a check-in now and ask everyone; it closes after the team's deadline (playbooks: " + String.join(", ",
                catalog.all().stream().map(Playbook::id).toList()) + ")";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        StoreTx tx = ctx.tx();
        Optional<CheckIn> open = tx.currentCheckIn(ctx.team().id());
        if (open.isPresent()) {
            ctx.reply("A check-in is already open (since " + TimeFormat.of(open.get().opened())
                    + "). Say status to see who has answered, or close to end it first.");
            return;
        }
        Optional<Playbook> playbook = opener.choose(tx, ctx.team().id(), ctx.args());
        if (playbook.isEmpty()) {
            ctx.reply("I don't know a playbook called '" + ctx.args() + "'. Available: "
                    + String.join(", ", catalog.all().stream().map(Playbook::id).toList()) + ".");
            return;
        }
        List<TeamMember> asked = roster(ctx);
        Duration deadline = tx.teamSettings(ctx.team().id()).deadline();
        opener.open(ctx.step(), ctx.team(), playbook.get(), ctx.step().now().plus(deadline), asked, asked, ctx.issuer());
    }

    /** The platform's roster (saved as members) plus whoever already belongs; the issuer always. */
    private static List<TeamMember> roster(CommandContext ctx) {
        StoreTx tx = ctx.tx();
        long teamId = ctx.team().id();
        for (MemberProfile profile : ctx.roster()) {
            tx.saveProfile(profile);
            tx.ensureMember(teamId, profile.ref());
        }
        return tx.members(teamId);
    }
}
