package com.claritycoach.app.demo;

import com.claritycoach.app.CoachCore;
import com.claritycoach.app.console.ConsoleSession;
import com.claritycoach.core.domain.Conversation;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.playbook.PromptKind;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays the demo team through a check-in by typing into a console session, reading from the store
 * which question each member is on so the script fits whatever the playbook asks.
 */
public final class DemoRun {
    private static final int MAX_STEPS_PER_MEMBER = 40;

    private final ConsoleSession session;
    private final CoachCore core;
    private final PrintStream out;

    public DemoRun(ConsoleSession session, CoachCore core, PrintStream out) {
        this.session = session;
        this.core = core;
        this.out = out;
    }

    public void play() {
        Map<String, Map<PromptKind, List<String>>> team = DemoTeam.members();
        team.keySet().forEach(name -> session.handle("as " + name));
        type(DemoTeam.MANAGER, "/coach start discovery");
        team.forEach(this::answerEverything);
        type(DemoTeam.MANAGER, "/coach status");
        type(DemoTeam.MANAGER, "/coach close");
    }

    private void answerEverything(String name, Map<PromptKind, List<String>> script) {
        MemberRef member = new MemberRef(ConsoleSession.TENANT, name);
        int tries = 0;
        int lastIndex = -1;
        for (int step = 0; step < MAX_STEPS_PER_MEMBER; step++) {
            Optional<Position> position = position(member);
            if (position.isEmpty()) {
                return;
            }
            tries = position.get().index() == lastIndex ? tries + 1 : 0;
            lastIndex = position.get().index();
            List<String> answers = DemoTeam.answers(script, position.get().kind());
            type(name, answers.get(Math.min(tries, answers.size() - 1)));
        }
    }

    /** The question a member is being asked, read from the store. */
    private Optional<Position> position(MemberRef member) {
        return core.store().read(tx -> tx.openConversationsOf(member).stream().filter(Conversation::isActive).findFirst()
                .flatMap(c -> tx.checkIn(c.checkInId()).flatMap(ci -> core.playbooks().find(ci.playbookId()))
                        .map(p -> new Position(c.promptIndex(), p.prompt(c.promptIndex()).kind()))));
    }

    private record Position(int index, PromptKind kind) {
    }

    private void type(String name, String line) {
        session.handle("as " + name);
        out.println();
        out.println(name + "> " + line);
        session.handle(line);
    }
}
