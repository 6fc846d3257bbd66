"""Dated statements and call records as timeline rows, fetched by visible range (indexed on
date_start and on the records' start)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from casebench.domain.handling import TLP
from casebench.store import records
from casebench.store import timeline_records as held
from casebench.store.timeline_extra import reach_floor

if TYPE_CHECKING:
    from casebench.store.case import Case


@dataclass(frozen=True)
class TimelineRow:
    statement_id: str
    entity_id: str
    schema: str
    caption: str
    prop: str
    value: str  # canonical date text (keeps precision, range, approximation)
    original: str
    start: str  # fixed-width UTC, earliest instant
    end: str  # fixed-width UTC, latest instant
    tlp: TLP


_BASE = "s.date_start IS NOT NULL AND s.retracted = 0 AND s.prop != 'endDate'"
_LONG = "substr(s.date_end, 1, 10) != substr(s.date_start, 1, 10)"
_COLS = ("SELECT s.id, s.entity_id, e.schema, e.caption, s.prop, s.value, s.original, s.date_start,"
         " COALESCE((SELECT max(x.date_end) FROM statements x INDEXED BY statements_end_of"  # migration 16
         " WHERE x.entity_id = s.entity_id AND x.prop = 'endDate' AND x.retracted = 0 AND s.prop IN ('startDate', 'date')), s.date_end),"
         " s.tlp, s.seq FROM statements s JOIN entities e INDEXED BY entities_label ON e.id = s.entity_id")


def _minus_day(text: str) -> str:
    dt = datetime.strptime(text[:19], "%Y-%m-%dT%H:%M:%S") - timedelta(days=1)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + text[19:]


def rows(case: Case, *, start: str | None = None, end: str | None = None,
         schemata: Sequence[str] | None = None, entity_ids: Sequence[str] | None = None,
         tag: str | None = None, limit: int | None = None, offset: int = 0) -> list[TimelineRow]:
    """Items overlapping [start, end] in start order.

    With a lower bound, the read is bounded on both sides (a month late in a 1M-event case
    must not scan from the beginning): items starting in [start - 1 day, end] through the
    ``statements_timeline`` index, plus the few long items (partial index from migration 4) and
    startDate..endDate ranges (migration 7) that began earlier and still reach the window,
    no earlier than the case's longest reach before it (migration 13).
    """
    extra: list[str] = []
    fargs: list[object] = []
    if schemata:
        extra.append(f"e.schema IN ({','.join('?' * len(schemata))})")
        fargs += list(schemata)
    if entity_ids:
        extra.append(f"s.entity_id IN ({','.join('?' * len(entity_ids))})")
        fargs += list(entity_ids)
    if tag:
        extra.append("EXISTS (SELECT 1 FROM entity_tags t WHERE t.entity_id = s.entity_id AND t.tag = ?)")
        fargs.append(tag)
    flt = "".join(" AND " + w for w in extra)
    upper = " AND s.date_start <= ?" if end else ""
    uargs: list[object] = [end] if end else []
    cap = None if limit is None else limit + offset
    tail = " ORDER BY s.date_start, s.seq" + ("" if cap is None else f" LIMIT {int(cap)}")
    rflt = held.RecordFilter(schemata=tuple(schemata or ()), own_ids=tuple(entity_ids or ()), tag=tag or "")
    recs: list[held.RecordItem] = []
    if not start:
        raw = case.conn.execute(_COLS + " WHERE " + _BASE + upper + flt + tail,
                                [*uargs, *fargs]).fetchall()
        if records.count(case):
            recs = held.starting(case, None, end, rflt, limit=cap)
    else:
        near, floor = _minus_day(start), reach_floor(case, start)
        # Both date ranges are read from their indexes by name: SQLite preferred any other
        # index on date_start (one made for a bench read a month at 1M in 230 ms instead of
        # 14). An entity filter keeps the planner's choice: its statements are fewer than a month.
        cols, long_cols = _COLS, _COLS
        if not entity_ids:
            cols = _COLS.replace("FROM statements s JOIN", "FROM statements s INDEXED BY statements_timeline JOIN")
            long_cols = _COLS.replace("FROM statements s JOIN", "FROM statements s INDEXED BY statements_date_long JOIN")
        raw = case.conn.execute(
            cols + " WHERE " + _BASE + " AND s.date_start >= ?" + upper + " AND s.date_end >= ?"
            + flt + tail, [near, *uargs, start, *fargs]).fetchall()
        early = case.conn.execute(
            long_cols + " WHERE " + _BASE + " AND " + _LONG + " AND s.date_start >= ? AND s.date_start < ?"
            " AND s.date_end >= ?" + upper + flt, [floor, near, start, *uargs, *fargs]).fetchall()
        ranged = case.conn.execute(
            # From the range ends reaching the window (CROSS JOIN keeps that order): SQLite
            # otherwise chose to read every 'date' statement of the case first (30 s at 1M).
            _COLS.replace("FROM statements s JOIN entities e INDEXED BY entities_label",
                          "FROM statements en INDEXED BY statements_range_end CROSS JOIN statements s"
                          " ON en.entity_id = s.entity_id AND en.prop = 'endDate' AND en.retracted = 0"
                          " JOIN entities e INDEXED BY entities_label")
            + " WHERE " + _BASE + " AND s.prop IN ('startDate', 'date') AND s.date_start >= ?"
            " AND s.date_start < ? AND en.date_end >= ?" + upper + flt + " GROUP BY s.id",
            [floor, start, start, *uargs, *fargs]).fetchall()
        seen: set[str] = set()
        merged = []
        for r in [*early, *ranged, *raw]:
            if r[0] not in seen:
                seen.add(r[0])
                merged.append(r)
        raw = sorted(merged, key=lambda r: (r[7], r[10]))
        if records.count(case):
            recs = (held.reaching(case, start, rflt, hi=end)
                    + held.starting(case, start, end, rflt, limit=cap))
    out = [TimelineRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], TLP(r[9])) for r in raw]
    if recs:
        # a record after a statement starting with it (statements keep their order)
        out = [row for _k, row in sorted(
            [((row.start, 0, i), row) for i, row in enumerate(out)]
            + [((it.start, 1, i), TimelineRow(it.statement_id, it.entity_id, it.schema, it.caption, it.prop,
                                              it.value, it.original, it.start, it.range_end or it.end,
                                              TLP(it.tlp))) for i, it in enumerate(recs)],
            key=lambda pair: pair[0])]
    if limit is not None:
        out = out[offset:offset + limit]
    elif offset:
        out = out[offset:]
    return out


def count(case: Case) -> int:
    return int(case.conn.execute(
        "SELECT count(*) FROM statements WHERE date_start IS NOT NULL AND retracted = 0"
        " AND prop != 'endDate'").fetchone()[0]) + held.dated_count(case)


def undated(case: Case, schemata: Sequence[str]) -> list[tuple[str, str, str, float | None]]:
    """(id, schema, caption, order) of entities of dated kinds that have no date yet."""
    marks = ",".join("?" * len(schemata))
    found = [(r[0], r[1], r[2], r[3], r[4]) for r in case.conn.execute(
        f"SELECT e.id, e.schema, e.caption, e.undated_order, e.created_at FROM entities e WHERE e.schema IN ({marks})"
        " AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.entity_id = e.id AND s.retracted = 0"
        " AND s.date_start IS NOT NULL)"
        " AND NOT EXISTS (SELECT 1 FROM merges m WHERE m.source_id = e.id AND m.undone_at IS NULL)"
        " ORDER BY e.undated_order IS NULL, e.undated_order, e.created_at", list(schemata))]
    extra = held.undated(case, schemata)
    if extra:  # records have no order of their own (setting one makes them entities)
        found = sorted(found + extra, key=lambda r: (r[3] is None, r[3] or 0.0, r[4]))
    return [(r[0], r[1], r[2], r[3]) for r in found]
