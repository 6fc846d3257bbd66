"""The SHA-256 of each encrypted blob file, recorded when it is written (quick verify).

`verify --quick` re-hashes the blob files as they lie on disk, without decrypting, and
compares them with `blobs.cipher_sha256`. Blobs written before this step have none
(NULL): a full verify that finds such a blob intact (decrypted, every chunk
authenticated, the content's SHA-256 as recorded) records its file hash then; until
that, quick verify lists them as not covered.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 14

SQL = """
ALTER TABLE blobs ADD COLUMN cipher_sha256 TEXT;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
