"""Partner exchange: imported and exported bundles, origins, retraction tombstones, merge review."""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 3

SQL = """
-- One row per bundle committed into this case; re-importing the same bundle id is a no-op.
CREATE TABLE bundles_imported (
  bundle_id TEXT PRIMARY KEY,
  sender_key_id TEXT NOT NULL,
  sender_name TEXT NOT NULL DEFAULT '',
  sender_agency TEXT NOT NULL DEFAULT '',
  sender_country TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL DEFAULT '{}',
  purpose TEXT NOT NULL DEFAULT '',
  counts TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX bundles_imported_sender ON bundles_imported(sender_key_id, created_at);

CREATE TABLE bundles_exported (
  bundle_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  recipients TEXT NOT NULL DEFAULT '[]',
  legal_basis TEXT NOT NULL DEFAULT '{}',
  purpose TEXT NOT NULL DEFAULT '',
  file_name TEXT NOT NULL DEFAULT '',
  file_sha256 TEXT NOT NULL DEFAULT '',
  counts TEXT NOT NULL DEFAULT '{}',
  withheld TEXT NOT NULL DEFAULT '[]'
);

-- Which bundle (and which sender) brought a statement or an entity into this case.
CREATE TABLE statement_origins (
  statement_id TEXT PRIMARY KEY,
  bundle_id TEXT NOT NULL REFERENCES bundles_imported(bundle_id),
  sender_key_id TEXT NOT NULL,
  declared_origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX statement_origins_bundle ON statement_origins(bundle_id);

CREATE TABLE entity_origins (
  entity_id TEXT NOT NULL,
  bundle_id TEXT NOT NULL REFERENCES bundles_imported(bundle_id),
  sender_key_id TEXT NOT NULL,
  created INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, bundle_id)
) WITHOUT ROWID;

-- Statements their originator retracted: never brought back by any later or older bundle.
CREATE TABLE retraction_tombstones (
  statement_id TEXT PRIMARY KEY,
  sender_key_id TEXT NOT NULL,
  bundle_id TEXT NOT NULL,
  retracted_at TEXT NOT NULL DEFAULT ''
);

-- Proposed merges: strong identifiers (kind 'identifier') or names (kind 'name', a hint only).
CREATE TABLE merge_reviews (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  imported_id TEXT NOT NULL REFERENCES entities(id),
  local_id TEXT NOT NULL REFERENCES entities(id),
  reason TEXT NOT NULL,
  score REAL NOT NULL DEFAULT 1.0,
  bundle_id TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'pending',
  created_at TEXT NOT NULL,
  decided_at TEXT,
  decided_by TEXT,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (imported_id, local_id)
);
CREATE INDEX merge_reviews_status ON merge_reviews(status);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
