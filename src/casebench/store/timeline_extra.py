"""Timeline reads for the analysis views: one visible window at a time, never the whole case.

A window [lo, hi] (fixed-width UTC texts) is the items that overlap it. They are read
as the items *starting* in [lo - 1 day, hi] (an index range on ``statements_timeline``,
which holds every column the window shows, migration 16)
plus the long items (spanning a UTC day boundary: a month, a year, a range) that
start earlier and still reach into the window (partial index ``statements_date_long``
from migration 4), no earlier than the case's longest reach before lo
(``reach_floor``, migration 13), so a month late in the case is not read from the
case's first day. Both reads are capped, so a 1M-event case pans at once. Compact call
records (decision 53) are read beside them the same way, by their start
(``store.timeline_records``), and merged in start order.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from casebench.domain.dates import fixed_utc
from casebench.store import records
from casebench.store import timeline_records as held

if TYPE_CHECKING:
    from casebench.store.case import Case

_CHUNK = 500
COUNTRY_PROPS = ("country", "nationality", "jurisdiction", "citizenship", "flag", "mainCountry")
_BASE = "s.date_start IS NOT NULL AND s.retracted = 0 AND s.prop != 'endDate'"
_LONG = "substr(s.date_end, 1, 10) != substr(s.date_start, 1, 10)"


@dataclass(frozen=True)
class WindowFilter:
    """What the user narrowed the timeline to; empty fields do not filter."""

    schemata: tuple[str, ...] = ()
    entity_ids: tuple[str, ...] = ()  # items of these entities or that refer to them
    tag: str = ""
    country: str = ""  # ISO code, lower case


@dataclass(frozen=True)
class WindowRow:
    statement_id: str
    entity_id: str
    schema: str
    caption: str
    prop: str
    value: str  # canonical date text (precision, range, "~")
    start: str  # fixed-width UTC
    end: str
    tlp: int
    parties: tuple[str, ...] = field(default=())  # entity ids the item refers to (lanes)


def _fixed_minus_day(text: str) -> str:
    dt = datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S") - timedelta(days=1)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + text[19:]


def reach_floor(case: Case, lo: str) -> str:
    """The earliest start an item can have and still reach `lo`: lo minus the longest
    reach of any dated item of the case (kept by migration 13's triggers) and a day.
    "" (no bound) when the reach cannot be subtracted (a case reaching back past year 1)."""
    row = case.conn.execute("SELECT n FROM case_counts WHERE name = 'timeline_reach_days'").fetchone()
    if row is None:
        return ""
    try:
        floor = datetime.strptime(lo[:19], "%Y-%m-%dT%H:%M:%S") - timedelta(days=int(row[0]) + 1)
    except (ValueError, OverflowError):
        return ""
    return fixed_utc(floor)


def _filter_sql(flt: WindowFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if flt.schemata:
        where.append(f"e.schema IN ({','.join('?' * len(flt.schemata))})")
        args += list(flt.schemata)
    if flt.entity_ids:
        marks = ",".join("?" * len(flt.entity_ids))
        where.append(f"(s.entity_id IN ({marks}) OR EXISTS (SELECT 1 FROM statements r WHERE"
                     f" r.entity_id = s.entity_id AND r.retracted = 0 AND r.value IN ({marks})))")
        args += list(flt.entity_ids) * 2
    if flt.tag:
        where.append("EXISTS (SELECT 1 FROM entity_tags t WHERE t.entity_id = s.entity_id AND t.tag = ?)")
        args.append(flt.tag)
    if flt.country:
        marks = ",".join("?" * len(COUNTRY_PROPS))
        where.append("EXISTS (SELECT 1 FROM statements c WHERE c.entity_id = s.entity_id AND"
                     f" c.retracted = 0 AND c.prop IN ({marks}) AND c.value = ?)")
        args += [*COUNTRY_PROPS, flt.country.lower()]
    return "".join(" AND " + w for w in where), args


def _record_filter(flt: WindowFilter) -> held.RecordFilter:
    return held.RecordFilter(schemata=flt.schemata, naming=flt.entity_ids, tag=flt.tag,
                             country=flt.country, country_props=COUNTRY_PROPS)


# Everything read from two indexes (migration 16): the statement's columns from
# ``statements_timeline``, the entity's from ``entities_label``, a page each, not a row each.
_COLS = ("SELECT s.id, s.entity_id, e.schema, e.caption, s.prop, s.value, s.date_start, s.date_end,"
         " max(s.tlp, e.tlp) FROM statements s JOIN entities e INDEXED BY entities_label"
         " ON e.id = s.entity_id WHERE ")


def window(case: Case, lo: str, hi: str, flt: WindowFilter | None = None, *, limit: int = 5000,
           party_props: Sequence[str] = ()) -> tuple[list[WindowRow], bool]:
    """Items overlapping [lo, hi] in start order, at most ``limit``; True when more exist."""
    flt = flt or WindowFilter()
    extra, fargs = _filter_sql(flt)
    near = _fixed_minus_day(lo)
    starting = case.conn.execute(
        _COLS + _BASE + " AND s.date_start >= ? AND s.date_start <= ? AND s.date_end >= ?" + extra
        + " ORDER BY s.date_start, s.seq LIMIT ?", [near, hi, lo, *fargs, limit + 1]).fetchall()
    floor = reach_floor(case, lo)
    long_ = case.conn.execute(
        _COLS + _BASE + " AND " + _LONG + " AND s.date_start >= ? AND s.date_start < ? AND s.date_end >= ?"
        + extra + " ORDER BY s.date_start, s.seq LIMIT ?", [floor, near, lo, *fargs, limit + 1]).fetchall()
    # A range given as startDate .. endDate (a journey, an ownership) reaches into the window
    # through its endDate even when its start statement ends before the window (also when
    # it starts the day before: a short item there is read only if it reaches by itself).
    ranged = case.conn.execute(
        # from the range ends reaching the window (CROSS JOIN keeps SQLite to that order)
        _COLS.replace("FROM statements s JOIN", "FROM statements en INDEXED BY statements_range_end"
                      " CROSS JOIN statements s ON"
                      " en.entity_id = s.entity_id AND en.prop = 'endDate' AND en.retracted = 0 JOIN", 1)
        + _BASE + " AND s.prop IN ('startDate', 'date') AND s.date_start >= ? AND s.date_start < ?"
        " AND en.date_end >= ?" + extra + " GROUP BY s.id ORDER BY s.date_start, s.seq LIMIT ?",
        [floor, lo, lo, *fargs, limit + 1]).fetchall()
    seen = {r[0] for r in long_} | {r[0] for r in starting}
    early = sorted(long_ + [r for r in ranged if r[0] not in seen], key=lambda r: r[6])
    raw = early + starting
    rflt = _record_filter(flt)
    recs = (held.reaching(case, lo, rflt) + held.starting(case, lo, hi, rflt, limit=limit + 1)
            if records.count(case) else [])
    # statements in their order, records among them by start (after a statement starting with them)
    order = sorted([(r[6], 0, i) for i, r in enumerate(raw)] + [(it.start, 1, i) for i, it in enumerate(recs)])
    truncated = len(order) > limit
    order = order[:limit]
    kept = [raw[i] for _s, k, i in order if k == 0]
    ends = _range_ends(case, [r[1] for r in kept if r[4] in ("startDate", "date")])
    parties = _parties(case, [r[1] for r in kept], party_props) if party_props else {}
    rows = []
    for _s, k, i in order:
        if k == 0:
            r = raw[i]
            rows.append(WindowRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], max(r[7], ends.get(r[1], r[7]))
                                  if r[4] in ("startDate", "date") else r[7], int(r[8]),
                                  tuple(parties.get(r[1], ()))))
        else:
            it = recs[i]
            rows.append(WindowRow(it.statement_id, it.entity_id, it.schema, it.caption, it.prop, it.value,
                                  it.start, it.reach_end, it.tlp,
                                  tuple(it.named(party_props)) if party_props else ()))
    return rows, truncated


def _range_ends(case: Case, entity_ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    ids = list(dict.fromkeys(entity_ids))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        for eid, end in case.conn.execute(
                # the small index of live endDates (migration 16), not every statement of each
                "SELECT entity_id, max(date_end) FROM statements INDEXED BY statements_end_of"
                " WHERE prop = 'endDate' AND retracted = 0"
                f" AND entity_id IN ({','.join('?' * len(part))}) GROUP BY entity_id", part):
            if end:
                out[eid] = end
    return out


def _parties(case: Case, entity_ids: Sequence[str], props: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    ids = list(dict.fromkeys(entity_ids))
    pmarks = ",".join("?" * len(props))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        for eid, value in case.conn.execute(
                f"SELECT entity_id, value FROM statements WHERE entity_id IN ({','.join('?' * len(part))})"
                f" AND prop IN ({pmarks}) AND retracted = 0 ORDER BY seq", [*part, *props]):
            lst = out.setdefault(eid, [])
            if value not in lst:
                lst.append(value)
    return out


def density(case: Case, edges: Sequence[str], flt: WindowFilter | None = None, *,
            cap: int = 200) -> list[int]:
    """Items starting in each [edges[i], edges[i+1]), each count capped at ``cap``."""
    flt = flt or WindowFilter()
    extra, fargs = _filter_sql(flt)
    join = " JOIN entities e ON e.id = s.entity_id" if flt.schemata else ""
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM statements s{join} WHERE " + _BASE
           + " AND s.date_start >= ? AND s.date_start < ?" + extra + " LIMIT ?)")
    rflt = _record_filter(flt) if records.count(case) else None
    return [min(cap, int(case.conn.execute(sql, [a, b, *fargs, cap]).fetchone()[0])
                + (held.count_between(case, a, b, rflt, cap=cap) if rflt is not None else 0))
            for a, b in itertools.pairwise(edges)]


def extent(case: Case) -> tuple[str, str] | None:
    """(first start, last start) of the dated items, or None when nothing is dated."""
    first = case.conn.execute("SELECT s.date_start FROM statements s WHERE " + _BASE
                              + " ORDER BY s.date_start LIMIT 1").fetchone()
    last = case.conn.execute("SELECT s.date_start FROM statements s WHERE " + _BASE
                             + " ORDER BY s.date_start DESC LIMIT 1").fetchone()
    firsts = [str(first[0])] if first is not None else []
    lasts = [str(last[0])] if last is not None else []
    if records.count(case):
        firsts += [x for x in [held.first_start(case)] if x is not None]
        lasts += held.latest_starts(case, 1)
    if not firsts:
        return None
    return min(firsts), max(lasts)


def nth_from_end(case: Case, n: int) -> str | None:
    """Start of the n-th latest item (the left edge of a window holding the latest n).

    The first item's start when there are fewer than n; None when nothing is dated.
    """
    k = max(n - 1, 0)
    latest = [str(r[0]) for r in case.conn.execute(
        "SELECT s.date_start FROM statements s WHERE " + _BASE + " ORDER BY s.date_start DESC LIMIT ?", (k + 1,))]
    if records.count(case):
        latest = sorted(latest + held.latest_starts(case, k + 1), reverse=True)
    if len(latest) <= k:
        ext = extent(case)
        return ext[0] if ext else None
    return latest[k]


def approx_entities(case: Case) -> int:
    """Entities ever created (the largest rowid) and the call records held: O(log n), unlike count(*)."""
    row = case.conn.execute("SELECT max(rowid) FROM entities").fetchone()
    return int(row[0] or 0) + records.count(case)


def references(case: Case, entity_ids: Sequence[str], targets: Sequence[str]) -> dict[str, set[str]]:
    """Entity id -> which of ``targets`` its live statements name (any property): the same
    test as ``WindowFilter.entity_ids``, so every item that filter fetched finds its lane."""
    out: dict[str, set[str]] = {}
    want = list(dict.fromkeys(targets))
    if not want:
        return out
    tmarks = ",".join("?" * len(want))
    ids = list(dict.fromkeys(entity_ids))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        for eid, value in case.conn.execute(
                f"SELECT entity_id, value FROM statements WHERE entity_id IN ({','.join('?' * len(part))})"
                f" AND value IN ({tmarks}) AND retracted = 0", [*part, *want]):
            out.setdefault(eid, set()).add(value)
    for eid, named in held.references(case, entity_ids, want).items():
        out.setdefault(eid, set()).update(named)
    return out
