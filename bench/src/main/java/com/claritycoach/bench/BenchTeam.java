package com.claritycoach.bench;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import com.claritycoach.core.store.jdbc.JdbcCoachStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** A team of {@code size} members on a fresh SQLite file, with the real engine over it. */
final class BenchTeam implements AutoCloseable {
    static final TenantRef TENANT = new TenantRef(Platform.CONSOLE, "bench");

    final Path dir;
    final JdbcCoachStore store;
    final CoachEngine engine;
    final TeamRef team;
    final List<MemberRef> members;
    final MemberRef manager;

    BenchTeam(String name, int size) {
        this.dir = tempDir(name);
        this.store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("coach.db"), null, null));
        this.team = new TeamRef(TENANT, name);
        this.members = IntStream.range(0, size).mapToObj(i -> new MemberRef(TENANT, "member" + i)).toList();
        this.manager = members.get(0);
        List<MemberProfile> roster = members.stream().map(m -> MemberProfile.of(m, "Member " + m.userId())).toList();
        Directory directory = new Directory() {
            @Override
            public List<MemberProfile> roster(TeamRef ref) {
                return roster;
            }

            @Override
            public Optional<MemberProfile> profile(MemberRef member) {
                return Optional.of(MemberProfile.of(member, "Member " + member.userId()));
            }
        };
        this.engine = new CoachEngine(store, PlaybookCatalog.builtIn(), CoachingRules.standard(), directory, Clock.systemUTC());
    }

    void start() {
        engine.handle(CommandIssued.of(team, manager, "start discovery"));
    }

    void close(String how) {
        engine.handle(CommandIssued.of(team, manager, how));
    }

    static Path tempDir(String name) {
        try {
            return Files.createTempDirectory("clarity-bench-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
