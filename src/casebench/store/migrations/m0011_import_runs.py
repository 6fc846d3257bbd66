"""Imports in chunks: the register of imported files also says how far an import got.

A large table import commits every few thousand rows (one multi-gigabyte transaction made
the journal grow past the size of the case). Its row in ``file_imports`` is written when
it starts: ``state`` is 'loading' until its last chunk commits, then 'done' ('rolling
back' while a rollback deletes it); ``done_row`` and ``totals`` say how far it got, so an
interrupted import can be resumed from the next row or rolled back. Rows from before this
step are finished imports. ``import_chunks`` records the entity rowids and statement seqs
each committed chunk inserted (contiguous within one transaction): rolling back deletes
exactly those, chunk by chunk, without a column on every statement.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 11

SQL = """
ALTER TABLE file_imports ADD COLUMN state TEXT NOT NULL DEFAULT 'done';
ALTER TABLE file_imports ADD COLUMN done_row INTEGER NOT NULL DEFAULT 0;
ALTER TABLE file_imports ADD COLUMN totals TEXT NOT NULL DEFAULT '{}';
CREATE INDEX file_imports_state ON file_imports(state);

CREATE TABLE import_chunks (
  import_id TEXT NOT NULL REFERENCES file_imports(id),
  entity_lo INTEGER NOT NULL,
  entity_hi INTEGER NOT NULL,
  statement_lo INTEGER NOT NULL,
  statement_hi INTEGER NOT NULL
);
CREATE INDEX import_chunks_import ON import_chunks(import_id);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
