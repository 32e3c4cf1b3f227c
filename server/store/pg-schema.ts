/**
 * PostgreSQL schema migrations, applied in order at start under an advisory
 * lock (pg-pool.ts), so nodes starting together do not race; `schema_version`
 * records how many ran. The tables mirror SQLite's (schema.ts) as they stand
 * after its migrations. Append new migrations; never edit one that has shipped.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE groups (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    agreement            TEXT NOT NULL,
    created_at           BIGINT NOT NULL,
    retention_days       INTEGER NOT NULL DEFAULT 90,
    keep_aggregates      BOOLEAN NOT NULL DEFAULT FALSE,
    keep_feedback_texts  BOOLEAN NOT NULL DEFAULT FALSE
  );
  CREATE TABLE group_facilitators (
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    facilitator_id  TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('facilitator', 'cofacilitator')),
    PRIMARY KEY (group_id, facilitator_id)
  );
  CREATE TABLE sessions (
    id                  TEXT PRIMARY KEY,
    group_id            TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    join_code           TEXT NOT NULL UNIQUE,
    cofac_invite_hash   TEXT NOT NULL,
    created_at          BIGINT NOT NULL,
    ended_at            BIGINT
  );
  CREATE INDEX sessions_by_group ON sessions(group_id, created_at);
  CREATE TABLE credentials (
    token_hash      TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL
  );
  CREATE INDEX credentials_by_session ON credentials(session_id);
  -- The append-only log: seq = room version after the event. The primary key is
  -- the last line of defence: one version, one content, whoever writes it.
  CREATE TABLE events (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    body        TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
  );
  CREATE TABLE snapshots (
    session_id  TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    state       TEXT NOT NULL
  );
  CREATE TABLE sealed (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (session_id, key)
  );
  CREATE TABLE note_updates (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    body        BYTEA NOT NULL,
    PRIMARY KEY (session_id, seq)
  );
  CREATE TABLE session_aggregates (
    session_id  TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    started_at  BIGINT NOT NULL,
    body        TEXT NOT NULL
  );
  CREATE INDEX session_aggregates_by_group ON session_aggregates(group_id, started_at);
  CREATE TABLE group_keys (
    token_hash      TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    facilitator_id  TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('facilitator', 'cofacilitator'))
  );
  CREATE INDEX group_keys_by_group ON group_keys(group_id);
  -- Which node owns a live session (server/cluster/leases.ts). Taking it raises the
  -- epoch; every commit checks it in its own transaction, so a node that lost the
  -- session cannot write over the new owner.
  CREATE TABLE session_leases (
    session_id  TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    node_id     TEXT NOT NULL,
    epoch       BIGINT NOT NULL,
    taken_at    BIGINT NOT NULL
  );
  `,
  `
  CREATE TABLE group_programmes (
    group_id  TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    body      TEXT NOT NULL
  );
  CREATE TABLE member_preparation (
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL,
    met             BOOLEAN NOT NULL,
    goals           BOOLEAN NOT NULL,
    agreement       BOOLEAN NOT NULL,
    PRIMARY KEY (group_id, participant_id)
  );
  `,
  `
  -- As SQLite's member_keys: members' hashed tokens, naming the member in the group.
  CREATE TABLE member_keys (
    token_hash      TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL
  );
  CREATE INDEX member_keys_by_group ON member_keys(group_id);
  `,
  `
  -- Each group's measure settings (shared/measure/definitions.ts: wording, modes, climate
  -- frequency, how-I've-been cut-off and drop). Gone with the group.
  CREATE TABLE measure_settings (
    group_id  TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    body      TEXT NOT NULL
  );
  `,
];
