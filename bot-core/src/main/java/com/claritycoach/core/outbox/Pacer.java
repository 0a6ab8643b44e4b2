package com.claritycoach.core.outbox;

import com.claritycoach.core.message.Destination;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps at least a minimum gap between two messages to the same place (Slack allows about one
 * message per second per channel; a direct message is its own channel), and holds a place back
 * while the platform's rate limit for it lasts. Time comes from the caller, so tests move a clock
 * rather than wait. Per instance: instances sharing a database each pace on their own.
 */
public final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final Duration gap;
    private final Map<String, Instant> readyAt = new HashMap<>();

    private Pacer(Duration gap) {
        this.gap = gap;
    }

    /** No pacing: every message may go at once, unless the platform asked to wait (see {@link #hold}). */
    public static Pacer none() {
        return new Pacer(Duration.ZERO);
    }

    /** At least {@code gap} between messages to the same channel or member. */
    public static Pacer perDestination(Duration gap) {
        return new Pacer(gap);
    }

    /** When a message to {@code to} may go: {@code now}, or later when one went there too recently. */
    public synchronized Instant readyAt(Destination to, Instant now) {
        Instant ready = readyAt.get(place(to));
        return ready != null && ready.isAfter(now) ? ready : now;
    }

    public synchronized void sent(Destination to, Instant at) {
        if (gap.isZero()) {
            return;
        }
        if (readyAt.size() > PRUNE_ABOVE) {
            readyAt.values().removeIf(ready -> !ready.isAfter(at));
        }
        later(to, at.plus(gap));
    }

    /** Nothing goes to {@code to} before {@code until}, e.g. when the platform answered with Retry-After. */
    public synchronized void hold(Destination to, Instant until) {
        later(to, until);
    }

    private void later(Destination to, Instant until) {
        readyAt.merge(place(to), until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The place a message goes to: one member's direct messages, or one channel. */
    static String place(Destination to) {
        String tenant = to.tenant().platform() + "/" + to.tenant().id() + "/";
        if (to instanceof Destination.DirectMessage dm) {
            return tenant + "member/" + dm.member().userId();
        }
        if (to instanceof Destination.ChannelPost post) {
            return tenant + "channel/" + post.team().channelId();
        }
        return tenant + "channel/" + ((Destination.PrivateReply) to).team().channelId();
    }
}
