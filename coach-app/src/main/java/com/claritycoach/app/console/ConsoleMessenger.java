package com.claritycoach.app.console;

import com.claritycoach.core.message.Destination;
import com.claritycoach.core.message.OutboundMessage;
import com.claritycoach.core.port.Messenger;
import com.claritycoach.core.message.MessagePart;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints what the coach sends: {@code [to ana] ...} for a direct message, {@code [to #team] ...} for
 * a channel post, {@code [to ana in #team] ...} for a reply only the asker sees. Continuation lines
 * are indented so each message stays readable as one block.
 */
public final class ConsoleMessenger implements Messenger {
    private final PrintStream out;
    private final Path chartDir;
    private final Path exportDir;
    private int charts;

    /** Saves each export's CSV file in {@code exportDir} and prints where. */
    public ConsoleMessenger(PrintStream out, Path exportDir) {
        this(out, null, exportDir);
    }

    /** Also saves each summary chart as a PNG file in {@code chartDir} and prints where. */
    public ConsoleMessenger(PrintStream out, Path chartDir, Path exportDir) {
        this.out = out;
        this.chartDir = chartDir;
        this.exportDir = exportDir;
    }

    @Override
    public void send(OutboundMessage message, String idempotencyKey) {
        out.println(prefix(message.to()) + " " + message.text().replace("\n", "\n  "));
        message.part(MessagePart.SummaryPart.class).map(MessagePart.SummaryPart::chartPng)
                .filter(png -> chartDir != null).ifPresent(this::saveChart);
        message.part(MessagePart.ExportPart.class).ifPresent(this::saveExport);
        out.flush();
    }

    private void saveChart(byte[] png) {
        Path file = chartDir.resolve("alignment-summary-" + (++charts) + ".png");
        try {
            Files.write(file, png);
            out.println("[chart saved to " + file + "]");
        } catch (IOException e) {
            out.println("[chart could not be saved to " + file + ": " + e.getMessage() + "]");
        }
    }

    /** The whole CSV goes to a file: a terminal would wrap and garble a long export. */
    private void saveExport(MessagePart.ExportPart export) {
        Path file = exportDir.resolve(export.fileName()).toAbsolutePath();
        try {
            Files.write(file, export.bytes());
            out.println("[file saved to " + file + "]");
        } catch (IOException e) {
            out.println("[file could not be saved to " + file + ": " + e.getMessage() + "]");
        }
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
