-- Slack installations (one row per workspace, or per organisation for org-wide installs) and the
-- OAuth state values of installs in progress. Empty strings stand for "no enterprise" / "org-wide"
-- so that the primary key works the same on every database.
CREATE TABLE slack_installation (
    enterprise_key       VARCHAR(32)  NOT NULL,
    team_key             VARCHAR(32)  NOT NULL,
    tenant_id            VARCHAR(32)  NOT NULL,
    enterprise_install   BOOLEAN      NOT NULL,
    app_id               VARCHAR(32),
    team_name            VARCHAR(255),
    enterprise_name      VARCHAR(255),
    enterprise_url       VARCHAR(255),
    installer_user_id    VARCHAR(32),
    bot_id               VARCHAR(32),
    bot_user_id          VARCHAR(32),
    bot_token            VARCHAR(255) NOT NULL,
    bot_scopes           TEXT,
    bot_refresh_token    VARCHAR(255),
    bot_token_expires_at BIGINT,
    installed_at         BIGINT       NOT NULL,
    PRIMARY KEY (enterprise_key, team_key)
);

CREATE INDEX slack_installation_tenant ON slack_installation (tenant_id);

CREATE TABLE slack_oauth_state (
    state      VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at BIGINT      NOT NULL
);
