"""Blob ids reserved by a running intake or import, kept in the `meta` table.

Why: a blob is written before the row that makes it live is committed, so after a
crash the evidence store holds blobs no row lists. Only those recorded here, before
they were written, may be deleted at the next opening; any other unlisted blob may
be evidence a restored (older) case.db does not know about, and is quarantined.

Each owner (an intake id, an import's name) has one meta row
`pending_blobs:<owner>` holding its ids separated by spaces.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case

PREFIX = "pending_blobs:"


def new_blob_id() -> str:
    return secrets.token_hex(16)  # 128 random bits: the name reveals nothing of the content


def reserve(case: Case, owner: str, count: int) -> list[str]:
    """Record `count` new blob ids as pending for `owner` (committed) and return them."""
    ids = [new_blob_id() for _ in range(count)]
    with case.transaction():
        current = case.get_meta(PREFIX + owner) or ""
        case.set_meta(PREFIX + owner, " ".join([*current.split(), *ids]))
    return ids


def set_pending(case: Case, owner: str, ids: list[str]) -> None:
    """Replace the owner's pending ids (call inside the transaction that commits the others)."""
    if ids:
        case.set_meta(PREFIX + owner, " ".join(ids))
    else:
        release(case, owner)


def release(case: Case, owner: str) -> None:
    case.conn.execute("DELETE FROM meta WHERE key = ?", (PREFIX + owner,))


def all_pending(case: Case) -> set[str]:
    rows = case.conn.execute(
        "SELECT value FROM meta WHERE substr(key, 1, ?) = ?", (len(PREFIX), PREFIX)
    ).fetchall()
    return {blob_id for (value,) in rows for blob_id in str(value).split()}


def release_all(case: Case) -> None:
    case.conn.execute("DELETE FROM meta WHERE substr(key, 1, ?) = ?", (len(PREFIX), PREFIX))
