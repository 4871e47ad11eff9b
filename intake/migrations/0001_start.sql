-- The same SQL for SQLite and PostgreSQL: text, 64-bit integers (milliseconds since 1970, UTC)
-- and no generated keys.

-- Every form received, in its checked, normal form. A reference is unique, and so is an
-- idempotency key within a form: a retry finds the first and is answered with it.
CREATE TABLE IF NOT EXISTS submissions (
    reference       TEXT PRIMARY KEY,
    form            TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    kind            TEXT NOT NULL,
    form_version    BIGINT NOT NULL,
    locale          TEXT NOT NULL,
    received_at     BIGINT NOT NULL,
    keep_until      BIGINT NOT NULL,
    payload         TEXT NOT NULL,
    UNIQUE (form, idempotency_key)
);
CREATE INDEX IF NOT EXISTS submissions_keep_until ON submissions (keep_until);

-- Answers behind short hand-off codes, sealed. Only digests of the code and of the page's key
-- are kept in the clear; the code itself is sealed, to answer a repeated request with it.
CREATE TABLE IF NOT EXISTS handoffs (
    code_hash      TEXT PRIMARY KEY,
    key_hash       TEXT NOT NULL UNIQUE,
    form           TEXT NOT NULL,
    form_version   BIGINT NOT NULL,
    code_sealed    TEXT NOT NULL,
    package_sealed TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    expires_at     BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS handoffs_expires_at ON handoffs (expires_at);

-- Anonymous "Hoe ging het?" answers and journey signals: no personal data.
CREATE TABLE IF NOT EXISTS feedback (
    id          TEXT PRIMARY KEY,
    form        TEXT NOT NULL,
    locale      TEXT NOT NULL,
    score       TEXT NOT NULL,
    comment     TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_received_at ON feedback (received_at);

CREATE TABLE IF NOT EXISTS signals (
    id          TEXT PRIMARY KEY,
    form        TEXT NOT NULL,
    event       TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS signals_received_at ON signals (received_at);
