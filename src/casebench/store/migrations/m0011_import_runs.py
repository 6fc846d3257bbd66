"""Imports in chunks: a run per import, and the rows each committed chunk wrote.

A large table import commits every few thousand rows (one multi-gigabyte transaction made
the journal grow past the size of the case). ``import_runs`` says how far an import got
(``state`` 'loading' until its last chunk commits, then 'done'; 'rolled back' after a
rollback) and keeps its running totals, so an interrupted import can be resumed from the
next row or rolled back. ``import_chunks`` records the entity rowids and statement seqs
each chunk inserted (contiguous within one transaction): rolling back deletes exactly
those, chunk by chunk, without a column on every statement.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 11

SQL = """
CREATE TABLE import_runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  spec_digest TEXT NOT NULL,
  spec_name TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  exhibit_id TEXT,
  started_at TEXT NOT NULL,
  started_by TEXT NOT NULL,
  state TEXT NOT NULL,
  done_row INTEGER NOT NULL DEFAULT 0,
  totals TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX import_runs_state ON import_runs(state);

CREATE TABLE import_chunks (
  import_id TEXT NOT NULL REFERENCES import_runs(id),
  entity_lo INTEGER NOT NULL,
  entity_hi INTEGER NOT NULL,
  statement_lo INTEGER NOT NULL,
  statement_hi INTEGER NOT NULL
);
CREATE INDEX import_chunks_run ON import_chunks(import_id);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
