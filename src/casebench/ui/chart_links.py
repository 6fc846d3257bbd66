"""Aggregated links and readable labels on the screen chart.

Many calls (payments, messages) between two people are one line with a count
(``services.graph.to_chart``); :class:`AggregatedLinks` keeps which of them the user
expanded into single links (the link's context menu). :func:`place_names` puts each
node's name where it overlaps no symbol and no other name (the placement step of the
printed chart, ``domain.placement``), shortening or leaving it to the tooltip when
there is no room; :func:`declutter_captions` hides link labels that would cover a
node, a name or another label; their text stays in the link's tooltip (on hover).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from casebench.domain.placement import NodeSpot, Placed, place_node_labels
from casebench.ui.analysis_chart_items import (
    NAME_H,
    NAME_W,
    OVERVIEW_FROM,
    EdgeItem,
    NodeItem,
    R,
    label_font,
)

FREQUENT_KINDS = frozenset({"Call", "Payment", "Message"})  # labelled after relationships
MAX_DECLUTTER = 3000  # links; beyond this labels stay hidden (they cannot be read anyway)
MAX_PLACED = 3000  # nodes; beyond this names stay under their symbols
SYNC_NAMES = 400  # nodes; more are placed on the session's worker


class AggregatedLinks:
    """Which aggregated links of one chart are shown as their single links."""

    def __init__(self, rebuild: Callable[[], None]) -> None:
        self.expanded: set[str] = set()
        self._rebuild = rebuild

    def attach(self, item: EdgeItem) -> EdgeItem:
        item.on_toggle = self.toggle
        return item

    def toggle(self, key: str) -> None:
        """Expand the aggregate ``key`` into its single links, or combine them again."""
        (self.expanded.discard if key in self.expanded else self.expanded.add)(key)
        self._rebuild()


def declutter_captions(scene: QGraphicsScene, items: Iterable[EdgeItem] | None = None) -> int:
    """Show each link label only where it covers no node and no other label; returns how
    many were hidden. Relationships are placed before calls, frequent calls first.
    ``items``: the scene's links when the caller knows them (listing a big scene is slow)."""
    edges = [i for i in (scene.items() if items is None else items)
             if isinstance(i, EdgeItem) and i.has_caption]
    if len(edges) > MAX_DECLUTTER:
        for e in edges:
            e.show_caption(False)
        return len(edges)
    edges.sort(key=lambda e: (e.edge.kind in FREQUENT_KINDS, -e.edge.count, e.edge.key))
    kept: set[QGraphicsRectItem] = set()
    hidden = 0
    for e in edges:
        cap = e.caption
        assert cap is not None
        cap.setVisible(True)
        rect = cap.sceneBoundingRect()
        clash = False
        # bounding rects: a node's shape() is its symbol only, its name lies below it
        for other in scene.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if (isinstance(other, NodeItem) and other.label_rect().intersects(rect)) or other in kept:
                clash = True
            if clash:
                break
        if clash:
            cap.setVisible(False)
            hidden += 1
        else:
            kept.add(cap)
    return hidden


def names_on_worker(nodes: int) -> bool:
    """Whether the names of a chart of ``nodes`` are placed on the session's worker."""
    return nodes > SYNC_NAMES


NAMES_STEP = 250  # nodes gathered or named per step of ``placing_names``


def place_names(scene: QGraphicsScene, session: Any = None, items: Iterable[NodeItem] | None = None) -> int:
    """Move each node's name to where it touches no symbol and no other name; returns how
    many found no room (their names are on the tooltip). Busiest nodes are placed first.

    Beyond ``SYNC_NAMES`` nodes, with a ``session``, the placement runs on the session's
    worker and the names move when it is done (the GUI thread stays free).
    """
    steps = placing_names(scene, session, items)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _run_now(steps: Iterator[None]) -> None:
    for _ in steps:
        pass


