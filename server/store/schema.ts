/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE groups (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    agreement   TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );
  -- A group's facilitators keep one id across its sessions (the session log names them by it).
  CREATE TABLE group_facilitators (
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    facilitator_id  TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('facilitator', 'cofacilitator')),
    PRIMARY KEY (group_id, facilitator_id)
  ) WITHOUT ROWID;
  CREATE TABLE sessions (
    id                  TEXT PRIMARY KEY,
    group_id            TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    join_code           TEXT NOT NULL UNIQUE,
    cofac_invite_hash   TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    ended_at            INTEGER
  );
  CREATE INDEX sessions_by_group ON sessions(group_id, created_at);
  -- Capability tokens, stored only as SHA-256 hashes.
  CREATE TABLE credentials (
    token_hash      TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX credentials_by_session ON credentials(session_id);
  -- The append-only log: one row per domain event, seq = room version after it.
  CREATE TABLE events (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;
  CREATE TABLE snapshots (
    session_id  TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    state       TEXT NOT NULL
  ) WITHOUT ROWID;
  -- Sealed records (see shared/domain/sealed.ts): rewritten whole, no timestamps.
  CREATE TABLE sealed (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (session_id, key)
  ) WITHOUT ROWID;
  `,
  `
  -- Shared notes (server/notes/): Yjs updates appended as they arrive, merged
  -- into one row now and then. Staff only; deleted with the session.
  CREATE TABLE note_updates (
    session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    body        BLOB NOT NULL,
    PRIMARY KEY (session_id, seq)
  ) WITHOUT ROWID;
  `,
  `
  -- Retention, per group (server/summary/): session detail is kept retention_days
  -- after the session ends (0: deleted when it ends); keep_aggregates keeps the
  -- nameless aggregate (session_aggregates) after the detail is gone.
  ALTER TABLE groups ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 90;
  ALTER TABLE groups ADD COLUMN keep_aggregates INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE groups ADD COLUMN keep_feedback_texts INTEGER NOT NULL DEFAULT 0;
  -- What remains of a purged session when the facilitator chose so: counts and means, no names.
  CREATE TABLE session_aggregates (
    session_id  TEXT PRIMARY KEY,
    group_id    TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    started_at  INTEGER NOT NULL,
    body        TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX session_aggregates_by_group ON session_aggregates(group_id, started_at);
  -- Staff tokens (hashed) that open the group's page, so a facilitator keeps access to the
  -- group after the session their link came from has been purged. Gone with the group.
  CREATE TABLE group_keys (
    token_hash      TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    facilitator_id  TEXT NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('facilitator', 'cofacilitator'))
  ) WITHOUT ROWID;
  CREATE INDEX group_keys_by_group ON group_keys(group_id);
  `,`
  -- Check-in answers now stay in memory until revealed (shared/checkin/sealed.ts).
  -- Tallies that earlier versions wrote for check-ins never revealed (still open, or
  -- closed with too few answers) sit beside the log's "who answered": delete them.
  -- secure_delete (on for every connection) zeroes the freed bytes.
  DELETE FROM sealed
  WHERE key LIKE 'checkin:%'
    AND NOT EXISTS (
      SELECT 1 FROM events e
      WHERE e.session_id = sealed.session_id
        AND json_extract(e.body, '$.type') = 'checkin:revealed'
        AND 'checkin:' || json_extract(e.body, '$.checkinId') = sealed.key
    );
  `,
  `
  -- The format each stored event and snapshot was written in (server/store/codec.ts):
  -- rows from before formats existed are format 1.
  ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE snapshots ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  `,
  `
  -- A group's programme (server/programme/): the planned series, as JSON parsed on read.
  -- Members' pre-group preparation (staff only), by participant id. Both go with the group.
  CREATE TABLE group_programmes (
    group_id  TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    body      TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE member_preparation (
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL,
    met             INTEGER NOT NULL,
    goals           INTEGER NOT NULL,
    agreement       INTEGER NOT NULL,
    PRIMARY KEY (group_id, participant_id)
  ) WITHOUT ROWID;
  `,
  `
  -- Members keep their id across a group's sessions (server/auth/group-member.ts): the
  -- hashed tokens of members carried into a next session, naming the member in the
  -- group. Never a staff key (group_keys): a member's token opens no staff route. Gone with the group.
  CREATE TABLE member_keys (
    token_hash      TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    participant_id  TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX member_keys_by_group ON member_keys(group_id);
  `,
  `
  -- Each group's measure settings (shared/measure/definitions.ts: wording, modes, climate
  -- frequency, how-I've-been cut-off and drop). Gone with the group.
  CREATE TABLE measure_settings (
    group_id  TEXT PRIMARY KEY REFERENCES groups(id) ON DELETE CASCADE,
    body      TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
];
