-- Version 5: the learning loop and the reasoner's spending.

-- Known errors learned from incidents, proposed until a human decides.
CREATE TABLE learned_known_errors (
  id          TEXT PRIMARY KEY,
  yaml        TEXT NOT NULL,
  incident    INTEGER NOT NULL,
  source      TEXT NOT NULL,
  state       TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  decided_by  TEXT,
  decided_at  TEXT,
  note        TEXT,
  seq         INTEGER NOT NULL
) STRICT;

-- What each investigation spent, for budgets that hold across restarts.
CREATE TABLE reasoner_spend (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  incident      INTEGER NOT NULL,
  reasoner      TEXT NOT NULL,
  calls         INTEGER NOT NULL,
  input_tokens  INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  cost          REAL NOT NULL
) STRICT;

CREATE INDEX reasoner_spend_at ON reasoner_spend (at);
CREATE INDEX reasoner_spend_incident ON reasoner_spend (incident);