def placing_names(scene: QGraphicsScene, session: Any = None, items: Iterable[NodeItem] | None = None,
                  run: Callable[[Iterator[None]], None] | None = None) -> Generator[None, None, int]:
    """:func:`place_names` a few hundred nodes per step (the generator's value: how many
    found no room). The names the worker placed are written by the steps handed to ``run``
    (at once without it): gathering 2,000 names took 15-35 ms, writing them 25-30 ms."""
    nodes = [i for i in (scene.items() if items is None else items) if isinstance(i, NodeItem)]
    if not nodes or len(nodes) > MAX_PLACED:
        return 0
    by_id = {n.node.id: n for n in nodes}
    spots = []
    texts: dict[str, list[tuple[tuple[str, ...], float, float]]] = {}
    busy: dict[str, int] = {}
    where: dict[str, tuple[float, float]] = {}
    for i, n in enumerate(nodes, 1):
        sym = n.symbol_rect()
        # placement's "below" is the smaller y: flip, so that names go under their symbol first
        # around the symbol's own middle: a triangle's lies below the node's centre, and a
        # name placed over it clipped its apex
        spots.append(NodeSpot(n.node.id, n.pos().x() + sym.center().x(), -(n.pos().y() + sym.center().y()),
                              sym.width() / 2, sym.height() / 2))
        where[n.node.id] = (n.pos().x(), -n.pos().y())
        texts[n.node.id] = n.name_variants()
        busy[n.node.id] = len(n.edges)
        if i % NAMES_STEP == 0:
            yield
    xs = [s.x for s in spots]
    ys = [s.y for s in spots]
    area = (min(xs) - 400, min(ys) - 400, max(xs) + 400, max(ys) + 400)
    order = sorted(by_id, key=lambda i: (-busy[i], by_id[i].node.label, i))
    used = where

    def writing(result: tuple[list[Placed], list[str]]) -> Generator[None, None, int]:
        placed, failed = result
        for i, p in enumerate(placed, 1):
            item = by_id[p.owner]
            if item.scene() is scene and (item.pos().x(), -item.pos().y()) == used[p.owner]:
                # (else rebuilt or moved meanwhile: the next placement sees it)
                x0, y0, x1, y1 = p.box
                item.set_name(p.lines[0], QRectF(x0 - item.pos().x(), -y1 - item.pos().y(), x1 - x0, y1 - y0))
            if i % NAMES_STEP == 0:
                yield
        for nid in failed:
            if by_id[nid].scene() is scene:
                by_id[nid].set_name("", QRectF())
        return len(failed)

    if session is not None and names_on_worker(len(nodes)):
        later = run or _run_now
        session.run_plain(place_node_labels, spots, texts, area, 8.0, order=order, gap=1.0,
                          on_done=lambda result: later(writing(result)), owner=scene)
        return 0
    return (yield from writing(place_node_labels(spots, texts, area, 8.0, order=order, gap=1.0)))


def place_labels(scene: QGraphicsScene) -> None:
    """Names first, then the link labels that are shown (after a move or a rebuild).

    On big charts a drag leaves the names where they are: placing them all again would
    hold the GUI thread; the next rebuild places them on the worker.
    """
    nodes = [i for i in scene.items() if isinstance(i, NodeItem)]
    if names_on_worker(len(nodes)):
        return
    place_names(scene)
    for view in scene.views():  # zoomed out, the names written large move with their nodes
        far_names(nodes, view.transform().m11(), getattr(view, "fitted", None))
    if any(isinstance(i, EdgeItem) and i.caption_shown() for i in scene.items()):
        declutter_captions(scene)


