package com.claritycoach.core.engine;

import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.store.StoreTx;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What coaching rules may know about the team around the member who answered. Every answer needs
 * the names of the team's managers, so they are cached briefly per team instead of reading the whole
 * roster on each answer; a new manager's name is known to the rules within {@link #FRESH_FOR}.
 */
final class TeamContexts {
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Cache<Long, Roster> rosters = Caffeine.newBuilder()
            .expireAfterWrite(FRESH_FOR).maximumSize(10_000).build();

    /** The names the rules use, by user id, and which of them are managers. */
    private record Roster(Map<String, String> names, List<String> managerIds, List<String> everyone) {
    }

    MemberContext of(StoreTx tx, long teamId, MemberRef member) {
        Roster roster = rosters.get(teamId, id -> load(tx, id));
        String name = roster.names().getOrDefault(member.userId(), member.userId());
        List<String> managers = roster.managerIds().stream().filter(id -> !id.equals(member.userId()))
                .map(roster.names()::get).toList();
        return new MemberContext(name, managers, roster.everyone());
    }

    /** Forgets what is cached for a team whose managers just changed in this process. */
    void changed(long teamId) {
        rosters.invalidate(teamId);
    }

    private static Roster load(StoreTx tx, long teamId) {
        List<TeamMember> members = tx.members(teamId);
        Map<String, String> names = members.stream().collect(Collectors.toMap(m -> m.ref().userId(),
                m -> m.profile().displayName(), (a, b) -> a, LinkedHashMap::new));
        return new Roster(names, members.stream().filter(TeamMember::isManager).map(m -> m.ref().userId()).toList(),
                List.copyOf(names.values()));
    }
}
