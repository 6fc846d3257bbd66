"""Call records kept compactly: one narrow row per imported call (decision 53).

A call-detail record reaches a million rows; as an entity with one statement per value a
call cost ~3.5 KB of database. Here a call is one row keyed by its import run and source
row, its values in one JSON text, with the few columns readers select on (its moment, the
entities it links, the match keys of its two numbers). What every row of a run shares
(author, source exhibit, grade, handling, tags, time) is stored once, in `record_runs`.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 19

SQL = """
CREATE TABLE record_runs (
  run INTEGER PRIMARY KEY,
  import_id TEXT NOT NULL UNIQUE,
  schema TEXT NOT NULL,
  author TEXT NOT NULL,
  source_exhibit TEXT,
  grade TEXT,
  tlp INTEGER NOT NULL,
  handling TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  props TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE records (
  run INTEGER NOT NULL,
  row INTEGER NOT NULL,
  start TEXT,
  end TEXT,
  ref1 TEXT,
  ref2 TEXT,
  key1 TEXT,
  key2 TEXT,
  vals TEXT NOT NULL,
  PRIMARY KEY (run, row)
) WITHOUT ROWID;
CREATE INDEX records_start ON records(start) WHERE start IS NOT NULL;
CREATE INDEX records_ref1 ON records(ref1) WHERE ref1 IS NOT NULL;
CREATE INDEX records_ref2 ON records(ref2) WHERE ref2 IS NOT NULL;
CREATE INDEX records_tail1 ON records(substr(key1, -7)) WHERE key1 IS NOT NULL;
CREATE INDEX records_tail2 ON records(substr(key2, -7)) WHERE key2 IS NOT NULL;

INSERT INTO case_counts(name, n) VALUES ('records', 0);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
