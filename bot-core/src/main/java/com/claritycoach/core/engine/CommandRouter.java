package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.Role;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.message.Destination;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the team command a {@code /coach ...} line names, checks who may run it, and answers
 * anything unknown with help rather than an error. Only the first to set up a team that has no
 * check-ins yet becomes its manager by asking: once answers exist, a team whose managers have all
 * left gets new ones from a platform admin, so nobody can join a channel and take its answers. Member words ({@code my answers}, {@code skip}…)
 * typed in a channel are handled as if sent privately, and answered privately.
 */
final class CommandRouter {
    private final List<TeamCommand> commands;
    private final MemberFlow memberFlow;
    private final TeamContexts contexts;

    CommandRouter(List<TeamCommand> teamCommands, MemberFlow memberFlow, TeamContexts contexts) {
        List<TeamCommand> all = new ArrayList<>(teamCommands);
        all.add(0, new HelpCommand(all));
        this.commands = List.copyOf(all);
        this.memberFlow = memberFlow;
        this.contexts = contexts;
    }

    /** Whether the command line needs the channel roster, which is fetched before the transaction. */
    static boolean needsRoster(String line) {
        return firstWord(line).equals("start");
    }

    void route(Step step, CommandIssued command, MemberProfile issuerProfile, List<MemberProfile> roster) {
        Optional<String> cleaned = InputText.clean(command.text());
        String line = cleaned.orElse("help");
        Team team = step.tx().ensureTeam(command.team(), command.team().channelId());
        if (InputText.tooLong(line)) {
            step.send(new Destination.PrivateReply(team.ref(), command.by()), InputText.tooLongReply(line));
            return;
        }
        Optional<MemberWord> word = MemberWord.parse(line);
        if (word.isPresent() && word.get() != MemberWord.HELP) {
            memberFlow.onWord(step, command.by(), word.get());
            return;
        }
        rememberIssuer(step, command, issuerProfile);
        TeamMember issuer = step.tx().ensureMember(team.id(), command.by());
        String name = firstWord(line);
        String args = line.strip().length() > name.length() ? line.strip().substring(name.length()).strip() : "";
        Optional<TeamCommand> match = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        CommandContext ctx = new CommandContext(step, team, issuer, args, roster);
        if (match.isEmpty()) {
            ctx.reply("I don't know the command '" + name + "'.\n" + HelpCommand.text(commands));
            return;
        }
        TeamCommand c = match.get();
        if (c.managersOnly() && !issuer.isManager()) {
            List<TeamMember> members = step.tx().members(team.id());
            if (members.stream().anyMatch(TeamMember::isManager)) {
                ctx.reply(Refusals.managersOnly(c.usage(), members));
                return;
            }
            if (!step.tx().checkIns(team.id()).isEmpty()) {
                ctx.reply(Refusals.noManagerLeft(c.usage()));
                return;
            }
            step.tx().setRole(team.id(), issuer.ref(), Role.MANAGER);
            contexts.changed(team.id());
            issuer = step.tx().membership(team.id(), issuer.ref()).orElseThrow();
            ctx = new CommandContext(step, team, issuer, args, roster);
            ctx.reply("You are the first to set up the coach here, so you are now this team's manager. "
                    + "Say managers add <member> to share the role.");
        }
        c.run(ctx);
    }

    /**
     * Keeps the issuer's profile fresh, without replacing a known name by the bare user id that a
     * failed platform look-up falls back to.
     */
    private static void rememberIssuer(Step step, CommandIssued command, MemberProfile profile) {
        boolean lookedUp = !profile.displayName().equals(command.by().userId());
        if (lookedUp || step.tx().findProfile(command.by()).isEmpty()) {
            step.tx().saveProfile(profile);
        }
    }

    private static String firstWord(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
