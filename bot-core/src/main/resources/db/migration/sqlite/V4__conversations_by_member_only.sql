-- Index conversations by member alone: every step changes its conversation's updated_at, which with
-- updated_at in the key moved the index entry (one more page written per step). A member has a
-- handful of conversations, so ordering them by updated_at needs no index.
DROP INDEX conversations_by_member;
CREATE INDEX conversations_by_member ON conversations (member_id);
