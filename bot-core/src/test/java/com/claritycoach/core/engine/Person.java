package com.claritycoach.core.engine;

import com.claritycoach.core.domain.MemberRef;
import com.claritycoach.core.inbound.ButtonAction;
import com.claritycoach.core.inbound.ButtonClicked;
import com.claritycoach.core.inbound.CommandIssued;
import com.claritycoach.core.inbound.MessageEdited;
import com.claritycoach.core.inbound.MessageReceived;
import com.claritycoach.core.inbound.PairButtonClicked;
import com.claritycoach.core.inbound.PairVerdict;
import com.claritycoach.core.message.MessagePart;

/** Someone in a transcript: they message the coach privately, or run {@code /coach} commands in the channel. */
public final class Person {
    private final Transcript transcript;
    private final MemberRef ref;
    private String lastMessageId;

    Person(Transcript transcript, MemberRef ref) {
        this.transcript = transcript;
        this.ref = ref;
    }

    public MemberRef ref() {
        return ref;
    }

    /** A direct message to the coach. */
    public Transcript.Lines says(String text) {
        lastMessageId = transcript.nextMessageId();
        return lines(transcript.engine().handle(new MessageReceived(ref, text, lastMessageId, null)));
    }

    /** The same platform delivery again, as a platform retry would send it. */
    public Transcript.Lines saysDelivered(String text, String deliveryId) {
        return lines(transcript.engine().handle(new MessageReceived(ref, text, "m-" + deliveryId, deliveryId)));
    }

    /** Edits the last direct message this person sent. */
    public Transcript.Lines editsLastMessage(String text) {
        return lines(transcript.engine().handle(new MessageEdited(ref, lastMessageId, text, null)));
    }

    /** {@code /coach <command>} in the team channel. */
    public Transcript.Lines runs(String command) {
        return lines(transcript.engine().handle(CommandIssued.of(transcript.teamRef(), ref, command)));
    }

    public Transcript.Lines presses(ButtonAction action) {
        return lines(transcript.engine().handle(new ButtonClicked(ref, action, null)));
    }

    /** Same or Different under a pair a summary asked about, in the team channel. */
    public Transcript.Lines presses(PairVerdict verdict, MessagePart.SummaryPart.Undecided pair) {
        return lines(transcript.engine().handle(new PairButtonClicked(transcript.teamRef(), ref, verdict, pair.first(),
                pair.second(), null)));
    }

    private static Transcript.Lines lines(StepResult result) {
        return new Transcript.Lines(result.messages());
    }
}
