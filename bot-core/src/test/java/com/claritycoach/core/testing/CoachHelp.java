package com.claritycoach.core.testing;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.engine.StoreDirectory;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The team help as a real coach gives it, for tests that hold what a platform's manifest advertises
 * to the commands the coach knows.
 */
public final class CoachHelp {
    private static final TenantRef TENANT = new TenantRef(Platform.CONSOLE, "help");

    private final Path dir;
    private final String text;

    private CoachHelp(Path dir) {
        this.dir = dir;
        this.text = reply("help");
    }

    /** Asks a coach on a throwaway SQLite file in {@code dir} for {@code help} in a team channel. */
    public static CoachHelp ask(Path dir) {
        return new CoachHelp(dir);
    }

    /**
     * Whether the coach runs the command that {@code advertised} names rather than answering "I don't
     * know the command": its words up to the first placeholder ({@code <…>}, {@code […]}, {@code a|b})
     * are typed in the team channel, as the first member there (so managers' commands run too).
     */
    public boolean routes(String advertised) {
        return !reply(typed(advertised)).contains("I don't know the command");
    }

    /** Each command the help lists, as it lists it ("start [playbook]", "my answers", "forget me"). */
    public List<String> listed() {
        return Pattern.compile("\n  ([^:\n]+):").matcher(text).results()
                .flatMap(m -> Stream.of(m.group(1).split(", "))).toList();
    }

    private static String typed(String advertised) {
        return Stream.of(advertised.strip().split("\\s+")).takeWhile(w -> !w.matches(".*[<\\[|].*"))
                .collect(Collectors.joining(" "));
    }

    private String reply(String command) {
        try (CoachStore store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("help.db"), null, null))) {
            CoachEngine engine = new CoachEngine(store, PlaybookCatalog.builtIn(), CoachingRules.standard(),
                    new StoreDirectory(store), Clock.systemUTC());
            return engine.handle(CommandIssued.of(new TeamRef(TENANT, "team"), new MemberRef(TENANT, "ana"), command))
                    .messages().stream().map(OutboundMessage::text).collect(Collectors.joining("\n"));
        }
    }

    /**
     * Whether help lists the command that {@code advertised} starts with: "start weekly" and
     * "start [playbook]" are {@code start}, "my answers" is {@code my answers, forget me}.
     */
    public boolean lists(String advertised) {
        String command = advertised.strip().split("\\s+", 2)[0];
        return !command.isEmpty() && Pattern.compile("\n  " + Pattern.quote(command) + "[ :,]").matcher(text).find();
    }

    @Override
    public String toString() {
        return text;
    }
}
