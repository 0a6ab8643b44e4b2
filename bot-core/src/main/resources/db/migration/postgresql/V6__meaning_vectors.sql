-- What the meaning model read of each distinct text, so that it reads each text once ever: the
-- summary and the background warm-up look here before asking the model. Keyed by a SHA-256 of the
-- text, not the text itself, so member words are not kept a second time; the model's name is part
-- of the key, so a new model starts afresh. The vector is 32-bit floats, little-endian.
CREATE TABLE meaning_vectors (
    model     TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector    BYTEA NOT NULL,
    PRIMARY KEY (model, text_hash)
);
