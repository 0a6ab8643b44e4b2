package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.message.Destination.DirectMessage;
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
    static final Duration DEFAULT_DEADLINE = Duration.ofHours(24);

    private final PlaybookCatalog catalog;
    private final Places places;
    private final MemberFlow flow;

    StartCommand(PlaybookCatalog catalog, Places places, MemberFlow flow) {
        this.catalog = catalog;
        this.places = places;
        this.flow = flow;
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
        return "open a check-in now and ask everyone (playbooks: " + String.join(", ",
                catalog.all().stream().map(Playbook::id).toList()) + ")";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        StoreTx tx = ctx.tx();
        TeamMember issuer = ctx.issuer();
        Optional<CheckIn> open = tx.currentCheckIn(ctx.team().id());
        if (open.isPresent()) {
            ctx.reply("A check-in is already open (since " + TimeFormat.of(open.get().opened())
                    + "). Say status to see who has answered, or close to end it first.");
            return;
        }
        Optional<Playbook> playbook = choosePlaybook(ctx);
        if (playbook.isEmpty()) {
            ctx.reply("I don't know a playbook called '" + ctx.args() + "'. Available: "
                    + String.join(", ", catalog.all().stream().map(Playbook::id).toList()) + ".");
            return;
        }
        List<TeamMember> asked = roster(ctx);
        CheckIn checkIn = tx.openCheckIn(ctx.team().id(), playbook.get().id(), ctx.step().now(),
                ctx.step().now().plus(DEFAULT_DEADLINE));
        ctx.post(issuer.profile().displayName() + " started a " + playbook.get().title() + " check-in for "
                + ctx.team().name() + ": " + playbook.get().size() + " questions for " + asked.size()
                + (asked.size() == 1 ? " member" : " members") + ". I am messaging each of you privately now. "
                + "It closes " + TimeFormat.of(checkIn.closes()) + ".");
        for (TeamMember member : asked) {
            invite(ctx, checkIn, playbook.get(), member);
        }
    }

    private Optional<Playbook> choosePlaybook(CommandContext ctx) {
        if (!ctx.args().isBlank()) {
            return catalog.find(ctx.args());
        }
        boolean first = ctx.tx().checkIns(ctx.team().id()).isEmpty();
        return first ? Optional.of(catalog.defaultPlaybook()) : catalog.find(PlaybookCatalog.WEEKLY)
                .or(() -> Optional.of(catalog.defaultPlaybook()));
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

    private void invite(CommandContext ctx, CheckIn checkIn, Playbook playbook, TeamMember member) {
        StoreTx tx = ctx.tx();
        boolean busy = tx.openConversationsOf(member.ref()).stream().anyMatch(Conversation::isActive);
        Conversation conversation = Conversation.start(checkIn.id(), member.ref(), Places.NOT_PRESENTED);
        tx.saveConversation(conversation);
        DirectMessage dm = new DirectMessage(member.ref());
        String starter = member.ref().equals(ctx.issuer().ref()) ? "You" : ctx.issuer().profile().displayName();
        String intro = "Hi " + member.profile().displayName() + "! " + starter
                + " started a check-in for " + ctx.team().name() + ": " + playbook.size()
                + " short questions about who our ultimate customer is and how your work reaches them. "
                + "Type your answers here; say skip, back or pause any time.";
        if (busy) {
            ctx.step().send(dm, intro + " I will start once you finish the check-in you are in.");
            return;
        }
        ctx.step().send(dm, intro);
        places.load(tx, conversation).ifPresent(place -> flow.present(ctx.step(), place));
    }
}
