package com.claritycoach.core.inbound;

import java.util.Arrays;
import java.util.Optional;

/** The buttons the coach offers; each does what the same typed word does. */
public enum ButtonAction {
    SKIP("skip", "Skip"),
    BACK("back", "Back"),
    PAUSE("pause", "Pause"),
    RESUME("resume", "Resume"),
    KEEP("keep", "Keep my answer"),
    FORGET_CONFIRM("forget-confirm", "Yes, forget me");

    private final String id;
    private final String label;

    ButtonAction(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Stable id used as the platform's action id / submit value. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<ButtonAction> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
