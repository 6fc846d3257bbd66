"""A drawn chart following the case: entities added, renamed, merged or deleted since.

A change to the case (an entity, a value, a link, a merge) reads the case's link graph
again on the session's worker (:func:`reread`), and works out there what each chart tab
does with it (:func:`follow`), so the window only applies small lists:

* every chart drops what no longer exists (deleted, or a value that linked it retracted)
  and puts an entity merged away in the place of the one it was merged into;
* a chart that showed the whole case (``whole``) also takes the entities that are new,
  up to its cap, each placed near the entities it is linked to that are already placed
  (the others keep their positions: nobody's work is laid out again);
* names, kinds and links between the entities on a chart are what the new graph says,
  on every chart (the drawing model is made from it), so a chart composed by hand shows
  a payment added between two people on it, but never a new entity (decision 61).

Plain Python; the placement is deterministic (the same change gives the same picture).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from casebench.services.chart_content import ChartGraph, load_graph
from casebench.services.graph import LinkGraph
from casebench.services.layout import SPACING
from casebench.store.case import Case
from casebench.store.entities import canonical_ids

Pos = tuple[float, float]
CELL = SPACING * 0.75  # a new entity is put where no other stands within this square
ANGLES = 12  # tried around its neighbours, the emptiest first
ROW = 10  # new entities linked to nothing placed: put in rows of this many under the chart


@dataclass(frozen=True)
class TabState:
    """What one chart tab showed when the case changed (a snapshot: the window keeps its own)."""

    node_ids: tuple[str, ...]
    positions: Mapping[str, Pos]
    whole: bool  # it showed every entity of the case: new ones join it
    cap: int


@dataclass(frozen=True)
class Followed:
    """What one chart does after a change."""

    added: list[str] = field(default_factory=list)  # new entities (whole-case charts only)
    removed: list[str] = field(default_factory=list)  # deleted, merged away, or no longer drawable
    merged: dict[str, str] = field(default_factory=dict)  # id merged away -> the entity it is now
    positions: dict[str, Pos] = field(default_factory=dict)  # for entities that join the chart
    left_off: int = 0  # new entities a whole-case chart had no room for (its cap)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)


def follow(graph: LinkGraph, state: TabState, canon: Mapping[str, str]) -> Followed:
    """What a chart showing ``state`` does now that the case's graph is ``graph``;
    ``canon``: an id no longer in the graph -> the id it was merged into (itself if none)."""
    nodes = graph.nodes
    on = set(state.node_ids)
    removed: list[str] = []
    merged: dict[str, str] = {}
    joining: list[str] = []  # entities merged into, not yet on the chart: take the place of the first merged
    positions: dict[str, Pos] = {}
    for n in state.node_ids:
        if n in nodes:
            continue
        removed.append(n)
        into = canon.get(n, n)
        if into != n and into in nodes:
            merged[n] = into
            if into not in on and into not in positions:
                joining.append(into)
                if n in state.positions:
                    positions[into] = state.positions[n]
    room = max(state.cap - (len(on) - len(removed) + len(joining)), 0)
    added: list[str] = []
    left_off = 0
    if state.whole:
        fresh = [n for n in sorted(nodes) if n not in on and n not in positions]
        added, left_off = fresh[:room], max(len(fresh) - room, 0)
    placed = {n: p for n, p in state.positions.items() if n in nodes}
    placed.update(positions)
    positions.update(place_near(graph, [n for n in joining + added if n not in placed], placed))
    return Followed(joining + added, removed, merged, positions, left_off)


def _cell(p: Pos) -> tuple[int, int]:
    return (math.floor(p[0] / CELL), math.floor(p[1] / CELL))


def place_near(graph: LinkGraph, new: Iterable[str], placed: Mapping[str, Pos]) -> dict[str, Pos]:
    """Positions for ``new`` entities: each near the entities it is linked to that are placed
    (at the spacing of a layout, where no other stands), those linked to nothing placed in
    rows under the chart. ``placed`` is not changed."""
    todo = list(dict.fromkeys(new))
    if not todo:
        return {}
    where = dict(placed)
    taken = {_cell(p) for p in where.values()}
    adj, links = graph.adjacency(), graph.links
    out: dict[str, Pos] = {}
    while todo:
        rest: list[str] = []
        for n in todo:
            near = [where[o] for i in adj.get(n, ()) if (o := links[i].other(n)) in where and o != n]
            if not near:
                rest.append(n)
                continue
            cx, cy = sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)
            p = _free_spot(cx, cy, taken, len(near) > 1)
            where[n] = out[n] = p
            taken.add(_cell(p))
        if len(rest) == len(todo):  # nothing placed to be near: under the chart
            break
        todo = rest
    else:
        return out
    xs = [p[0] for p in where.values()] or [0.0]
    ys = [p[1] for p in where.values()] or [-SPACING * 1.5]
    left, top = min(xs), max(ys) + SPACING * 1.5
    for k, n in enumerate(todo):
        out[n] = (round(left + (k % ROW) * SPACING * 1.5, 1), round(top + (k // ROW) * SPACING, 1))
    return out


def _free_spot(cx: float, cy: float, taken: set[tuple[int, int]], between: bool) -> Pos:
    """The first free spot around (cx, cy): the centre itself for an entity between several
    neighbours, then rings at the layout's spacing, twice it, …"""
    if between and _cell((cx, cy)) not in taken:
        return (round(cx, 1), round(cy, 1))
    for ring in range(1, 6):
        for k in range(ANGLES * ring):
            a = 2 * math.pi * k / (ANGLES * ring) + math.pi / 2  # below first, then around
            p = (round(cx + math.cos(a) * SPACING * ring, 1), round(cy + math.sin(a) * SPACING * ring, 1))
            if _cell(p) not in taken:
                return p
    return (round(cx, 1), round(cy + SPACING, 1))  # a crowded spot: over another rather than nowhere


def reread(case: Case, states: list[TabState]) -> tuple[ChartGraph, list[Followed]]:
    """On the session's worker after a change: the case's graph read again (the warm graph
    when nothing was written since) and what each chart does with it."""
    loaded = load_graph(case)
    nodes = loaded.graph.nodes
    gone = {n for s in states for n in s.node_ids if n not in nodes}
    canon = canonical_ids(case, gone) if gone else {}
    return loaded, [follow(loaded.graph, s, canon) for s in states]
