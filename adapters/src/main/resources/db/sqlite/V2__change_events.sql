-- Version 2: change events (deploys, config pushes) for correlation with incidents.

CREATE TABLE change_events (
  id          INTEGER PRIMARY KEY,
  service     TEXT NOT NULL,
  version     TEXT NOT NULL,
  at          TEXT NOT NULL,
  author      TEXT,
  description TEXT,
  source      TEXT NOT NULL
) STRICT;

CREATE INDEX change_events_by_time ON change_events (at, id);
