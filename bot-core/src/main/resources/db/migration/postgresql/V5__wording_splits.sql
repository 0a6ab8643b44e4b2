-- Pairs of wordings a team's managers keep apart (split borrowers from donors, or Different on a
-- pair the summary asked about), which the summary's grouping never joins. Both wordings are
-- normalised and stored in Java's string order, so a pair has one row whichever is named first.
CREATE TABLE wording_splits (
    team_id        BIGINT NOT NULL REFERENCES teams (id),
    first_wording  TEXT   NOT NULL,
    second_wording TEXT   NOT NULL,
    created_at     BIGINT NOT NULL,
    PRIMARY KEY (team_id, first_wording, second_wording)
);
