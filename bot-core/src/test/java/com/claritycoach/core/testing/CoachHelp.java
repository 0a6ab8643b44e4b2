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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The team help as a real coach gives it, for tests that hold what a platform's manifest advertises
 * to the commands the coach knows.
 */
public final class CoachHelp {
    private static final TenantRef TENANT = new TenantRef(Platform.CONSOLE, "help");

    private final String text;

    private CoachHelp(String text) {
        this.text = text;
    }

    /** Asks a coach on a throwaway SQLite file in {@code dir} for {@code help} in a team channel. */
    public static CoachHelp ask(Path dir) {
        try (CoachStore store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("help.db"), null, null))) {
            CoachEngine engine = new CoachEngine(store, PlaybookCatalog.builtIn(), CoachingRules.standard(),
                    new StoreDirectory(store), Clock.systemUTC());
            return new CoachHelp(engine.handle(CommandIssued.of(new TeamRef(TENANT, "team"), new MemberRef(TENANT, "ana"),
                    "help")).messages().stream().map(OutboundMessage::text).collect(Collectors.joining("\n")));
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
