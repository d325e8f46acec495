-- Nightshift's store, version 1. Times are UTC ISO-8601 text with nine fraction digits, so that
-- they compare in time order as text; enums are their lower-case names; absent values are NULL.

CREATE TABLE incidents (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused
  sla          TEXT    NOT NULL,
  severity     TEXT    NOT NULL,
  state        TEXT    NOT NULL,
  trigger_text TEXT    NOT NULL,
  opened_at    TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL,
  closed_at    TEXT,                               -- set exactly when resolved or escalated
  report       TEXT,
  root_cause   TEXT,
  known_error  TEXT,
  attempt      INTEGER NOT NULL DEFAULT 0 CHECK (attempt >= 0),
  step         INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0),
  wake_at      TEXT,
  deadline     TEXT,
  related_to   INTEGER
) STRICT;

CREATE INDEX incidents_by_opening ON incidents (opened_at, id);
CREATE INDEX incidents_open_by_opening ON incidents (opened_at, id) WHERE closed_at IS NULL;

CREATE TABLE timeline_events (
  id          INTEGER PRIMARY KEY,                 -- append order
  incident_id INTEGER NOT NULL REFERENCES incidents (id),
  at          TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  message     TEXT    NOT NULL,
  facts       TEXT    NOT NULL CHECK (json_type(facts) = 'object')  -- {"node": "redis", ...}
) STRICT;

CREATE INDEX timeline_events_by_incident ON timeline_events (incident_id, id);

CREATE TABLE actions (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT    NOT NULL UNIQUE,         -- a later record with the same key replaces
  incident        INTEGER NOT NULL,
  at              TEXT    NOT NULL,
  type            TEXT    NOT NULL,
  action_class    TEXT    NOT NULL,
  resource        TEXT    NOT NULL,
  node            TEXT,
  outcome         TEXT    NOT NULL,
  detail          TEXT    NOT NULL
) STRICT;

CREATE INDEX actions_by_time ON actions (at, id);
CREATE INDEX actions_by_incident ON actions (incident, at, id);

CREATE TABLE approvals (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT    NOT NULL UNIQUE,
  incident        INTEGER NOT NULL,
  action          TEXT    NOT NULL,
  reason          TEXT    NOT NULL,
  requested_at    TEXT    NOT NULL,
  expires_at      TEXT    NOT NULL,
  state           TEXT    NOT NULL,
  decided_by      TEXT,
  decided_at      TEXT
) STRICT;

CREATE INDEX approvals_pending ON approvals (requested_at, id) WHERE state = 'pending';

-- Operators' switches; no row means never set (kill switch off, phase from policy.yaml).
CREATE TABLE kill_switch (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  engaged INTEGER NOT NULL CHECK (engaged IN (0, 1))
) STRICT;

CREATE TABLE phases (
  severity TEXT PRIMARY KEY,
  phase    TEXT NOT NULL
) STRICT;

CREATE TABLE known_error_stats (
  id                    TEXT    PRIMARY KEY,
  occurrences           INTEGER NOT NULL CHECK (occurrences >= 0),
  first_seen            TEXT,
  last_seen             TEXT,
  successes             INTEGER NOT NULL CHECK (successes >= 0),
  failures              INTEGER NOT NULL CHECK (failures >= 0),
  resolutions           INTEGER NOT NULL CHECK (resolutions >= 0),
  total_time_to_resolve TEXT    NOT NULL            -- ISO-8601 duration: PT1H35M
) STRICT;

-- The audit trail is append-only: the store only ever inserts the next entry. The triggers stop
-- accidental edits through any SQLite client; a deliberate edit with them dropped breaks the hash
-- chain, which `AuditChain.verify` reports with the entry's sequence number.
CREATE TABLE audit_entries (
  sequence      INTEGER PRIMARY KEY CHECK (sequence >= 1),
  at            TEXT    NOT NULL,
  actor         TEXT    NOT NULL,
  kind          TEXT    NOT NULL,
  subject       TEXT    NOT NULL,
  detail        TEXT    NOT NULL,
  previous_hash TEXT    NOT NULL,
  hash          TEXT    NOT NULL
) STRICT;

CREATE TRIGGER audit_entries_are_not_updated BEFORE UPDATE ON audit_entries
BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be changed');
END;

CREATE TRIGGER audit_entries_are_not_deleted BEFORE DELETE ON audit_entries
BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only: its entries cannot be deleted');
END;

-- INSERT OR REPLACE would delete an entry without firing the trigger above; only the next
-- sequence number may be inserted.
CREATE TRIGGER audit_entries_only_append BEFORE INSERT ON audit_entries
WHEN NEW.sequence IS NOT (SELECT coalesce(max(sequence), 0) + 1 FROM audit_entries)
BEGIN
  SELECT RAISE(ABORT, 'the audit trail is append-only: only the next entry can be added');
END;
