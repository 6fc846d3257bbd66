"""Aggregated links on the screen chart: expanding them, and link labels only where they fit.

Many calls (payments, messages) between two people are one line with a count
(``services.graph.to_chart``); :class:`AggregatedLinks` keeps which of them the user
expanded into single links (the link's context menu). :func:`declutter_captions`
hides link labels that would cover a node or another label; their text stays in the
link's tooltip (on hover).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from casebench.ui.analysis_chart_items import EdgeItem, NodeItem

FREQUENT_KINDS = frozenset({"Call", "Payment", "Message"})  # labelled after relationships
MAX_DECLUTTER = 3000  # links; beyond this labels stay hidden (they cannot be read anyway)


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


def declutter_captions(scene: QGraphicsScene) -> int:
    """Show each link label only where it covers no node and no other label; returns how
    many were hidden. Relationships are placed before calls, frequent calls first."""
    edges = [i for i in scene.items() if isinstance(i, EdgeItem) and i.caption is not None]
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
