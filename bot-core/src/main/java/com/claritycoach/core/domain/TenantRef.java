package com.claritycoach.core.domain;

import java.util.Objects;

/**
 * A Slack workspace (or enterprise) or a Teams tenant. Every stored row is scoped by it, so two
 * installations never see each other's data.
 */
public record TenantRef(Platform platform, String id) {
    public TenantRef {
        Objects.requireNonNull(platform, "platform");
        requireText(id, "tenant id");
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
