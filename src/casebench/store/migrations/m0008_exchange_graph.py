"""Partner exchange, second step: custody as a graph, bundle sequence numbers.

- custody_events gains `branch`: '' for this case's own line, else the id of the first
  event of a partner's line that forked from ours (kept beside ours, never dropped).
  SQLite cannot relax a UNIQUE constraint in place, so the table is rebuilt (rows copied
  unchanged: every event keeps its id, seq and hashes, so existing chains still verify).
- bundles_imported gains `sequence`: the sender's own bundle number (replay is judged
  by it, not by clocks); NULL for bundles from before numbering.
- bundles_imported gains `clock_override`: 1 when the user imported a bundle dated too far
  in the future (a partner's wrong clock); such a date never judges later bundles.
- bundles_exported gains `sequence`: the number this workbench gave each bundle.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 8

SQL = """
DROP TRIGGER IF EXISTS custody_no_update;
DROP TRIGGER IF EXISTS custody_no_delete;
CREATE TABLE custody_events_graph (
  id TEXT PRIMARY KEY,
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
  seq INTEGER NOT NULL,
  event TEXT NOT NULL,
  at TEXT NOT NULL,
  at_utc TEXT NOT NULL,
  tz TEXT NOT NULL DEFAULT '',
  from_person TEXT NOT NULL DEFAULT '',
  from_org TEXT NOT NULL DEFAULT '',
  to_person TEXT NOT NULL DEFAULT '',
  to_org TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  authority TEXT NOT NULL DEFAULT '',
  seal_before TEXT NOT NULL DEFAULT '',
  seal_after TEXT NOT NULL DEFAULT '',
  hash_before TEXT NOT NULL DEFAULT '',
  hash_after TEXT NOT NULL DEFAULT '',
  matched INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  branch TEXT NOT NULL DEFAULT '',
  UNIQUE (exhibit_id, branch, seq)
);
INSERT INTO custody_events_graph
  SELECT id, exhibit_id, seq, event, at, at_utc, tz, from_person, from_org, to_person, to_org, place,
         country, purpose, authority, seal_before, seal_after, hash_before, hash_after, matched, notes,
         details, recorded_at, recorded_by, prev_hash, hash, '' FROM custody_events;
DROP TABLE custody_events;
ALTER TABLE custody_events_graph RENAME TO custody_events;
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody_events BEGIN
  SELECT RAISE(ABORT, 'custody events are append-only: they cannot be changed');
END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody_events BEGIN
  SELECT RAISE(ABORT, 'custody events are append-only: they cannot be deleted');
END;
ALTER TABLE bundles_imported ADD COLUMN sequence INTEGER;
ALTER TABLE bundles_imported ADD COLUMN clock_override INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundles_exported ADD COLUMN sequence INTEGER;
CREATE INDEX bundles_imported_sequence ON bundles_imported(sender_key_id, sequence);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
