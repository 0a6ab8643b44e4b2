package com.claritycoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claritycoach.core.coaching.CoachingRules;
import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.playbook.PlaybookCatalog;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.schedule.Scheduler;
import com.claritycoach.core.store.CoachStore;
import com.claritycoach.core.store.OutboxEntry;
import com.claritycoach.core.store.StoreTx;
import com.claritycoach.core.store.jdbc.CoachStores;
import com.claritycoach.core.store.jdbc.DatabaseConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled check-in asks the channel's members as the platform lists them, looked up once per slot. */
class ScheduledRosterTest {
    private static final TeamRef TEAM = new TeamRef(Transcript.TENANT, "product");
    private static final MemberRef ADA = new MemberRef(Transcript.TENANT, "ada");
    private static final MemberRef CY = new MemberRef(Transcript.TENANT, "cy");

    @TempDir
    Path dir;

    private int rosterCalls;

    @Test
    void membersTheCoachHasNotMetYetAreAskedAndThePlatformIsAskedOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
        Directory platform = new Directory() {
            @Override
            public List<MemberProfile> roster(TeamRef team) {
                rosterCalls++;
                return List.of(MemberProfile.of(ADA, "Ada"), MemberProfile.of(CY, "Cy"));
            }

            @Override
            public Optional<MemberProfile> profile(MemberRef member) {
                return Optional.empty();
            }
        };
        try (CoachStore store = CoachStores.open(new DatabaseConfig("jdbc:sqlite:" + dir.resolve("c.db"), null, null))) {
            CoachEngine engine = new CoachEngine(store, new PlaybookCatalog(List.of(Transcript.DISCOVERY)),
                    CoachingRules.standard(), platform, clock);
            engine.handle(CommandIssued.of(TEAM, ADA, "schedule weekly monday 09:00 UTC"));
            Scheduler scheduler = new Scheduler(store, engine.scheduledWork(), clock);

            clock.set(Instant.parse("2026-11-23T09:00:00Z"));
            scheduler.tick();
            clock.set(Instant.parse("2026-11-23T09:00:30Z"));
            scheduler.tick();

            List<OutboxEntry> queued = store.read((StoreTx tx) -> tx.pendingOutbox(clock.instant(), 100));
            assertThat(queued).anySatisfy(e -> {
                assertThat(e.message().to()).isEqualTo(new Destination.DirectMessage(CY));
                assertThat(e.message().text()).startsWith("Hi Cy!");
            });
            assertThat(rosterCalls).isEqualTo(1);
        }
    }
}
