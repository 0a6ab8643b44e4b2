package com.claritycoach.app.console;

import com.claritycoach.core.domain.MemberProfile;
import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.domain.TeamRef;
import com.claritycoach.core.domain.TenantRef;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.MemberJoined;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.outbox.OutboxDispatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The console protocol: {@code as <member>} chooses who speaks, {@code /coach <command>} speaks in
 * the team channel, any other line is a direct message to the coach. Every message the coach
 * queues is delivered through the outbox before the next line is read, exactly as on a platform.
 */
public final class ConsoleSession {
    public static final TenantRef TENANT = new TenantRef(Platform.CONSOLE, "console");

    private final CoachEngine engine;
    private final OutboxDispatcher dispatcher;
    private final TeamRef team;
    private final PrintStream out;
    private final boolean interactive;
    private final Set<String> joined = new HashSet<>();
    private MemberRef speaker;

    public ConsoleSession(CoachEngine engine, OutboxDispatcher dispatcher, String teamName, PrintStream out,
                          boolean interactive) {
        this.engine = engine;
        this.dispatcher = dispatcher;
        this.team = new TeamRef(TENANT, teamName);
        this.out = out;
        this.interactive = interactive;
    }

    /** Reads lines until end of input. */
    public void run(BufferedReader in) {
        try {
            prompt();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                handle(line);
                prompt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Handles one typed line. */
    public void handle(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("as ") || text.equalsIgnoreCase("as")) {
            switchTo(text.substring(2).strip());
            return;
        }
        if (speaker == null) {
            out.println("[console] Say 'as <name>' first to choose who is speaking, e.g. as ana");
            return;
        }
        if (text.equals("/coach") || text.startsWith("/coach ")) {
            engine.handle(CommandIssued.of(team, speaker, text.substring("/coach".length()).strip()));
        } else {
            engine.handle(MessageReceived.of(speaker, line));
        }
        dispatcher.drainOnce();
    }

    private void switchTo(String name) {
        if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            out.println("[console] Usage: as <name>, with a one-word name, e.g. as ana");
            return;
        }
        speaker = new MemberRef(TENANT, name);
        if (joined.add(name)) {
            engine.handle(new MemberJoined(team, MemberProfile.of(speaker, name), null));
        }
    }

    private void prompt() {
        if (interactive) {
            out.print(speaker == null ? "(as <name>)> " : speaker.userId() + "> ");
            out.flush();
        }
    }
}