READ_FROM = 0.75  # scale below which a name (8 pt) is under 8 pixels high: hard to read
# A bigger chart zoomed out shows its symbols only: past this many nodes even choosing the
# names to write (every symbol in view is looked at) is more than a zoom step may cost.
FAR_NAMES_UP_TO = 5000
SHORTEST = 60.0  # pixels: a name shortened to this is not written zoomed out (it no longer says who)
PAD = 1.5  # pixels on screen kept clear around a name written zoomed out
CLEAR = 0.5  # pixels on screen kept clear around a symbol (names beside it; it is crowded there)
FAR_NAMES_PER_VIEW = 150  # names written at most on a big chart zoomed out (per view)
# places looked at per name written at most: a dense chart (a hairball fitted whole) stops
# looking early; 150 names' worth took 15-25 ms for 2,000 nodes
FAR_CHECKS = 40

Box = tuple[float, float, float, float]  # left, top, right, bottom (scene coordinates)
# What a chart fitted whole shows around its nodes' centres (scene units): a name at 100 %
# under a symbol at the edge. Names written large zoomed out stay inside it too: one sticking
# out grew the scene past the fitted view (a scroll bar on the demo's whole case at opening).
FIT_MARGIN = (130.0, 70.0)


def fit_extent(points: Iterable[tuple[float, float]]) -> QRectF:
    """The nodes' centres ``points`` with the margin a fitted chart shows around them."""
    xs, ys = zip(*points, strict=True)
    mx, my = FIT_MARGIN
    return QRectF(min(xs) - mx, min(ys) - my, max(xs) - min(xs) + 2 * mx, max(ys) - min(ys) + 2 * my)


