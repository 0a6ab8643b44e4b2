package com.claritycoach.core.engine;

import com.claritycoach.core.domain.TeamMember;
import java.util.List;

/** The polite "only managers may" reply, naming who can help. */
final class Refusals {
    private Refusals() {
    }

    static String managersOnly(String what, List<TeamMember> members) {
        List<TeamMember> managers = members.stream().filter(TeamMember::isManager).toList();
        return "Sorry, only this team's managers can " + what + "."
                + (managers.isEmpty() ? "" : " Managers here: " + Members.names(managers) + ".");
    }

    /** For a team with answers whose managers have all left: taking the role would hand over those answers. */
    static String noManagerLeft(String what) {
        return "Sorry, this team has no manager any more, so nobody can " + what + " yet. A workspace admin can "
                + "make someone a manager here with managers add <member>.";
    }
}
