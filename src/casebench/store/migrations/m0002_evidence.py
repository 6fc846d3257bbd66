"""Evidence: exhibits, links, encrypted content (blobs and files), intakes, custody chain."""

from __future__ import annotations

import os
from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 2

SQL = """
CREATE TABLE exhibits (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  case_reference TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  quantity TEXT NOT NULL DEFAULT '',
  weight TEXT NOT NULL DEFAULT '',
  seized_place TEXT NOT NULL DEFAULT '',
  seized_at TEXT NOT NULL DEFAULT '',
  seized_at_utc TEXT,
  seized_tz TEXT NOT NULL DEFAULT '',
  seized_by TEXT NOT NULL DEFAULT '',
  seized_authority TEXT NOT NULL DEFAULT '',
  seal_numbers TEXT NOT NULL DEFAULT '[]',
  storage_location TEXT NOT NULL DEFAULT '',
  device_make TEXT NOT NULL DEFAULT '',
  device_model TEXT NOT NULL DEFAULT '',
  device_serial TEXT NOT NULL DEFAULT '',
  acquisition_tool TEXT NOT NULL DEFAULT '',
  acquisition_tool_version TEXT NOT NULL DEFAULT '',
  write_blocker TEXT NOT NULL DEFAULT '',
  image_name TEXT NOT NULL DEFAULT '',
  tlp INTEGER NOT NULL,
  handling TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  custody_head TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exhibit_tags (
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
  tag TEXT NOT NULL,
  PRIMARY KEY (exhibit_id, tag)
) WITHOUT ROWID;

CREATE TABLE exhibit_links (
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
  entity_id TEXT NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (exhibit_id, entity_id, role)
) WITHOUT ROWID;
CREATE INDEX exhibit_links_entity ON exhibit_links(entity_id);

-- One encrypted file evidence/xx/ID.age per distinct content; ID is random.
-- dedupe_key = HMAC-SHA256(meta evidence_dedupe_key, sha256): finds identical content.
CREATE TABLE blobs (
  id TEXT PRIMARY KEY,
  dedupe_key TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  stored_size INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE intakes (
  id TEXT PRIMARY KEY,
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
  status TEXT NOT NULL,            -- running, done, interrupted
  started_at TEXT NOT NULL,
  finished_at TEXT,
  user TEXT NOT NULL,
  tool TEXT NOT NULL,
  sources TEXT NOT NULL DEFAULT '[]',
  algorithms TEXT NOT NULL DEFAULT '["sha256"]',
  files INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0,
  skipped TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE content_files (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  exhibit_id TEXT NOT NULL REFERENCES exhibits(id),
  intake_id TEXT NOT NULL REFERENCES intakes(id),
  blob_id TEXT NOT NULL REFERENCES blobs(id),
  name TEXT NOT NULL,
  rel_path TEXT NOT NULL,
  raw_path BLOB NOT NULL,
  size INTEGER NOT NULL,
  modified_at TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT '',
  accessed_at TEXT NOT NULL DEFAULT '',
  media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  sha256 TEXT NOT NULL,
  md5 TEXT,
  sha1 TEXT,
  hashed_at TEXT NOT NULL,
  hashed_by TEXT NOT NULL,
  hash_tool TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (exhibit_id, rel_path)
);
CREATE INDEX content_files_blob ON content_files(blob_id);
CREATE INDEX content_files_intake ON content_files(intake_id);

CREATE TABLE custody_events (
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
  UNIQUE (exhibit_id, seq)
);

-- Custody is append-only. Anyone holding the key can drop these triggers; the hash
-- chain (checked by verify) still names the edited or deleted event.
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody_events BEGIN
  SELECT RAISE(ABORT, 'custody events are append-only: they cannot be changed');
END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody_events BEGIN
  SELECT RAISE(ABORT, 'custody events are append-only: they cannot be deleted');
END;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('evidence_dedupe_key', ?)"
        " ON CONFLICT(key) DO NOTHING",
        (os.urandom(32).hex(),),
    )