class _Room:
    """What is taken on the chart (symbols, names written), on a grid of ``cell``-sized
    squares: whether a box is free costs the few boxes in its squares, not the chart."""

    def __init__(self, cell: float, pad: float = 0.0, clear: float = 0.0) -> None:
        self.cell = cell
        self.pad = pad  # kept clear around a name written (two names never touch)
        self.clear = clear  # and around a symbol (no name touches one)
        self.grid: dict[tuple[int, int], list[Box]] = defaultdict(list)
        self.checks = 0  # boxes asked about so far (what choosing names costs)


    def free(self, box: Box) -> bool:
        self.checks += 1
        x0, y0, x1, y1 = box
        cell, grid = self.cell, self.grid
        for gx in range(int(x0 // cell), int(x1 // cell) + 1):
            for gy in range(int(y0 // cell), int(y1 // cell) + 1):
                for o in grid.get((gx, gy), ()):
                    if o[0] < x1 and x0 < o[2] and o[1] < y1 and y0 < o[3]:
                        return False
        return True

    def take(self, box: Box) -> None:
        cell, grid = self.cell, self.grid
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                grid[gx, gy].append(box)

    def take_name(self, box: Box) -> None:
        pad = self.pad
        self.take((box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad))

    def take_symbol(self, n: NodeItem) -> None:
        x, y = n.at
        left, top, right, bottom = n.symbol_box()
        c = self.clear
        self.take((x + left - c, y + top - c, x + right + c, y + bottom + c))


def _far_font(scale: float) -> tuple[QFont, float]:
    """The names' font scaled up to read at ``scale`` as at ``READ_FROM``, and by how much."""
    grow = READ_FROM / scale
    font = QFont(label_font())
    font.setPointSizeF(font.pointSizeF() * grow)
    return font, grow


def _texts(n: NodeItem, more: bool) -> list[tuple[str, float]]:
    """The name as first written at full size (shortened past ``NAME_W``) and its width there;
    ``more``: then shortened further (but not to ``SHORTEST``), measured once per node
    (``name_variants``)."""
    fit = [(texts[0], w) for texts, w, _h in n.name_variants() if w <= NAME_W + 4 + 1e-6]
    if not fit:
        return []
    # shortened to 90 pixels at most ("Company 14…" says little, "Compan…" nothing)
    short = [t for t in fit if t[1] > SHORTEST + 4 + 1e-6]
    return [fit[0], short[-1]] if more and len(short) > 1 else fit[:1]


def _spot(room: _Room, n: NodeItem, grow: float, font: QFont, *, force: bool = False,
          more: bool = False, within: Box | None = None) -> tuple[str, QRectF, QFont] | None:
    """Where ``n``'s name (shortened as at full size) is written zoomed out: under its symbol,
    over it, right of it or left of it (relative to its centre), the first place that covers
    no symbol and no name already written and lies wholly ``within`` (if given); the room is
    taken. ``more``: also at the four corners, and shortened further if it fits nowhere.
    ``force``: under the symbol if no place is free (a selected node always says who it is),
    moved sideways into ``within``."""
    s_left, s_top, s_right, s_bottom = n.symbol_box()
    x, y = n.at
    h = NAME_H * grow
    g = 2 + room.clear  # from the symbol (kept clear around it too)
    first: tuple[str, QRectF] | None = None
    for text, width in _texts(n, more):
        w = width * grow
        spots = [(-w / 2, s_bottom + g), (-w / 2, s_top - g - h), (s_right + g, -h / 2), (s_left - g - w, -h / 2)]
        if more:
            spots += [(s_right + g, s_bottom + g), (s_left - g - w, s_bottom + g), (s_right + g, s_top - g - h),
                      (s_left - g - w, s_top - g - h)]
        for left, top in spots:
            box = (x + left, y + top, x + left + w, y + top + h)
            if within is not None and not (within[0] <= box[0] and box[2] <= within[2]
                                           and within[1] <= box[1] and box[3] <= within[3]):
                continue
            if room.free(box):
                room.take_name(box)
                return text, QRectF(left, top, w, h), font
        if first is None:
            first = text, QRectF(spots[0][0], spots[0][1], w, h)
    if force and first is not None:
        text, rect = first
        if within is not None:  # under its symbol still, as far inside as it goes
            shift = max(within[0] - (x + rect.left()), min(0.0, within[2] - (x + rect.right())))
            rect = rect.translated(shift, 0.0)
        room.take_name((x + rect.left(), y + rect.top(), x + rect.right(), y + rect.bottom()))
        return text, rect, font
    return None


def _first(items: Iterable[NodeItem]) -> list[NodeItem]:
    """The selected nodes, then the highlighted ones (a found path): named before the busiest."""
    selected = [n for n in items if n.isSelected()]
    return selected + [n for n in items if n.highlighted and not n.isSelected()]


def far_names(items: Sequence[NodeItem], scale: float, within: QRectF | None = None) -> int:
    """Zoomed out past reading (``scale`` < ``READ_FROM``), write the names of the busiest
    nodes in a font scaled up to read as at ``READ_FROM``, each under its symbol (or over,
    right of, left of it) where it covers no symbol and no other name; the selected and
    highlighted nodes' names first. The others wait for the zoom in (and stay on the
    tooltip). Zoomed in, every node writes its name as placed. Returns how many names are
    written zoomed out (0 zoomed in). Each stays inside the chart as fitted whole
    (:func:`fit_extent`, with ``within``: what the view showed when fitted), so the fit shows
    it whole and no scroll bar comes. For charts under ``OVERVIEW_FROM`` nodes (each node
    paints itself); a bigger one names a few per view (:class:`OverviewNames`)."""
    if scale >= READ_FROM or not items or len(items) >= OVERVIEW_FROM:
        for n in items:
            n.set_far(False)
        return 0
    font, grow = _far_font(scale)
    room = _Room(200.0 * grow, PAD / scale, CLEAR / scale)
    for n in items:  # every symbol first: no name may cover one
        room.take_symbol(n)
    area = fit_extent(n.at for n in items)
    if within is not None and not within.isEmpty():
        area = area.united(within)
    inside = (area.left(), area.top(), area.right(), area.bottom())
    first = _first(items)
    chosen = set(first)
    rest = sorted((n for n in items if n not in chosen), key=lambda i: (-len(i.edges), i.node.label, i.node.id))
    written = 0
    for n in first + rest:
        far = _spot(room, n, grow, font, force=n.isSelected(), within=inside)
        written += far is not None
        n.set_far(True, far)
    return written


class OverviewNames:
    """Chooses which names a big chart zoomed out writes (:meth:`choose`); keeps what does
    not change while the chart stands (each node's symbol and name widths, busiest first)."""

    def __init__(self, ranked: Sequence[NodeItem]) -> None:
        import numpy

        self.ranked = list(ranked)  # busiest first
        self.texts = [_texts(n, True) for n in self.ranked]
        # the symbol (relative to the centre) and the name's two widths at full size
        self.symbols = numpy.array([n.symbol_box() for n in self.ranked], dtype=float).reshape(-1, 4)
        self.widths = numpy.array([[t[0][1], t[-1][1]] if t else [0.0, 0.0] for t in self.texts],
                                  dtype=float).reshape(-1, 2)

    def choose(self, scale: float, within: QRectF, was: Iterable[NodeItem] = (),
               most: int = FAR_NAMES_PER_VIEW) -> list[NodeItem]:
        """The nodes standing in ``within`` (the view, scene coordinates) whose names are
        written, at most ``most``, in a font scaled up to read as at ``READ_FROM``: the selected
        ones (always), the highlighted ones, then the busiest, each where it covers no symbol
        and no other name (under, over, beside its symbol or at a corner, shortened if need
        be). Each chosen node's ``far`` says where; the nodes of ``was`` (the last choice) not
        chosen again write none.

        Cheap enough for a zoom step whatever the chart: the places a name cannot take are
        ruled out for every node at once on a raster of the symbols in view (a place with a
        square of it wholly covered by a symbol's square cannot be free); only the others are
        looked at one by one (``_Room``), at most ``FAR_CHECKS`` per name written."""
        import numpy as np

        chosen: list[NodeItem] = []
        ranked = self.ranked
        if not (scale < READ_FROM and ranked and len(ranked) <= FAR_NAMES_UP_TO and not within.isEmpty()):
            self._forget(was, chosen)
            return chosen
        font, grow = _far_font(scale)
        h = NAME_H * grow
        # the symbols a name in view might cover: those in view and a name's width around it
        g = 2 + CLEAR / scale  # a name's distance from its symbol (kept clear around it too)
        reach = (NAME_W + 4) * grow + 2 * R + g
        x0, y0, x1, y1 = within.left(), within.top(), within.right(), within.bottom()
        at = np.array([n.at for n in ranked], dtype=float).reshape(-1, 2)
        xs, ys = at[:, 0], at[:, 1]
        near = (xs >= x0 - reach) & (xs <= x1 + reach) & (ys >= y0 - reach) & (ys <= y1 + reach)
        inside = near & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1)
        room = _Room(3 * h, PAD / scale, CLEAR / scale)  # a few symbols a square, a name over a few squares
        sym = self.symbols
        near_at = np.flatnonzero(near)
        for i in near_at.tolist():
            room.take_symbol(ranked[i])
        # the raster: squares of half a name's height, those a symbol touches marked
        c = h / 2
        ox, oy = x0 - reach - c, y0 - reach - c
        cols, rows = int((x1 - x0 + 2 * reach) / c) + 3, int((y1 - y0 + 2 * reach) / c) + 3
        occ = np.zeros((rows, cols), dtype=np.int32)
        sx0 = np.clip(((xs + sym[:, 0] - ox) // c).astype(np.int64), 0, cols - 1)[near]
        sx1 = np.clip(((xs + sym[:, 2] - ox) // c).astype(np.int64), 0, cols - 1)[near]
        sy0 = np.clip(((ys + sym[:, 1] - oy) // c).astype(np.int64), 0, rows - 1)[near]
        sy1 = np.clip(((ys + sym[:, 3] - oy) // c).astype(np.int64), 0, rows - 1)[near]
        span = int(max((sx1 - sx0).max(initial=0), (sy1 - sy0).max(initial=0)))
        for dy in range(span + 1):
            for dx in range(span + 1):
                on = (sy0 + dy <= sy1) & (sx0 + dx <= sx1)
                occ[sy0[on] + dy, sx0[on] + dx] = 1
        sat = np.zeros((rows + 1, cols + 1), dtype=np.int32)
        sat[1:, 1:] = occ.cumsum(0).cumsum(1)
        # every place of every node in view: left and top relative to the centre, width
        idx = np.flatnonzero(inside)
        sl, st, sr, sb = (sym[idx, k][:, None] for k in range(4))
        places_l, places_t, places_w = [], [], []
        for v in (0, 1):
            w = self.widths[idx, v][:, None] * grow
            places_l.append(np.hstack([-w / 2, -w / 2, sr + g, sl - g - w, sr + g, sl - g - w, sr + g, sl - g - w]))
            places_t.append(np.hstack([sb + g, st - g - h, np.full_like(w, -h / 2), np.full_like(w, -h / 2),
                                       sb + g, sb + g, st - g - h, st - g - h]))
            places_w.append(np.repeat(w, 8, axis=1))
        pl, pt, pw = np.hstack(places_l), np.hstack(places_t), np.hstack(places_w)
        bx0, by0 = xs[idx][:, None] + pl, ys[idx][:, None] + pt
        # the squares wholly inside each place
        cx0 = np.clip(np.ceil((bx0 - ox) / c).astype(np.int64), 0, cols)
        cx1 = np.clip(np.floor((bx0 + pw - ox) / c).astype(np.int64), 0, cols)
        cy0 = np.clip(np.ceil((by0 - oy) / c).astype(np.int64), 0, rows)
        cy1 = np.clip(np.floor((by0 + h - oy) / c).astype(np.int64), 0, rows)
        cx1, cy1 = np.maximum(cx1, cx0), np.maximum(cy1, cy0)
        covered = sat[cy1, cx1] - sat[cy0, cx1] - sat[cy1, cx0] + sat[cy0, cx0]
        # and each name wholly in view: one sticking out would grow the scene past the view
        # (scroll bars on a chart fitted whole, the chart shifting under a drag)
        maybe = ((covered == 0) & (pw > 0) & (bx0 >= x0) & (bx0 + pw <= x1) & (by0 >= y0) & (by0 + h <= y1))
        row_of = {int(i): r for r, i in enumerate(idx.tolist())}

        def write(i: int, j: int) -> None:
            n = ranked[i]
            r = row_of[i]
            left, top, w = float(pl[r, j]), float(pt[r, j]), float(pw[r, j])
            texts = self.texts[i]
            text = texts[0][0] if j < 8 else texts[-1][0]
            n.set_far(True, (text, QRectF(left, top, w, h), font))
            chosen.append(n)

        done: set[int] = set()
        for i in idx.tolist():  # the selected always, wherever they stand
            n = ranked[i]
            if n.isSelected():
                far = _spot(room, n, grow, font, force=True, more=True)
                if far is not None:
                    n.set_far(True, far)
                    chosen.append(n)
                done.add(i)
        marked = [i for i in idx.tolist() if i not in done and ranked[i].highlighted]
        budget = most * FAR_CHECKS
        hopeful = np.flatnonzero(maybe.any(axis=1))  # rows with a place not ruled out, busiest first
        for i in itertools.chain(marked, (int(idx[r]) for r in hopeful.tolist())):
            if len(chosen) >= most or room.checks >= budget:
                break
            if i in done:
                continue
            done.add(i)
            r = row_of[i]
            x, y = ranked[i].at
            for j in np.flatnonzero(maybe[r]).tolist():
                left, top, w = float(pl[r, j]), float(pt[r, j]), float(pw[r, j])
                box = (x + left, y + top, x + left + w, y + top + h)
                if room.free(box):
                    room.take_name(box)
                    write(i, j)
                    break
        self._forget(was, chosen)
        return chosen

    @staticmethod
    def _forget(was: Iterable[NodeItem], chosen: list[NodeItem]) -> None:
        kept = set(chosen)
        for n in was:
            if n not in kept:
                n.set_far(False)
