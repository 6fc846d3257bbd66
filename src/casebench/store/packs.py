"""Packs of small blobs (migration 17): the only SQL for them.

A blob row with a `pack_id` lives at `pack_offset` in that pack's plaintext (a ustar
archive, evidence.packs); one without is a stand-alone age file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casebench.store.case import Case


@dataclass(frozen=True)
class Member:
    blob_id: str
    offset: int  # of the member's data in the pack's plaintext
    size: int
    sha256: str


def record_pack(case: Case, pack_id: str, *, stored_size: int, cipher_sha256: str, members: int,
                created_at: str) -> None:
    """Insert a pack row (in the transaction that inserts its blobs' rows)."""
    case.conn.execute("INSERT INTO packs(id, stored_size, cipher_sha256, members, created_at)"
                      " VALUES (?, ?, ?, ?, ?)", (pack_id, stored_size, cipher_sha256, members, created_at))


def all_pack_ids(case: Case) -> set[str]:
    return {str(r[0]) for r in case.conn.execute("SELECT id FROM packs")}


def locations(case: Case, blob_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
    """blob id -> (pack id, offset) for those of `blob_ids` that live in a pack."""
    wanted = list(dict.fromkeys(blob_ids))
    out: dict[str, tuple[str, int]] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        out.update((str(b), (str(p), int(o))) for b, p, o in case.conn.execute(
            f"SELECT id, pack_id, pack_offset FROM blobs WHERE pack_id IS NOT NULL"
            f" AND id IN ({', '.join('?' * len(part))})", part))
    return out


def pack_hashes(case: Case) -> dict[str, tuple[int, str]]:
    """pack id -> (stored size, SHA-256 of the pack file as written)."""
    return {str(p): (int(s), str(h)) for p, s, h in case.conn.execute(
        "SELECT id, stored_size, cipher_sha256 FROM packs")}


def members(case: Case, pack_id: str) -> list[Member]:
    """The blobs living in a pack, in the order they lie in it."""
    return [Member(str(b), int(o), int(s), str(h)) for b, o, s, h in case.conn.execute(
        "SELECT id, pack_offset, size, sha256 FROM blobs WHERE pack_id = ? ORDER BY pack_offset", (pack_id,))]


def written_members(case: Case, pack_id: str) -> int | None:
    """How many members the pack file holds (None: no such pack row)."""
    row = case.conn.execute("SELECT members FROM packs WHERE id = ?", (pack_id,)).fetchone()
    return None if row is None else int(row[0])


def packs_of(case: Case, blob_ids: Iterable[str]) -> set[str]:
    return {p for p, _o in locations(case, blob_ids).values()}


def move_members(case: Case, old: str, new: str, offsets: dict[str, int], *, stored_size: int,
                 cipher_sha256: str, created_at: str) -> None:
    """The live members of `old` now lie in `new` at `offsets` (caller's transaction)."""
    record_pack(case, new, stored_size=stored_size, cipher_sha256=cipher_sha256, members=len(offsets),
                created_at=created_at)
    case.conn.executemany("UPDATE blobs SET pack_id = ?, pack_offset = ? WHERE id = ? AND pack_id = ?",
                          [(new, off, bid, old) for bid, off in offsets.items()])
    delete_pack(case, old)


def delete_pack(case: Case, pack_id: str) -> None:
    """Forget a pack no blob row points at any more (caller's transaction)."""
    case.conn.execute("DELETE FROM packs WHERE id = ?", (pack_id,))


def packs_of_intake(case: Case, intake_id: str) -> set[str]:
    """The packs holding content an intake recorded (read before its rows are deleted)."""
    return {str(r[0]) for r in case.conn.execute(
        "SELECT DISTINCT b.pack_id FROM content_files c JOIN blobs b ON b.id = c.blob_id"
        " WHERE c.intake_id = ? AND b.pack_id IS NOT NULL", (intake_id,))}


def with_dead_members(case: Case) -> set[str]:
    """Packs holding members no blob row lists (a deletion a crash interrupted)."""
    return {str(r[0]) for r in case.conn.execute(
        "SELECT p.id FROM packs p WHERE p.members !="
        " (SELECT count(*) FROM blobs b WHERE b.pack_id = p.id)")}


def blobs_with_keys(case: Case, keys: Sequence[str]) -> dict[str, str]:
    """dedupe key -> blob id for those of `keys` the case stores (one query per 500 keys)."""
    found: dict[str, str] = {}
    for i in range(0, len(keys), 500):
        part = keys[i : i + 500]
        found.update((str(k), str(b)) for k, b in case.conn.execute(
            f"SELECT dedupe_key, id FROM blobs WHERE dedupe_key IN ({', '.join('?' * len(part))})", part))
    return found
