package com.claritycoach.core.port;

import com.claritycoach.core.message.OutboundMessage;

/**
 * Delivers the coach's messages on one platform. Called only by the outbox dispatcher, after the
 * step that decided to send has committed.
 */
public interface Messenger {

    /**
     * Sends one message.
     *
     * @param idempotencyKey stable for the outbox row; a platform that supports it uses it so that a
     *     resend after a crash is not shown twice
     */
    void send(OutboundMessage message, String idempotencyKey) throws DeliveryException;
}
