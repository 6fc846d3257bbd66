"""Bringing entities into view on a chart ("Show on chart"): zoomed in far enough to read,
centred, and flashed so the eye finds them.

A whole-case chart is fitted into the view, zoomed out past reading names: a node selected
there is a dot among hundreds, and centring on it does nothing (the whole scene is in view,
there is nothing to scroll). So the view zooms in (never out) until the entities asked for
can be read, at most to 100 %, centres on them, and a ring blinks around each a few times.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPen, QTransform
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsRectItem, QGraphicsView

from casebench.ui.analysis_chart_items import NodeItem
from casebench.ui.chart_links import READ_FROM, fit_extent

FLASH_RADIUS = 24.0  # pixels: the ring is drawn at this size at any zoom
FLASH_BLINKS = 3  # times the ring shows and hides
FLASH_STEP_MS = 220
FLASH_MAX = 50  # rings: a request of thousands flashes the first ones only
FLASH_COLOUR = QColor("#FF8C00")


def _rings(nodes: Sequence[NodeItem]) -> list[QGraphicsEllipseItem]:
    rings = []
    for node in nodes[:FLASH_MAX]:
        scene = node.scene()
        if scene is None:
            continue
        ring = QGraphicsEllipseItem(QRectF(-FLASH_RADIUS, -FLASH_RADIUS, 2 * FLASH_RADIUS, 2 * FLASH_RADIUS))
        ring.setPen(QPen(FLASH_COLOUR, 4.0))
        ring.setBrush(Qt.BrushStyle.NoBrush)
        ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        ring.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        ring.setAcceptHoverEvents(False)
        ring.setZValue(10)  # above the nodes and their layer
        ring.setPos(node.pos())
        scene.addItem(ring)
        rings.append(ring)
    return rings


class Flash(QObject):
    """Rings blinking around some nodes, then gone (a rebuild meanwhile takes them with it)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.rings: list[QGraphicsEllipseItem] = []
        self._steps = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_STEP_MS)
        self._timer.timeout.connect(self._step)

    @property
    def active(self) -> bool:
        return bool(self.rings)

    def start(self, nodes: Sequence[NodeItem]) -> None:
        self.stop()
        self.rings = _rings(nodes)
        if self.rings:
            self._steps = 2 * FLASH_BLINKS
            self._timer.start()

    def _step(self) -> None:
        self._steps -= 1
        if self._steps <= 0:
            self.stop()
            return
        for ring in self._alive():
            ring.setVisible(self._steps % 2 == 0)

    def _alive(self) -> list[QGraphicsEllipseItem]:
        return [r for r in self.rings if shiboken6.isValid(r) and r.scene() is not None]

    def stop(self) -> None:
        self._timer.stop()
        for ring in self._alive():
            scene = ring.scene()
            if scene is not None:
                scene.removeItem(ring)
        self.rings = []


def reveal(view: QGraphicsView, nodes: Sequence[NodeItem]) -> None:
    """Zoom ``view`` in (never out, at most to 100 %) until ``nodes`` can be read, where they
    all fit, and centre it on them."""
    if not nodes:
        return
    extent = fit_extent((n.pos().x(), n.pos().y()) for n in nodes)
    scale = view.transform().m11()
    room = view.viewport().rect()
    if scale < READ_FROM:
        fits = min(room.width() / max(extent.width(), 1.0), room.height() / max(extent.height(), 1.0))
        wanted = max(scale, min(1.0, fits))
        if wanted > scale:
            view.setTransform(QTransform.fromScale(wanted, wanted))
            scale = wanted
    centre = QPointF(extent.center())
    _room_around(view, centre, room.width() / scale, room.height() / scale)
    view.centerOn(centre)


def _room_around(view: QGraphicsView, centre: QPointF, width: float, height: float) -> None:
    """Let the view scroll far enough to put ``centre`` in its middle: an entity at the edge
    of the chart is centred too (a chart is a canvas). The scene's own extent only grows; an
    item as big as the view is there for the moment it is measured."""
    scene = view.scene()
    if scene is None:
        return
    wanted = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
    if scene.sceneRect().contains(wanted):
        return
    room = QGraphicsRectItem(wanted)
    room.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
    room.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    scene.addItem(room)
    scene.sceneRect()  # measured with it: the extent grows to hold it, and keeps that size
    scene.removeItem(room)
