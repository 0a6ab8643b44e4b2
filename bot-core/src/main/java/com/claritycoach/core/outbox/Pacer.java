package com.claritycoach.core.outbox;

import com.claritycoach.core.message.Destination;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps at least a minimum gap between two messages to the same place (Slack allows about one
 * message per second per channel; a direct message is its own channel). Time comes from the caller,
 * so tests move a clock rather than wait. Per instance: instances sharing a database each pace on
 * their own.
 */
public final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final Duration gap;
    private final Map<String, Instant> lastSent = new HashMap<>();

    private Pacer(Duration gap) {
        this.gap = gap;
    }

    /** No pacing: every message may go at once. */
    public static Pacer none() {
        return new Pacer(Duration.ZERO);
    }

    /** At least {@code gap} between messages to the same channel or member. */
    public static Pacer perDestination(Duration gap) {
        return new Pacer(gap);
    }

    /** When a message to {@code to} may go: {@code now}, or later when one went there too recently. */
    public synchronized Instant readyAt(Destination to, Instant now) {
        Instant last = lastSent.get(key(to));
        Instant ready = last == null ? now : last.plus(gap);
        return ready.isAfter(now) ? ready : now;
    }

    public synchronized void sent(Destination to, Instant at) {
        if (gap.isZero()) {
            return;
        }
        if (lastSent.size() > PRUNE_ABOVE) {
            lastSent.values().removeIf(last -> !last.plus(gap).isAfter(at));
        }
        lastSent.put(key(to), at);
    }

    private static String key(Destination to) {
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
