-- Version 3: external alerts by fingerprint, so a repeated alert is raised once after a restart too.

CREATE TABLE alerts (
  fingerprint TEXT PRIMARY KEY,
  starts_at   TEXT NOT NULL,
  resolved_at TEXT
) STRICT;
