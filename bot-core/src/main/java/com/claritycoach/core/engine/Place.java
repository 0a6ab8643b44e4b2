package com.claritycoach.core.engine;

import com.claritycoach.core.domain.CheckIn;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.Team;
import com.claritycoach.core.message.Destination;
import com.claritycoach.core.playbook.Playbook;
import com.claritycoach.core.playbook.Prompt;

/** A member's conversation together with what it refers to, loaded once per step. */
record Place(Team team, CheckIn checkIn, Playbook playbook, Conversation conversation) {

    Prompt currentPrompt() {
        return playbook.prompt(conversation.promptIndex());
    }

    Destination.DirectMessage dm() {
        return new Destination.DirectMessage(conversation.member());
    }

    Place with(Conversation updated) {
        return new Place(team, checkIn, playbook, updated);
    }
}
