package com.claritycoach.core.store.jdbc;

import com.claritycoach.core.domain.TenantRef;
import java.time.Instant;
import java.util.Objects;

/** Platform delivery ids already handled; the primary key makes the check-and-record one statement. */
final class DeliveryRows {

    private final Sql sql;

    DeliveryRows(Sql sql) {
        this.sql = sql;
    }

    boolean mark(TenantRef tenant, String deliveryId, Instant at) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(at, "at");
        return sql.update("record delivery " + deliveryId,
                "INSERT INTO deliveries (platform, tenant_id, delivery_id, delivered_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (platform, tenant_id, delivery_id) DO NOTHING",
                tenant.platform(), tenant.id(), deliveryId, at) == 1;
    }

    int purge(Instant before) {
        return sql.update("purge old deliveries", "DELETE FROM deliveries WHERE delivered_at < ?", before);
    }
}
