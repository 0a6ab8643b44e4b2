-- Weekly schedules, reminders and deadlines per team; members' reminder choice and weekly skips;
-- jobs already fired (the unique key makes exactly one instance fire each); outbox leases so that
-- several instances never send the same row.

CREATE TABLE team_settings (
    team_id          BIGINT  NOT NULL PRIMARY KEY REFERENCES teams (id),
    schedule_day     TEXT,
    schedule_time    TEXT,
    schedule_zone    TEXT,
    schedule_since   BIGINT,
    deadline_minutes INTEGER NOT NULL,
    reminder_minutes INTEGER NOT NULL,
    playbook_id      TEXT,
    local_time       BOOLEAN NOT NULL DEFAULT FALSE,
    accept_late      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE member_settings (
    member_id BIGINT  NOT NULL PRIMARY KEY REFERENCES members (id),
    reminders BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE check_in_skips (
    check_in_id BIGINT NOT NULL REFERENCES check_ins (id),
    member_id   BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (check_in_id, member_id)
);

CREATE TABLE fired_jobs (
    team_id  BIGINT NOT NULL REFERENCES teams (id),
    job      TEXT   NOT NULL,
    due_at   BIGINT NOT NULL,
    fired_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, job, due_at)
);

ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
