-- Version 4: the outbox of notices, one row per notice and channel, with its retries.

CREATE TABLE deliveries (
  id              INTEGER PRIMARY KEY,
  channel         TEXT NOT NULL,
  incident        INTEGER NOT NULL,
  kind            TEXT NOT NULL,
  subject         TEXT NOT NULL,
  state           TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  created_at      TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  last_error      TEXT,
  delivered_at    TEXT,
  reference       TEXT,
  UNIQUE (channel, incident, kind, subject)
) STRICT;

CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at, id);
CREATE INDEX deliveries_by_incident ON deliveries (incident, id);
