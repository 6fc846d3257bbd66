"""Small blobs stored together: packs (decision 47).

A pack is one age file under evidence/ with the same name pattern and recipient as a
blob, whose plaintext is a ustar archive of members named by blob id. `blobs.pack_id`
names the pack a blob lives in (NULL: a stand-alone age file, as every blob before
this step) and `pack_offset` the plaintext offset of the member's data in it.
`packs.members` is the number of members written; a pack never keeps a member no blob
row lists (deleting one rewrites the pack), so it always equals the rows pointing at it.

An older casebench refuses the case after this step (its user_version is above the
older program's latest), instead of reporting every packed blob missing.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 17

SQL = """
CREATE TABLE packs (
  id TEXT PRIMARY KEY,
  stored_size INTEGER NOT NULL,
  cipher_sha256 TEXT NOT NULL,
  members INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
ALTER TABLE blobs ADD COLUMN pack_id TEXT REFERENCES packs(id);
ALTER TABLE blobs ADD COLUMN pack_offset INTEGER;
CREATE INDEX blobs_pack ON blobs(pack_id, pack_offset) WHERE pack_id IS NOT NULL;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
