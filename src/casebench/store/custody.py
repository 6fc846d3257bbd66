"""Custody events: append-only rows, hash-chained per exhibit. The only SQL for them.

The chain itself (what is hashed, how it is checked) lives in casebench.evidence.custody.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from casebench.store.exhibits import new_id

if TYPE_CHECKING:
    from casebench.store.case import Case

EVENT_TYPES = (
    "seize",
    "seal",
    "transfer",
    "check-out",
    "check-in",
    "examine",
    "image",
    "reseal",
    "return",
    "destroy",
    "export",
    "import",
)


@dataclass
class CustodyDraft:
    """A custody event as the user (or casebench itself) records it (DESIGN §4)."""

    event: str
    at: str = ""  # as typed, with UTC offset; empty: now
    tz: str = ""  # IANA zone name where known
    from_person: str = ""
    from_org: str = ""
    to_person: str = ""
    to_org: str = ""
    place: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    purpose: str = ""
    authority: str = ""
    seal_before: str = ""
    seal_after: str = ""
    hash_before: str = ""
    hash_after: str = ""
    matched: bool | None = None
    notes: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CustodyEvent:
    id: str
    exhibit_id: str
    seq: int
    event: str
    at: str
    at_utc: str
    tz: str
    from_person: str
    from_org: str
    to_person: str
    to_org: str
    place: str
    country: str
    purpose: str
    authority: str
    seal_before: str
    seal_after: str
    hash_before: str
    hash_after: str
    matched: bool | None
    notes: str
    details: dict[str, Any]
    recorded_at: str
    recorded_by: str
    prev_hash: str
    hash: str
    # '' on this case's own line; else the id of the first event of a partner's line that
    # forked from ours. Not hashed: where an event sits is proven by its prev_hash and seq.
    branch: str = ""


COLUMNS = (
    "id",
    "exhibit_id",
    "seq",
    "event",
    "at",
    "at_utc",
    "tz",
    "from_person",
    "from_org",
    "to_person",
    "to_org",
    "place",
    "country",
    "purpose",
    "authority",
    "seal_before",
    "seal_after",
    "hash_before",
    "hash_after",
    "matched",
    "notes",
    "details",
    "recorded_at",
    "recorded_by",
    "prev_hash",
    "hash",
)
_SQL_COLS = ", ".join(COLUMNS)


def _row(r: Any) -> CustodyEvent:
    vals = list(r)
    vals[19] = None if r[19] is None else bool(r[19])
    vals[21] = json.loads(r[21])
    return CustodyEvent(*vals)


def last(case: Case, exhibit_id: str) -> tuple[int, str] | None:
    row = case.conn.execute(
        "SELECT seq, hash FROM custody_events WHERE exhibit_id = ? AND branch = ''"
        " ORDER BY seq DESC LIMIT 1",
        (exhibit_id,),
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def insert(case: Case, ev: CustodyEvent, branch: str = "") -> None:
    vals: list[Any] = [getattr(ev, c) for c in COLUMNS]
    vals[19] = None if ev.matched is None else int(ev.matched)
    vals[21] = json.dumps(ev.details, ensure_ascii=False, sort_keys=True)
    case.conn.execute(
        f"INSERT INTO custody_events({_SQL_COLS}, branch) VALUES ({', '.join('?' * (len(vals) + 1))})",
        [*vals, branch],
    )


def count(case: Case, exhibit_id: str) -> int:
    """How many events this case's own line of custody holds (as len(events()), unread)."""
    row = case.conn.execute("SELECT count(*) FROM custody_events WHERE exhibit_id = ? AND branch = ''",
                            (exhibit_id,)).fetchone()
    return int(row[0])


def events(case: Case, exhibit_id: str) -> list[CustodyEvent]:
    """This case's own line of custody, in order (partners' forked lines: `branches`)."""
    return [
        _row(r)
        for r in case.conn.execute(
            f"SELECT {_SQL_COLS}, branch FROM custody_events WHERE exhibit_id = ? AND branch = ''"
            " ORDER BY seq",
            (exhibit_id,),
        )
    ]


def branches(case: Case, exhibit_id: str) -> dict[str, list[CustodyEvent]]:
    """Partners' lines that forked from ours: branch id -> its events in order."""
    out: dict[str, list[CustodyEvent]] = {}
    for r in case.conn.execute(
        f"SELECT {_SQL_COLS}, branch FROM custody_events WHERE exhibit_id = ? AND branch <> ''"
        " ORDER BY branch, seq",
        (exhibit_id,),
    ):
        ev = _row(r)
        out.setdefault(ev.branch, []).append(ev)
    return out


def graph(case: Case, exhibit_id: str) -> list[CustodyEvent]:
    """Every event of the exhibit: our line, then each branch after it (see `branch`)."""
    return events(case, exhibit_id) + [
        ev for evs in branches(case, exhibit_id).values() for ev in evs
    ]


def find(case: Case, event_ids: list[str]) -> dict[str, str]:
    """event id -> hash, for those of `event_ids` already recorded (on any exhibit or line)."""
    out: dict[str, str] = {}
    for i in range(0, len(event_ids), 500):
        part = event_ids[i : i + 500]
        out.update(
            (str(a), str(b))
            for a, b in case.conn.execute(
                f"SELECT id, hash FROM custody_events WHERE id IN ({','.join('?' * len(part))})",
                part,
            )
        )
    return out


def heads(case: Case, exhibit_id: str | None = None) -> list[tuple[str, str, str]]:
    """(exhibit id, reference, recorded chain head 'seq:hash') per exhibit."""
    sql = "SELECT id, reference, custody_head FROM exhibits"
    args: tuple[str, ...] = ()
    if exhibit_id:
        sql += " WHERE id = ?"
        args = (exhibit_id,)
    return [
        (str(a), str(b), str(c)) for a, b, c in case.conn.execute(sql + " ORDER BY reference", args)
    ]


__all__ = [
    "COLUMNS",
    "EVENT_TYPES",
    "CustodyDraft",
    "CustodyEvent",
    "branches",
    "events",
    "find",
    "graph",
    "heads",
    "insert",
    "last",
    "new_id",
]
