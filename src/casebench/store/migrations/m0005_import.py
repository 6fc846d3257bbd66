"""Import: saved import specifications, and the register of files already imported.

``import_specs`` keeps each specification by name as one JSON document (see
``casebench.exchange.formats.mapping.ImportSpec``). ``file_imports`` records every
completed import of a file (tables and FollowTheMoney) by the file's SHA-256 and the
digest of the specification used, so importing the same file the same way again
adds nothing.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 5

SQL = """
CREATE TABLE import_specs (
  name TEXT PRIMARY KEY,
  data TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE file_imports (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  spec_digest TEXT NOT NULL,
  spec_name TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL,
  exhibit_id TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  rows INTEGER NOT NULL DEFAULT 0,
  entities INTEGER NOT NULL DEFAULT 0,
  statements INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  UNIQUE (kind, sha256, spec_digest)
);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
