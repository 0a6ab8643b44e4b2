package com.claritycoach.core.domain;

import java.util.Objects;

/** A person as the platform knows them; the same person may belong to several teams of a tenant. */
public record MemberRef(TenantRef tenant, String userId) {
    public MemberRef {
        Objects.requireNonNull(tenant, "tenant");
        TenantRef.requireText(userId, "user id");
    }
}
