package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.domain.TeamMember;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.MessagePart;
import com.claritycoach.core.store.StoreTx;
import java.util.List;

/**
 * Everything a team command needs: the step, the team, who asked, the words after the command
 * name, and the channel roster when the command needs it (fetched before the transaction).
 */
record CommandContext(Step step, Team team, TeamMember issuer, String args, List<MemberProfile> roster) {

    StoreTx tx() {
        return step.tx();
    }

    /** Answers only the member who asked (Slack ephemeral, Teams thread reply). */
    void reply(String text, MessagePart... parts) {
        step.send(new Destination.PrivateReply(team.ref(), issuer.ref()), text, parts);
    }

    /** Posts to the whole team channel. */
    void post(String text, MessagePart... parts) {
        step.send(new Destination.ChannelPost(team.ref()), text, parts);
    }
}
