"""Core tables: case metadata, entities, statements, search index, merges, audit."""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 1

SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  tlp INTEGER NOT NULL,
  handling TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  undated_order REAL
);
CREATE INDEX entities_schema ON entities(schema, caption);

CREATE TABLE entity_tags (
  entity_id TEXT NOT NULL REFERENCES entities(id),
  tag TEXT NOT NULL,
  PRIMARY KEY (entity_id, tag)
) WITHOUT ROWID;
CREATE INDEX entity_tags_tag ON entity_tags(tag);

CREATE TABLE statements (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  prop TEXT NOT NULL,
  value TEXT NOT NULL,
  original TEXT NOT NULL,
  match_key TEXT,
  date_start TEXT,
  date_end TEXT,
  lang TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  source_exhibit TEXT,
  locator TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  origin_bundle TEXT NOT NULL DEFAULT '',
  first_seen TEXT NOT NULL DEFAULT '',
  last_seen TEXT NOT NULL DEFAULT '',
  grade TEXT,
  tlp INTEGER NOT NULL,
  handling TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  retracted INTEGER NOT NULL DEFAULT 0,
  retracted_at TEXT,
  retracted_by TEXT,
  retract_reason TEXT
);
CREATE INDEX statements_entity ON statements(entity_id, prop);
CREATE INDEX statements_match ON statements(match_key) WHERE match_key IS NOT NULL;
CREATE INDEX statements_prop_value ON statements(prop, value);
CREATE INDEX statements_date ON statements(date_start) WHERE date_start IS NOT NULL;

CREATE VIRTUAL TABLE statements_fts USING fts5(
  value, content='statements', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, value) VALUES (new.seq, new.value);
END;
CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, value) VALUES ('delete', old.seq, old.value);
END;
CREATE TRIGGER statements_au AFTER UPDATE OF value ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, value) VALUES ('delete', old.seq, old.value);
  INSERT INTO statements_fts(rowid, value) VALUES (new.seq, new.value);
END;

CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES entities(id),
  canonical_id TEXT NOT NULL REFERENCES entities(id),
  merged_at TEXT NOT NULL,
  merged_by TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  undone_at TEXT,
  undone_by TEXT
);
CREATE UNIQUE INDEX merges_active ON merges(source_id) WHERE undone_at IS NULL;

CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  category TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  justification TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
