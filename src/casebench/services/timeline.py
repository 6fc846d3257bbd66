"""The case's timeline: every dated statement, with UTC and original offset kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from casebench.domain.dates import DateValue
from casebench.domain.schema import SCHEMATA
from casebench.store import timeline as repo
from casebench.store.case import Case
from casebench.store.timeline import TimelineRow

__all__ = ["TimelineRow", "as_json", "rows", "undated"]


def rows(case: Case, *, start: str | None = None, end: str | None = None,
         schemata: Sequence[str] | None = None, entity_ids: Sequence[str] | None = None,
         tag: str | None = None, limit: int | None = None, offset: int = 0) -> list[TimelineRow]:
    """Rows overlapping [start, end]; bounds are dates as the user types them."""
    lo = DateValue.parse(start).sort_start() if start else None
    hi = DateValue.parse(end).sort_end() if end else None
    return repo.rows(case, start=lo, end=hi, schemata=schemata, entity_ids=entity_ids, tag=tag,
                     limit=limit, offset=offset)


def count(case: Case) -> int:
    return repo.count(case)


def undated(case: Case) -> list[tuple[str, str, str, float | None]]:
    dated_kinds = [s.name for s in SCHEMATA.values() if not s.abstract and s.temporal_start]
    return repo.undated(case, dated_kinds)


def as_json(row: TimelineRow) -> dict[str, Any]:
    dv = DateValue.parse(row.value)
    return {
        "entity": row.entity_id, "schema": row.schema, "caption": row.caption, "property": row.prop,
        "date": row.value, "as_recorded": row.original, "start_utc": row.start, "end_utc": row.end,
        "precision": dv.precision.name.lower(), "approximate": dv.approximate, "tlp": row.tlp.short,
    }
