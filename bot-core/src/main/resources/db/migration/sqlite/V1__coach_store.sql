-- Clarity Coach store, SQLite dialect. Instants are epoch milliseconds; every row is scoped by
-- tenant through teams.(platform, tenant_id) or members.(platform, tenant_id).

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    platform   TEXT    NOT NULL,
    tenant_id  TEXT    NOT NULL,
    channel_id TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    anonymous  BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT teams_ref UNIQUE (platform, tenant_id, channel_id)
);

-- A person in one tenant. display_name is NULL until the platform's profile has been saved.
CREATE TABLE members (
    id             INTEGER PRIMARY KEY,
    platform       TEXT    NOT NULL,
    tenant_id      TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    display_name   TEXT,
    time_zone      TEXT,
    platform_admin BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT members_ref UNIQUE (platform, tenant_id, user_id)
);

-- Memberships; the id records the join order.
CREATE TABLE team_members (
    id        INTEGER PRIMARY KEY,
    team_id   BIGINT NOT NULL REFERENCES teams (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    role      TEXT   NOT NULL,
    CONSTRAINT team_members_once UNIQUE (team_id, member_id)
);
CREATE INDEX team_members_by_member ON team_members (member_id);

CREATE TABLE check_ins (
    id          INTEGER PRIMARY KEY,
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    playbook_id TEXT   NOT NULL,
    opened_at   BIGINT NOT NULL,
    closes_at   BIGINT,
    state       TEXT   NOT NULL
);
CREATE INDEX check_ins_by_team ON check_ins (team_id, opened_at);
CREATE UNIQUE INDEX check_ins_one_open_per_team ON check_ins (team_id) WHERE state = 'OPEN';

CREATE TABLE conversations (
    id           INTEGER PRIMARY KEY,
    check_in_id  BIGINT  NOT NULL REFERENCES check_ins (id),
    member_id    BIGINT  NOT NULL REFERENCES members (id),
    state        TEXT    NOT NULL,
    prompt_index INTEGER NOT NULL,
    frontier     INTEGER NOT NULL,
    paused_from  TEXT,
    fired_rules  TEXT    NOT NULL,
    updated_at   BIGINT  NOT NULL,
    CONSTRAINT conversations_once UNIQUE (check_in_id, member_id)
);
CREATE INDEX conversations_by_member ON conversations (member_id, updated_at);

-- Every revision of every answer; the highest revision per (check-in, member, prompt) is current.
CREATE TABLE answers (
    id                INTEGER PRIMARY KEY,
    check_in_id       BIGINT  NOT NULL REFERENCES check_ins (id),
    member_id         BIGINT  NOT NULL REFERENCES members (id),
    prompt_id         TEXT    NOT NULL,
    revision          INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    answered_at       BIGINT  NOT NULL,
    flags             TEXT    NOT NULL,
    source_message_id TEXT,
    CONSTRAINT answers_revision UNIQUE (check_in_id, member_id, prompt_id, revision)
);
CREATE INDEX answers_by_message ON answers (member_id, source_message_id);

CREATE TABLE synonyms (
    team_id     BIGINT NOT NULL REFERENCES teams (id),
    wording     TEXT   NOT NULL,
    replacement TEXT   NOT NULL,
    PRIMARY KEY (team_id, wording)
);

-- Messages to send, written in the same transaction as the step that decided them.
-- AUTOINCREMENT: an id is never reused, even after old rows are purged, so idempotency keys stay unique.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    platform     TEXT    NOT NULL,
    tenant_id    TEXT    NOT NULL,
    message      TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    not_before   BIGINT  NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    sent_at      BIGINT,
    abandoned    BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX outbox_pending ON outbox (not_before) WHERE sent_at IS NULL AND NOT abandoned;

-- Platform deliveries already handled, so that a redelivery is not handled twice.
CREATE TABLE deliveries (
    platform     TEXT   NOT NULL,
    tenant_id    TEXT   NOT NULL,
    delivery_id  TEXT   NOT NULL,
    delivered_at BIGINT NOT NULL,
    PRIMARY KEY (platform, tenant_id, delivery_id)
);
CREATE INDEX deliveries_by_time ON deliveries (delivered_at);
