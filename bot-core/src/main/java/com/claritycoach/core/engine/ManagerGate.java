package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking, and whether they may do what only managers do: one rule for typed commands and for
 * buttons. Only the first to set up a team that has no check-ins yet becomes its manager by asking:
 * once answers exist, a team whose managers have all left gets new ones from a platform admin, so
 * nobody can join a channel and take its answers.
 */
final class ManagerGate {
    private final TeamContexts contexts;

    ManagerGate(TeamContexts contexts) {
        this.contexts = contexts;
    }

    /**
     * The asker as a member of the team, their profile kept fresh without replacing a known name by the
     * bare user id that a failed platform look-up falls back to.
     */
    static TeamMember asker(Step step, Team team, MemberRef by, MemberProfile profile) {
        boolean lookedUp = !profile.displayName().equals(by.userId());
        if (lookedUp || step.tx().findProfile(by).isEmpty()) {
            step.tx().saveProfile(profile);
        }
        return step.tx().ensureMember(team.id(), by);
    }

    /**
     * The context to act in as a manager, or empty after telling the asker politely why not.
     *
     * @param what what they asked to do, as in "only this team's managers can {@code what}"
     */
    Optional<CommandContext> admit(CommandContext ctx, String what) {
        if (ctx.issuer().isManager()) {
            return Optional.of(ctx);
        }
        long teamId = ctx.team().id();
        List<TeamMember> members = ctx.tx().members(teamId);
        if (members.stream().anyMatch(TeamMember::isManager)) {
            ctx.reply(Refusals.managersOnly(what, members));
            return Optional.empty();
        }
        if (!ctx.tx().checkIns(teamId).isEmpty()) {
            ctx.reply(Refusals.noManagerLeft(what));
            return Optional.empty();
        }
        ctx.tx().setRole(teamId, ctx.issuer().ref(), Role.MANAGER);
        contexts.changed(teamId);
        TeamMember manager = ctx.tx().membership(teamId, ctx.issuer().ref()).orElseThrow();
        CommandContext promoted = new CommandContext(ctx.step(), ctx.team(), manager, ctx.args(), ctx.roster());
        promoted.reply("You are the first to set up the coach here, so you are now this team's manager. "
                + "Say managers add <member> to share the role.");
        return Optional.of(promoted);
    }
}
