"""Dated statements as timeline rows, fetched by visible range (indexed on date_start)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebench.domain.handling import TLP

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


def rows(case: Case, *, start: str | None = None, end: str | None = None,
         schemata: Sequence[str] | None = None, entity_ids: Sequence[str] | None = None,
         tag: str | None = None, limit: int | None = None, offset: int = 0) -> list[TimelineRow]:
    where = ["s.date_start IS NOT NULL", "s.retracted = 0", "s.prop != 'endDate'"]
    args: list[object] = []
    if start:
        where.append("s.date_end >= ?")
        args.append(start)
    if end:
        where.append("s.date_start <= ?")
        args.append(end)
    if schemata:
        where.append(f"e.schema IN ({','.join('?' * len(schemata))})")
        args += list(schemata)
    if entity_ids:
        where.append(f"s.entity_id IN ({','.join('?' * len(entity_ids))})")
        args += list(entity_ids)
    if tag:
        where.append("EXISTS (SELECT 1 FROM entity_tags t WHERE t.entity_id = s.entity_id AND t.tag = ?)")
        args.append(tag)
    sql = ("SELECT s.id, s.entity_id, e.schema, e.caption, s.prop, s.value, s.original, s.date_start,"
           " COALESCE((SELECT max(x.date_end) FROM statements x WHERE x.entity_id = s.entity_id"
           " AND x.prop = 'endDate' AND x.retracted = 0 AND s.prop IN ('startDate', 'date')), s.date_end),"
           " s.tlp"
           " FROM statements s JOIN entities e ON e.id = s.entity_id WHERE " + " AND ".join(where)
           + " ORDER BY s.date_start, s.seq")
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [TimelineRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], TLP(r[9]))
            for r in case.conn.execute(sql, args)]


def count(case: Case) -> int:
    return int(case.conn.execute(
        "SELECT count(*) FROM statements WHERE date_start IS NOT NULL AND retracted = 0"
        " AND prop != 'endDate'").fetchone()[0])


def undated(case: Case, schemata: Sequence[str]) -> list[tuple[str, str, str, float | None]]:
    """(id, schema, caption, order) of entities of dated kinds that have no date yet."""
    marks = ",".join("?" * len(schemata))
    return [(r[0], r[1], r[2], r[3]) for r in case.conn.execute(
        f"SELECT e.id, e.schema, e.caption, e.undated_order FROM entities e WHERE e.schema IN ({marks})"
        " AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.entity_id = e.id AND s.retracted = 0"
        " AND s.date_start IS NOT NULL)"
        " AND NOT EXISTS (SELECT 1 FROM merges m WHERE m.source_id = e.id AND m.undone_at IS NULL)"
        " ORDER BY e.undated_order IS NULL, e.undated_order, e.created_at", list(schemata))]
