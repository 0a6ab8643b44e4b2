package com.claritycoach.core.engine;

import com.claritycoach.core.coaching.MemberContext;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.store.StoreTx;
import java.util.List;

/** Builds what coaching rules may know about the team around the member who answered. */
final class TeamContexts {
    private TeamContexts() {
    }

    static MemberContext of(StoreTx tx, long teamId, MemberRef member) {
        List<TeamMember> members = tx.members(teamId);
        String name = members.stream().filter(m -> m.ref().equals(member)).map(m -> m.profile().displayName())
                .findFirst().orElse(member.userId());
        List<String> managers = members.stream()
                .filter(m -> m.isManager() && !m.ref().equals(member))
                .map(m -> m.profile().displayName()).toList();
        List<String> everyone = members.stream().map(m -> m.profile().displayName()).toList();
        return new MemberContext(name, managers, everyone);
    }
}
