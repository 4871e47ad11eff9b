-- Delivery: an outbox row per target for each submission, written in the submission's own
-- transaction. A row is claimed (claimed_until) before it is delivered, so two instances never
-- deliver the same row at once.
CREATE TABLE IF NOT EXISTS deliveries (
    id            TEXT PRIMARY KEY,
    reference     TEXT NOT NULL,
    target        TEXT NOT NULL,
    state         TEXT NOT NULL,
    tries         BIGINT NOT NULL,
    next_at       BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL,
    last_error    TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    done_at       BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, next_at);
CREATE INDEX IF NOT EXISTS deliveries_reference ON deliveries (reference);

-- The desk: accounts (argon2id hashes), sessions (digests of their tokens), the status of
-- call-back requests, and the audit log (only ever added to).
CREATE TABLE IF NOT EXISTS users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    failed        BIGINT NOT NULL,
    locked_until  BIGINT NOT NULL,
    created_at    BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL,
    csrf       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    seen_at    BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS callbacks (
    reference  TEXT PRIMARY KEY,
    status     TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS audit (
    id        TEXT PRIMARY KEY,
    at        BIGINT NOT NULL,
    user_name TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at);

-- Where the resident was when they asked for a short code, and why help was offered: not
-- personal, so not sealed; the desk shows it beside the answers.
ALTER TABLE handoffs ADD COLUMN page TEXT NOT NULL DEFAULT '';
ALTER TABLE handoffs ADD COLUMN stuck TEXT NOT NULL DEFAULT '';
