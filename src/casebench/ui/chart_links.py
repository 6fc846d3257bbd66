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
    label_font,
    label_metrics,
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
        far_names(nodes, view.transform().m11())
    if any(isinstance(i, EdgeItem) and i.caption_shown() for i in scene.items()):
        declutter_captions(scene)


READ_FROM = 0.75  # scale below which a name (8 pt) is under 8 pixels high: hard to read
FAR_NAMES_UP_TO = OVERVIEW_FROM  # nodes; a bigger chart zoomed out shows its symbols only


def far_names(items: Sequence[NodeItem], scale: float) -> int:
    """Zoomed out past reading (``scale`` < ``READ_FROM``), write the names of the busiest
    nodes in a font scaled up to read as at ``READ_FROM``, each under its symbol (or over,
    right of, left of it) where it covers no symbol and no other name; the others wait for the zoom in (and
    stay on the tooltip). Zoomed in, every node writes its name as placed. Returns how
    many names are written zoomed out (0 zoomed in)."""
    if scale >= READ_FROM or not items or len(items) > FAR_NAMES_UP_TO:
        for n in items:
            n.set_far(False)
        return 0
    grow = READ_FROM / scale
    font = QFont(label_font())
    font.setPointSizeF(font.pointSizeF() * grow)
    metrics = label_metrics()
    cell = 200.0 * grow
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = defaultdict(list)

    def cells(box: tuple[float, float, float, float]) -> Iterator[tuple[int, int]]:
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                yield gx, gy

    def free(box: tuple[float, float, float, float]) -> bool:
        return not any(o[0] < box[2] and box[0] < o[2] and o[1] < box[3] and box[1] < o[3]
                       for c in cells(box) for o in grid[c])

    def take(box: tuple[float, float, float, float]) -> None:
        for c in cells(box):
            grid[c].append(box)

    for n in items:  # every symbol first: no name may cover one
        r = n.symbol_rect().translated(n.pos())
        take((r.left(), r.top(), r.right(), r.bottom()))
    written = 0
    for n in sorted(items, key=lambda i: (-len(i.edges), i.node.label, i.node.id)):
        text = metrics.elidedText(n.node.label, Qt.TextElideMode.ElideRight, NAME_W)
        w, h = (metrics.horizontalAdvance(text) + 4) * grow, NAME_H * grow
        sym = n.symbol_rect()
        x, y = n.pos().x(), n.pos().y()
        far = None
        # under the symbol, over it, right of it, left of it (relative to its centre)
        for left, top in ((-w / 2, sym.bottom() + 2), (-w / 2, sym.top() - 2 - h),
                          (sym.right() + 2, -h / 2), (sym.left() - 2 - w, -h / 2)):
            box = (x + left, y + top, x + left + w, y + top + h)
            if free(box):
                take(box)
                far = (text, QRectF(left, top, w, h), font)
                written += 1
                break
        n.set_far(True, far)
    return written
