"""Label placement for link charts: node labels that never overlap, link labels where they fit.

Pure geometry (standard library only), shared by every renderer: boxes are
``(x0, y0, x1, y1)`` in the renderer's own units, whatever the direction of its y
axis. Text is measured by the caller (``measure(text) -> width``), so the same step
serves reportlab points and, later, screen pixels.

Node labels try candidate positions around their node (below, above, right, left,
the four corners, then the same further out) and take the first that stays inside
the area and touches no node symbol and no label placed before, preferring one that
no link line crosses. Link labels try points along their line and are dropped when
none fits (the screen shows them on hover; the count stays in the short form "×n"
where only that fits).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]
Segment = tuple[float, float, float, float]
PAD = 1.0  # clearance between a label and anything else


def intersects(a: Box, b: Box, pad: float = 0.0) -> bool:
    """Whether two boxes overlap (touching edges do not count)."""
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def inside(a: Box, area: Box) -> bool:
    return a[0] >= area[0] and a[1] >= area[1] and a[2] <= area[2] and a[3] <= area[3]


def gap_between(a: Box, b: Box) -> float:
    """The shortest distance between two boxes (0 when they touch or overlap)."""
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return math.hypot(dx, dy)


def crosses(seg: Segment, box: Box) -> bool:
    """Whether the segment passes through the box (Liang–Barsky clipping)."""
    x1, y1, x2, y2 = seg
    dx, dy = x2 - x1, y2 - y1
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x1 - box[0]), (dx, box[2] - x1), (-dy, y1 - box[1]), (dy, box[3] - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


class BoxIndex:
    """Boxes bucketed in a grid, so that "does this box touch any?" looks only nearby
    (charts of thousands of nodes on screen)."""

    def __init__(self, cell: float = 64.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, b: Box, pad: float) -> list[tuple[int, int]]:
        c = self.cell
        x0, y0 = math.floor((b[0] - pad) / c), math.floor((b[1] - pad) / c)
        x1, y1 = math.floor((b[2] + pad) / c), math.floor((b[3] + pad) / c)
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    def add(self, b: Box) -> None:
        for k in self._keys(b, 0.0):
            self.cells.setdefault(k, []).append(b)

    def hits(self, b: Box, pad: float = 0.0) -> bool:
        for k in self._keys(b, pad):
            for other in self.cells.get(k, ()):
                if intersects(b, other, pad):
                    return True
        return False


@dataclass(frozen=True)
class NodeSpot:
    """A node symbol: its centre and half extents."""

    id: str
    x: float
    y: float
    half_w: float
    half_h: float

    @property
    def box(self) -> Box:
        return (self.x - self.half_w, self.y - self.half_h, self.x + self.half_w, self.y + self.half_h)


@dataclass(frozen=True)
class Placed:
    """A label put somewhere: its owner (node id or edge index), lines, box and size."""

    owner: str
    lines: tuple[str, ...]
    box: Box
    size: float


def _node_candidates(n: NodeSpot, w: float, h: float, gap: float,
                     centre: tuple[float, float] | None) -> list[Box]:
    """Boxes around the node, nearest first; within a ring, away from ``centre`` first
    (labels outside the crowd read best)."""
    out: list[Box] = []
    for extra in (0.0, 5.0, 11.0, 18.0, 27.0):
        ring: list[Box] = []
        g = gap + extra
        cx, cy = n.x, n.y
        below_y0 = cy - n.half_h - g - h  # "below" is smaller y; flipped axes just swap names
        above_y0 = cy + n.half_h + g
        right_x0 = cx + n.half_w + g
        left_x0 = cx - n.half_w - g - w
        mid_x0, mid_y0 = cx - w / 2, cy - h / 2
        for x0, y0 in ((mid_x0, below_y0), (mid_x0, above_y0), (right_x0, mid_y0), (left_x0, mid_y0),
                       (right_x0 - w / 2, below_y0), (left_x0 + w / 2, below_y0),
                       (right_x0 - w / 2, above_y0), (left_x0 + w / 2, above_y0)):
            ring.append((x0, y0, x0 + w, y0 + h))
        if centre is not None:
            ox, oy = n.x - centre[0], n.y - centre[1]
            norm = math.hypot(ox, oy)
            if norm > 1e-6:
                ox, oy = ox / norm, oy / norm

                def outward(b: Box, ox: float = ox, oy: float = oy) -> float:
                    dx, dy = (b[0] + b[2]) / 2 - n.x, (b[1] + b[3]) / 2 - n.y
                    return -(dx * ox + dy * oy) / (math.hypot(dx, dy) or 1.0)

                ring.sort(key=outward)  # stable: the fixed order breaks ties
        out += ring
    return out


def place_node_labels(nodes: Sequence[NodeSpot], texts: dict[str, list[tuple[tuple[str, ...], float, float]]],
                      area: Box, size: float, segments: Sequence[Segment] = (),
                      order: Sequence[str] | None = None, gap: float = 2.0,
                      centre: tuple[float, float] | None = None, taken: Sequence[Box] = (),
                      own_nearest: float | None = None, alike: Mapping[str, int] | None = None,
                      ) -> tuple[list[Placed], list[str]]:
    """Labels for ``nodes``; ``texts[id]`` lists variants (lines, width, height), preferred first.

    Returns the placed labels and the ids of nodes whose label found no free place.
    With ``centre``, positions pointing away from it are tried first; ``taken`` are
    boxes already used (labels placed earlier). With ``own_nearest`` a label goes only
    where its own symbol is nearer to it, by that margin, than any other symbol (on
    paper nothing else tells whose name it is), preferring places three times as
    clear; the first ``alike[id]`` variants of a node (its whole name, wrapped
    differently) count as one for that preference.
    """
    index = BoxIndex(max(2 * max((n.half_w for n in nodes), default=10.0) + 40.0, 32.0))
    for b in [n.box for n in nodes] + list(taken):
        index.add(b)
    by_id = {n.id: n for n in nodes}
    grid = _SpotGrid(nodes, index.cell) if own_nearest is not None else None
    placed: list[Placed] = []
    failed: list[str] = []
    for nid in order if order is not None else [n.id for n in nodes]:
        n = by_id[nid]
        best: tuple[int, int, int, int, Box, tuple[str, ...]] | None = None
        same = max((alike or {}).get(nid, 1), 1)
        for variant, (lines, w, h) in enumerate(texts.get(nid, [])):
            for box in _node_candidates(n, w, h, gap, centre):
                if not inside(box, area):
                    continue
                if index.hits(box, PAD):  # symbols, and labels placed before
                    continue
                near = 0
                if grid is not None and own_nearest is not None:
                    if not _nearest_is(box, n, grid, own_nearest):
                        continue
                    near = 0 if _nearest_is(box, n, grid, 3 * own_nearest) else 1
                cut = sum(1 for s in segments if crosses(s, box))
                # the whole name first, then clearly by its own symbol, then the fewest
                # lines across it
                score = (max(variant - same + 1, 0), near, variant, cut)
                if best is None or score < best[:4]:
                    best = (*score, box, lines)
                if cut == 0 and near == 0:
                    break
            if best is not None and (best[1] == 0 or variant + 1 >= same):
                break
        if best is None:
            failed.append(nid)
        else:
            placed.append(Placed(nid, best[5], best[4], size))
            index.add(best[4])
    return placed, failed


class _SpotGrid:
    """Node symbols bucketed in a grid: which symbols lie within some distance of a box."""

    def __init__(self, nodes: Sequence[NodeSpot], cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[NodeSpot]] = {}
        for n in nodes:
            x0, y0, x1, y1 = n.box
            for gx in range(math.floor(x0 / cell), math.floor(x1 / cell) + 1):
                for gy in range(math.floor(y0 / cell), math.floor(y1 / cell) + 1):
                    self.cells.setdefault((gx, gy), []).append(n)

    def near(self, box: Box, reach: float) -> set[NodeSpot]:
        c = self.cell
        out: set[NodeSpot] = set()
        for gx in range(math.floor((box[0] - reach) / c), math.floor((box[2] + reach) / c) + 1):
            for gy in range(math.floor((box[1] - reach) / c), math.floor((box[3] + reach) / c) + 1):
                out.update(self.cells.get((gx, gy), ()))
        return out


def _nearest_is(box: Box, own: NodeSpot, grid: _SpotGrid, margin: float) -> bool:
    """Whether every other symbol is at least ``margin`` further from ``box`` than ``own``."""
    need = gap_between(box, own.box) + margin
    return all(gap_between(box, n.box) >= need for n in grid.near(box, need) if n.id != own.id)


def place_link_labels(links: Sequence[tuple[str, Segment, Sequence[tuple[str, float, float]]]],
                      obstacles: Sequence[Box], area: Box, size: float,
                      crossable: Sequence[bool] = (),
                      ) -> tuple[list[Placed], list[str]]:
    """Captions centred on points along each link's segment; ``links`` are
    (owner, segment, variants (text, width, height) preferred first).

    A caption fits where it touches no obstacle, no other caption and no other link's
    line (in a bundle of lines a label cannot be told apart from its neighbours'),
    unless ``crossable[i]``: a few telling labels (owns, directs, paid) may sit over
    other lines, on their white ground. Returns the placed captions and the owners of
    those dropped.
    """
    placed: list[Placed] = []
    dropped: list[str] = []
    all_segments = [seg for _, seg, _ in links]
    for index, (owner, (x1, y1, x2, y2), variants) in enumerate(links):
        done = False
        for text, w, h in variants:
            for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85):
                cx, cy = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
                box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
                if not inside(box, area):
                    continue
                if any(intersects(box, o, PAD) for o in obstacles):
                    continue
                if any(intersects(box, p.box, PAD) for p in placed):
                    continue
                if not (index < len(crossable) and crossable[index]) and any(
                        crosses(seg, box) for j, seg in enumerate(all_segments) if j != index):
                    continue
                placed.append(Placed(owner, (text,), box, size))
                done = True
                break
            if done:
                break
        if not done:
            dropped.append(owner)
    return placed, dropped


def spread(spots: list[NodeSpot], area: Box, min_gap: float, rounds: int = 60) -> list[NodeSpot]:
    """Push apart node symbols closer than ``min_gap`` (box to box), kept inside ``area``.

    Layouts place nodes in abstract units; once scaled to a page two of them may sit
    on each other. A few rounds of pairwise pushes remove that without redrawing the
    layout.
    """
    xs = [s.x for s in spots]
    ys = [s.y for s in spots]
    n = len(spots)
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                need_x = spots[i].half_w + spots[j].half_w + min_gap
                need_y = spots[i].half_h + spots[j].half_h + min_gap
                dx, dy = xs[j] - xs[i], ys[j] - ys[i]
                if abs(dx) >= need_x or abs(dy) >= need_y:
                    continue
                # push along the axis needing the smaller move
                over_x, over_y = need_x - abs(dx), need_y - abs(dy)
                if over_x <= over_y:
                    sgn = 1.0 if dx > 0 or (dx == 0 and i < j) else -1.0
                    xs[i] -= sgn * over_x / 2
                    xs[j] += sgn * over_x / 2
                else:
                    sgn = 1.0 if dy > 0 or (dy == 0 and i < j) else -1.0
                    ys[i] -= sgn * over_y / 2
                    ys[j] += sgn * over_y / 2
                moved = True
        for i, s in enumerate(spots):
            xs[i] = min(max(xs[i], area[0] + s.half_w), area[2] - s.half_w)
            ys[i] = min(max(ys[i], area[1] + s.half_h), area[3] - s.half_h)
        if not moved:
            break
    return [NodeSpot(s.id, xs[i], ys[i], s.half_w, s.half_h) for i, s in enumerate(spots)]
