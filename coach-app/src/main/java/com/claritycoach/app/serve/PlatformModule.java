package com.claritycoach.app.serve;

import com.claritycoach.core.domain.Platform;
import com.claritycoach.core.engine.CoachEngine;
import com.claritycoach.core.outbox.OutboxPump;
import com.claritycoach.core.port.Directory;
import com.claritycoach.core.port.Messenger;
import jakarta.servlet.http.HttpServlet;
import java.util.Map;

/**
 * One chat platform plugged into {@code serve}: how to reach its people (directory, messenger) and
 * how it receives events (servlets on the shared HTTP server, or an outbound connection).
 */
public interface PlatformModule extends AutoCloseable {

    Platform platform();

    Directory directory();

    Messenger messenger();

    /**
     * Starts receiving events and hands each to {@code engine}; {@code pump.kick()} after a step that
     * queued messages gets them delivered promptly.
     *
     * @return servlets to mount on the shared server, by path (e.g. {@code /slack/events}); empty when
     *     the platform connects out instead (Slack Socket Mode)
     */
    Map<String, HttpServlet> start(CoachEngine engine, OutboxPump pump);

    @Override
    void close();
}
