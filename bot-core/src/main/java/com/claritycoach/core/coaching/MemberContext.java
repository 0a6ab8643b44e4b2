package com.claritycoach.core.coaching;

import java.util.List;

/**
 * What a rule may know about who answered: their name, and the names of the team's managers and
 * members (so "Maria" is recognised as the member's own manager).
 */
public record MemberContext(String memberName, List<String> managerNames, List<String> teamMemberNames) {
    public MemberContext {
        managerNames = List.copyOf(managerNames);
        teamMemberNames = List.copyOf(teamMemberNames);
    }

    public static MemberContext anonymous() {
        return new MemberContext("", List.of(), List.of());
    }
}
