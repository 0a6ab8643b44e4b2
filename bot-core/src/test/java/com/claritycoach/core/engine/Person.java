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

    /** Presses {@code action} on the latest message the coach sent this person with that button. */
    public Transcript.Lines presses(ButtonAction action) {
        return pressesWithScope(action, transcript.latestButtonScope(this, action));
    }

    /** Presses {@code action} on one message the coach sent earlier. */
    public Transcript.Lines presses(ButtonAction action, Transcript.Lines on) {
        return pressesWithScope(action, on.buttonScope(action));
    }

    /** Presses a button that carries {@code scope}, or none at all when it is null (a button from an older release). */
    public Transcript.Lines pressesWithScope(ButtonAction action, String scope) {
        return lines(transcript.engine().handle(new ButtonClicked(ref, action, scope, null)));
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
