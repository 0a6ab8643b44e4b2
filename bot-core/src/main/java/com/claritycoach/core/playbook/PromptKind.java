package com.claritycoach.core.playbook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a prompt asks about. Coaching rules and the alignment analysis key on the kind, never on a
 * prompt's wording, so teams can write their own playbooks.
 */
public enum PromptKind {
    OUTCOME("outcome"),
    CUSTOMER("customer"),
    NOT_CUSTOMER("not-customer"),
    RELIES_ON_ME("relies-on-me"),
    INPUT_FOR("input-for"),
    LISTENING("listening"),
    CUSTOMERS_CUSTOMER("customers-customer"),
    ENABLERS("enablers"),
    NON_ENABLERS("non-enablers"),
    MEASURE("measure"),
    REFLECTION("reflection");

    private final String id;

    PromptKind(String id) {
        this.id = id;
    }

    /** The name used in playbook files, CSV files and JSON output. */
    public String id() {
        return id;
    }

    public static Optional<PromptKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    /** Kinds whose answer should be a sentence or two rather than a name. */
    public boolean expectsSentence() {
        return switch (this) {
            case OUTCOME, ENABLERS, NON_ENABLERS, MEASURE, REFLECTION -> true;
            default -> false;
        };
    }
}
