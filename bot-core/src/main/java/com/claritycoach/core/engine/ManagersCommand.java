package com.claritycoach.core.engine;

import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.TeamMember;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Shows, adds or removes a team's managers; a team always keeps at least one. */
final class ManagersCommand implements TeamCommand {
    private final TeamContexts contexts;

    ManagersCommand(TeamContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public String name() {
        return "managers";
    }

    @Override
    public String usage() {
        return "managers add|remove <member>";
    }

    @Override
    public String description() {
        return "choose who runs check-ins";
    }

    @Override
    public boolean managersOnly() {
        return true;
    }

    @Override
    public void run(CommandContext ctx) {
        List<TeamMember> members = ctx.tx().members(ctx.team().id());
        String[] words = ctx.args().split("\\s+", 2);
        String action = words[0].toLowerCase(Locale.ROOT);
        if (action.isEmpty()) {
            List<TeamMember> managers = members.stream().filter(TeamMember::isManager).toList();
            ctx.reply("Managers of " + ctx.team().name() + ": " + Members.names(managers) + ".");
            return;
        }
        if (!(action.equals("add") || action.equals("remove")) || words.length < 2 || words[1].isBlank()) {
            ctx.reply("Say managers add <member> or managers remove <member>, for example: managers add maria");
            return;
        }
        Optional<TeamMember> target = Members.find(members, words[1]);
        if (target.isEmpty()) {
            ctx.reply("I cannot find '" + words[1].strip() + "' in this team. Members: " + Members.names(members) + ".");
            return;
        }
        TeamMember member = target.get();
        String name = member.profile().displayName();
        if (action.equals("add")) {
            ctx.tx().setRole(ctx.team().id(), member.ref(), Role.MANAGER);
            contexts.changed(ctx.team().id());
            ctx.post(ctx.issuer().profile().displayName() + " made " + name + " a manager of this team.");
            return;
        }
        if (member.role() != Role.MANAGER) {
            ctx.reply(name + " is not a manager of this team.");
            return;
        }
        long managers = members.stream().filter(m -> m.role() == Role.MANAGER).count();
        if (managers == 1) {
            ctx.reply(name + " is the only manager here; add another manager first.");
            return;
        }
        ctx.tx().setRole(ctx.team().id(), member.ref(), Role.MEMBER);
        contexts.changed(ctx.team().id());
        ctx.post(ctx.issuer().profile().displayName() + " removed " + name + " as a manager of this team.");
    }
}
