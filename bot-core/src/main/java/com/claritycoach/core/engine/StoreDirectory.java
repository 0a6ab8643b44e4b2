package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.store.CoachStore;
import java.util.List;
import java.util.Optional;

/**
 * A directory for places with no platform to ask (the console): a team is whoever has spoken in it,
 * and a person is what the store remembers.
 */
public final class StoreDirectory implements Directory {
    private final CoachStore store;

    public StoreDirectory(CoachStore store) {
        this.store = store;
    }

    @Override
    public List<MemberProfile> roster(TeamRef team) {
        return store.read(tx -> tx.findTeam(team)
                .map(t -> tx.members(t.id()).stream().map(TeamMember::profile).toList())
                .orElse(List.of()));
    }

    @Override
    public Optional<MemberProfile> profile(MemberRef member) {
        return store.read(tx -> tx.findProfile(member));
    }
}
