package com.claritycoach.app.console;

import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.Messenger;
import java.io.PrintStream;

/**
 * Prints what the coach sends: {@code [to ana] ...} for a direct message, {@code [to #team] ...} for
 * a channel post, {@code [to ana in #team] ...} for a reply only the asker sees. Continuation lines
 * are indented so each message stays readable as one block.
 */
public final class ConsoleMessenger implements Messenger {
    private final PrintStream out;

    public ConsoleMessenger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void send(OutboundMessage message, String idempotencyKey) {
        out.println(prefix(message.to()) + " " + message.text().replace("\n", "\n  "));
        out.flush();
    }

    static String prefix(Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return "[to " + dm.member().userId() + "]";
        }
        if (to instanceof Destination.ChannelPost post) {
            return "[to #" + post.team().channelId() + "]";
        }
        Destination.PrivateReply reply = (Destination.PrivateReply) to;
        return "[to " + reply.member().userId() + " in #" + reply.team().channelId() + "]";
    }
}
