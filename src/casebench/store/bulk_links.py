"""Bulk loading with a locator per entity, and finding entities by strong identifier.

`insert_located` is the one bulk insert path (table and FtM imports, and generators
through `services.bulk`): a table import needs each row's statements to point at that
row ("row 17"), so it takes the locator per entity. `find_by_keys` answers "which entity
already holds this phone / IBAN / wallet" for many keys in one query per chunk.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from casebench.domain.handling import Handling
from casebench.domain.model import Provenance
from casebench.domain.names import fold
from casebench.store import index_triggers, records
from casebench.store.entities import canonical_id

if TYPE_CHECKING:
    from casebench.store.case import Case

StatementRow = tuple[str, str, str, "str | None", "str | None", "str | None"]
# (prop, value, original, match_key, date_start, date_end)


@dataclass
class LocatedEntity:
    """A fully normalised new entity whose statements all point at ``locator``."""

    id: str
    schema: str
    caption: str
    handling: Handling
    locator: str
    statements: list[StatementRow]
    tags: Sequence[str] = ()


@dataclass
class LocatedValues:
    """New statements on an entity that already exists (or is created in the same load)."""

    entity_id: str
    handling: Handling
    locator: str
    statements: list[StatementRow] = field(default_factory=list)


_clock = [0, 0]  # last (milliseconds, sequence) handed out
_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # 2 random bits, variant 10
_SEQUENCE = [f"7{s:03x}-" for s in range(0x1000)]  # the version and the sequence


def _reserve(count: int) -> tuple[int, int]:
    """The (milliseconds, sequence) of the first of ``count`` ids, the clock moved past the last.

    The sequence runs on within a millisecond and carries into the next one after 0xFFF, so
    ids keep their order even when the clock has not moved (or has gone back)."""
    ms = time.time_ns() // 1_000_000
    last_ms, seq = _clock
    if ms <= last_ms:
        ms, seq = last_ms, seq + 1
        if seq > 0xFFF:
            ms, seq = ms + 1, 0
    else:
        seq = 0
    end = ms * 0x1000 + seq + count - 1
    _clock[0], _clock[1] = divmod(end, 0x1000)
    return ms, seq


def new_id() -> str:
    """A time-ordered UUID (version 7, RFC 9562): millisecond clock, sequence, 62 random bits.

    Ids made in a row sort together, so a bulk load appends to the id indexes instead of
    writing all over them (random version-4 ids make a million-row load several times
    slower once the indexes outgrow the page cache).
    """
    ms, seq = _reserve(1)
    r = os.urandom(8).hex()
    return f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-{_SEQUENCE[seq]}{_VARIANT[r[0]]}{r[1:4]}-{r[4:]}"


def new_ids(count: int) -> list[str]:
    """``count`` ids as ``count`` calls of `new_id` would give them (same format, each
    greater than the one before), at a fifth of the cost: one call for the random bits of
    all, the clock read once (a bulk load asks for one per statement)."""
    if count <= 0:
        return []
    ms, seq = _reserve(count)
    rand = os.urandom(8 * count).hex()
    head = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-"
    out = []
    for j in range(0, 16 * count, 16):
        if seq > 0xFFF:
            ms, seq = ms + 1, 0
            head = f"{ms >> 16:08x}-{ms & 0xFFFF:04x}-"
        out.append(f"{head}{_SEQUENCE[seq]}{_VARIANT[rand[j]]}{rand[j + 1:j + 4]}-{rand[j + 4:j + 16]}")
        seq += 1
    return out


BULK_CACHE_MIB = 256


@contextlib.contextmanager
def large_cache(case: Case, *, cache_mib: int = BULK_CACHE_MIB) -> Iterator[None]:
    """Raise the page cache to ``cache_mib`` for a load (fewer dirty pages spilled to the
    write-ahead log mid-transaction; memory stays bounded by it), and put it back after."""
    old_cache = case.conn.execute("PRAGMA cache_size").fetchone()[0]
    case.conn.execute(f"PRAGMA cache_size = -{int(cache_mib) * 1024}")
    try:
        yield
    finally:
        case.conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
        # Lowering the size does not give the load's pages back, and a process that has just
        # loaded a million statements then read searches 2-3x slower until the case was opened
        # again (bench/search.py); freeing the cache now brings it to the reopened speed.
        case.conn.execute("PRAGMA shrink_memory")


@contextlib.contextmanager
def bulk_load(case: Case, *, cache_mib: int = BULK_CACHE_MIB) -> Iterator[None]:
    """A transaction for loading many statements fast.

    The full-text tables are filled in one pass at the end instead of row by row: their
    per-row triggers are set aside and recreated verbatim inside the same transaction
    (`store.index_triggers`), so a rollback (cancel, failure) leaves the schema exactly as
    it was. (Table imports load in chunks instead: `store.import_runs`.)
    """
    with large_cache(case, cache_mib=cache_mib), case.transaction() as conn, index_triggers.deferred(conn):
        yield


_INSERT_STATEMENT = (
    "INSERT INTO statements(id, entity_id, prop, value, original, match_key, date_start,"
    " date_end, lang, author, source_exhibit, locator, origin, origin_bundle, first_seen,"
    " last_seen, grade, tlp, handling, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def insert_located(case: Case, items: Sequence[LocatedEntity], provenance: Provenance, *,
                   extra: Sequence[LocatedValues] = (), origin: str = "", now: str = "") -> int:
    """Insert entities (and values on other entities) in the caller's transaction; returns
    the number of statements written."""
    from casebench.store.case import utc_now

    now = now or utc_now()
    grade = provenance.grade.to_text() if provenance.grade else None
    p = provenance
    handling_cache: dict[int, str] = {}

    def handling_json(h: Handling) -> str:
        key = id(h)
        text = handling_cache.get(key)
        if text is None:
            text = handling_cache[key] = json.dumps(h.to_json())
        return text

    ent_rows = []
    tag_rows = []
    st_rows: list[tuple[object, ...]] = []
    ids = new_ids(sum(len(it.statements) for it in items) + sum(len(ex.statements) for ex in extra))
    taken = 0
    lang, author, exhibit, p_origin, bundle = p.lang, p.author, p.source_exhibit, p.origin, p.origin_bundle

    def add_statements(eid: str, locator: str, tlp: int, hj: str, statements: Sequence[StatementRow]) -> None:
        nonlocal taken
        st_rows.extend((sid, eid, prop, value, original, key, ds, de, lang, author, exhibit, locator,
                        p_origin, bundle, now, now, grade, tlp, hj, now)
                       for sid, (prop, value, original, key, ds, de)
                       in zip(ids[taken:taken + len(statements)], statements, strict=True))
        taken += len(statements)

    for it in items:
        hj = handling_json(it.handling)
        tlp = int(it.handling.tlp)
        ent_rows.append((it.id, it.schema, it.caption, tlp, hj, now, case.user, origin,
                         fold(it.caption)))
        if it.tags:
            tag_rows += [(it.id, t) for t in it.tags]
        add_statements(it.id, it.locator, tlp, hj, it.statements)
    for ex in extra:
        add_statements(ex.entity_id, ex.locator, int(ex.handling.tlp), handling_json(ex.handling), ex.statements)
    with case.transaction() as conn:
        # values for one of our compact records (an FtM export of ours read back): the record
        # becomes an ordinary entity first, as for every change (decision 53)
        records.materialize_all(case, (ex.entity_id for ex in extra))
        conn.executemany(
            "INSERT INTO entities(id, schema, caption, tlp, handling, created_at, created_by, origin,"
            " caption_fold) VALUES (?,?,?,?,?,?,?,?,?)", ent_rows)
        if tag_rows:
            conn.executemany("INSERT OR IGNORE INTO entity_tags(entity_id, tag) VALUES (?, ?)", tag_rows)
        conn.executemany(_INSERT_STATEMENT, st_rows)
    return len(st_rows)


def find_by_keys(case: Case, keys: Iterable[str], schemata: Sequence[str]) -> dict[str, str]:
    """match key → canonical id of the earliest live entity of one of ``schemata`` holding it."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, str] = {}
    allowed = set(schemata)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = case.conn.execute(
            "SELECT s.match_key, s.entity_id, e.schema FROM statements s"
            " JOIN entities e ON e.id = s.entity_id"
            f" WHERE s.match_key IN ({marks}) AND s.retracted = 0 ORDER BY s.seq", chunk).fetchall()
        for key, eid, schema in rows:
            if key not in out and schema in allowed:
                out[key] = canonical_id(case, eid)
    return out


def existing_ids(case: Case, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` are entities of the case (merged-away ids included)."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in case.conn.execute(
            f"SELECT id FROM entities WHERE id IN ({marks})", chunk))
    return found | {e.id for e in records.entities(case, [i for i in wanted if i not in found])}



def captions(case: Case, ids: Iterable[str]) -> dict[str, str]:
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update((r[0], r[1]) for r in case.conn.execute(
            f"SELECT id, caption FROM entities WHERE id IN ({marks})", chunk))
    return out
