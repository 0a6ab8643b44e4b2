-- Who a private message is for, so that "forget me" can delete the coach's messages that quote a
-- member's answers back to them. Channel posts have no recipient.
ALTER TABLE outbox ADD COLUMN recipient TEXT;
CREATE INDEX outbox_recipient ON outbox (platform, tenant_id, recipient);
