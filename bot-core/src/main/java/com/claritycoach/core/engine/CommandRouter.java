package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.message.Destination;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks the team command a {@code /coach ...} line names, checks who may run it ({@link ManagerGate}),
 * and answers anything unknown with help rather than an error. Member words ({@code my answers},
 * {@code skip}…) typed in a channel are handled as if sent privately, and answered privately.
 */
final class CommandRouter {
    private final List<TeamCommand> commands;
    private final MemberFlow memberFlow;
    private final ManagerGate gate;

    CommandRouter(List<TeamCommand> teamCommands, MemberFlow memberFlow, ManagerGate gate) {
        List<TeamCommand> all = new ArrayList<>(teamCommands);
        all.add(0, new HelpCommand(all));
        this.commands = List.copyOf(all);
        this.memberFlow = memberFlow;
        this.gate = gate;
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
        TeamMember issuer = ManagerGate.asker(step, team, command.by(), issuerProfile);
        String name = firstWord(line);
        String args = line.strip().length() > name.length() ? line.strip().substring(name.length()).strip() : "";
        Optional<TeamCommand> match = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        CommandContext ctx = new CommandContext(step, team, issuer, args, roster);
        if (match.isEmpty()) {
            ctx.reply("I don't know the command '" + name + "'.\n" + HelpCommand.text(commands));
            return;
        }
        TeamCommand c = match.get();
        if (c.managersOnly()) {
            gate.admit(ctx, "use the " + c.title() + " command").ifPresent(c::run);
        } else {
            c.run(ctx);
        }
    }

    private static String firstWord(String line) {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }
}
