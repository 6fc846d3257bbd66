"""Theme lines: a timeline with one lane per selected person, company or account.

As in i2 timelines, the analyst picks the few entities a story is about (on the chart,
in the list) and the timeline lays out, on one lane each, the events, calls, payments
and meetings that concern them; an item concerning two of them (a call between them)
sits on both lanes, so who met or paid whom when reads straight across.

An item concerns an entity when it is that entity, or one of its live statements names
it (caller, payer, involved...): the same test the timeline's entity filter uses, so
what is fetched is what is placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from casebench.services.charts import TimelineWindow, WindowFilter, timeline_window
from casebench.store import charts as chart_repo
from casebench.store import timeline_extra as tl_repo
from casebench.store.case import Case
from casebench.store.timeline_extra import WindowRow

MAX_THEMES = 40  # lanes; more selected entities than this are not one story


@dataclass(frozen=True)
class ThemeWindow:
    window: TimelineWindow
    themes: tuple[str, ...]  # the entities given a lane, in the order selected
    left_out: int  # selected ids that are not entities of the case, or past MAX_THEMES
    schemas: dict[str, str] = field(default_factory=dict)  # theme id -> its kind (a lane's name in the window)


def theme_window(case: Case, lo: datetime, hi: datetime, ids: Sequence[str], flt: WindowFilter | None = None,
                 *, limit: int = 3000) -> ThemeWindow:
    """The items of [lo, hi] concerning any of ``ids``; each row's ``parties`` lists the
    selected entities it concerns (its lanes). Runs on the session's worker."""
    wanted = list(dict.fromkeys(i for i in ids if i))
    known = chart_repo.captions(case, wanted)
    themes = [i for i in wanted if i in known][:MAX_THEMES]
    left_out = len(wanted) - len(themes)
    if not themes:
        empty = TimelineWindow(lo, hi, (), False)
        return ThemeWindow(empty, (), left_out)
    flt = replace(flt or WindowFilter(), entity_ids=tuple(themes))
    w = timeline_window(case, lo, hi, flt, limit=limit, with_parties=True)
    refs = tl_repo.references(case, [r.entity_id for r in w.rows], themes)
    rows = tuple(replace(r, parties=tuple(lanes_of(r, themes, refs.get(r.entity_id, set()))))
                 for r in w.rows)
    captions = dict(w.captions)
    captions.update({i: known[i][1] for i in themes})
    return ThemeWindow(replace(w, rows=rows, captions=captions), tuple(themes), left_out,
                       {i: known[i][0] for i in themes})


def lanes_of(row: WindowRow, themes: Sequence[str], named: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The selected entities ``row`` concerns, in lane order: itself, or named by it."""
    mine = set(row.parties) | set(named) | {row.entity_id}
    return [t for t in themes if t in mine]


def theme_lanes(rows: Sequence[WindowRow], themes: Sequence[str]) -> list[tuple[WindowRow, int]]:
    """(row, lane index) for every lane each row belongs on (rows from :func:`theme_window`)."""
    index = {t: i for i, t in enumerate(themes)}
    return [(r, index[t]) for r in rows for t in lanes_of(r, themes) if t in index]
