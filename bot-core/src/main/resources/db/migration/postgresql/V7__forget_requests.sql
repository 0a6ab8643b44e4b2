-- When a member last said "forget me" (epoch milliseconds), so that "forget me yes" and the
-- "Yes, forget me" button delete their data only shortly after a request, even across a restart.
-- "forget me yes" deletes the member's settings row, and with it the request.
ALTER TABLE member_settings ADD COLUMN forget_requested_at BIGINT;
