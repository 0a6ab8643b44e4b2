-- What the Teams adapter must remember to reach people outside a turn: the connector URL and bot
-- account of each tenant, the Teams team behind each coached channel, each member's personal chat
-- and time zone, and the thread of each member's last command in a channel (where replies go).
-- Plain SQL that SQLite and PostgreSQL both accept.
CREATE TABLE teams_tenant (
    tenant_id       TEXT   NOT NULL PRIMARY KEY,
    service_url     TEXT   NOT NULL,
    bot_id          TEXT   NOT NULL,
    bot_name        TEXT,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE teams_channel (
    tenant_id       TEXT   NOT NULL,
    channel_id      TEXT   NOT NULL,
    team_id         TEXT,
    name            TEXT,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, channel_id)
);

CREATE INDEX teams_channel_team ON teams_channel (tenant_id, team_id);

CREATE TABLE teams_member (
    tenant_id       TEXT   NOT NULL,
    user_id         TEXT   NOT NULL,
    display_name    TEXT,
    time_zone       TEXT,
    chat_id         TEXT,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE TABLE teams_thread (
    tenant_id       TEXT   NOT NULL,
    channel_id      TEXT   NOT NULL,
    user_id         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    message_id      TEXT   NOT NULL,
    updated_at      BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, channel_id, user_id)
);
