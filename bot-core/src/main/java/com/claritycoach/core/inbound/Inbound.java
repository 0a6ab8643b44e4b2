package com.claritycoach.core.inbound;

import com.claritycoach.core.domain.TenantRef;

/**
 * One thing a person did on a platform, translated by an adapter. Raw platform payloads never
 * reach the core; only these records do.
 */
public sealed interface Inbound
        permits MessageReceived, MessageEdited, CommandIssued, ButtonClicked, PairButtonClicked, MemberJoined,
                MemberLeft {

    TenantRef tenant();

    /**
     * The platform's id for this delivery (Slack {@code event_id}, Teams activity id), or null.
     * A delivery seen before is handled once, even across restarts.
     */
    String deliveryId();
}
