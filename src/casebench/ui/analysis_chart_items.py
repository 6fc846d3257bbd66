"""Graphics items of the link chart: i2 node symbols and styled, labelled links."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casebench.domain.drawing import Edge, LineStyle, Node, Shape
from casebench.domain.handling import TLP
from casebench.ui.common import plain_tip
from casebench.ui.labels import schema_label

R = 16.0
FILL = {Shape.CIRCLE: "#CFE2FF", Shape.RECTANGLE: "#FFE7B3", Shape.DIAMOND: "#D4F0D4",
        Shape.HEXAGON: "#F8D0D0", Shape.TRIANGLE: "#E6DCF5", Shape.SQUARE: "#DDDDDD"}
PEN_STYLE = {LineStyle.SOLID: Qt.PenStyle.SolidLine, LineStyle.DASHED: Qt.PenStyle.DashLine,
             LineStyle.DOTTED: Qt.PenStyle.DotLine}
HIGHLIGHT = QColor("#C00000")


def shape_path(shape: Shape, r: float = R) -> QPainterPath:
    """The i2 symbol centred on (0, 0), same proportions as the printed chart."""
    path = QPainterPath()
    if shape is Shape.CIRCLE:
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape is Shape.RECTANGLE:
        path.addRect(QRectF(-1.45 * r, -0.8 * r, 2.9 * r, 1.6 * r))
    elif shape is Shape.SQUARE:
        path.addRect(QRectF(-0.85 * r, -0.85 * r, 1.7 * r, 1.7 * r))
    elif shape is Shape.DIAMOND:
        k = 1.15 * r
        path.addPolygon(QPolygonF([QPointF(0, -k), QPointF(k, 0), QPointF(0, k), QPointF(-k, 0)]))
        path.closeSubpath()
    elif shape is Shape.HEXAGON:
        pts = [QPointF(r * 1.05 * math.cos(math.pi / 3 * i), r * 0.9 * math.sin(math.pi / 3 * i))
               for i in range(6)]
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
    else:  # triangle, point up
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(0.95 * r, 0.7 * r), QPointF(-0.95 * r, 0.7 * r)]))
        path.closeSubpath()
    return path


class NodeItem(QGraphicsItem):
    def __init__(self, node: Node, on_move: Callable[[NodeItem], None]) -> None:
        super().__init__()
        self.node = node
        self.highlighted = node.highlighted
        self._on_move = on_move
        self.edges: list[EdgeItem] = []
        self._path = shape_path(node.shape)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        tlp = f"\n{node.tlp.label}" if node.tlp is not None else ""
        self.setToolTip(plain_tip(f"{node.label}\n{schema_label(node.kind)}{tlp}"))
        self.setPos(node.x, node.y)

    def boundingRect(self) -> QRectF:
        return QRectF(-70, -1.3 * R, 140, 2.6 * R + 30)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        red = self.node.tlp is not None and self.node.tlp >= TLP.RED
        colour = HIGHLIGHT if self.highlighted else QColor("#1F4E99") if selected else QColor("#222222")
        painter.setPen(QPen(colour, 3.0 if (self.highlighted or selected) else 1.2))
        painter.setBrush(QBrush(QColor(FILL[self.node.shape])))
        painter.drawPath(self._path)
        if red:
            painter.setPen(QPen(QColor("#FF2B2B"), 2.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), R * 1.55, R * 1.55)
        font = QFont(painter.font())
        font.setPointSizeF(8.0)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        text = painter.fontMetrics().elidedText(self.node.label, Qt.TextElideMode.ElideRight, 136)
        painter.drawText(QRectF(-70, 1.2 * R, 140, 16), Qt.AlignmentFlag.AlignHCenter, text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for e in self.edges:
                e.adjust()
            self._on_move(self)
        return super().itemChange(change, value)


class EdgeItem(QGraphicsPathItem):
    """A link, painted by Qt itself (no Python paint call per frame); caption as a child item."""

    def __init__(self, edge: Edge, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.source, self.target = source, target
        self.highlighted = edge.highlighted
        source.edges.append(self)
        target.edges.append(self)
        self.setZValue(1)
        self.setToolTip(plain_tip(edge.caption))
        self.caption: QGraphicsRectItem | None = None
        if edge.caption:
            self.caption = QGraphicsRectItem(self)
            self.caption.setPen(QPen(Qt.PenStyle.NoPen))
            self.caption.setBrush(QColor(255, 255, 255, 220))
            text = QGraphicsSimpleTextItem(edge.caption, self.caption)
            font = QFont()
            font.setPointSizeF(7.0)
            text.setFont(font)
            text.setBrush(HIGHLIGHT if self.highlighted else QColor("#555555"))
            r = text.boundingRect()
            text.setPos(-r.width() / 2, -r.height() / 2)
            self.caption.setRect(r.translated(-r.width() / 2, -r.height() / 2).adjusted(-2, 0, 2, 0))
        self.restyle()
        self.adjust()

    def restyle(self) -> None:
        colour = HIGHLIGHT if self.highlighted else QColor("#333333")
        width = 3.0 if self.highlighted else 1.0 + min(self.edge.count, 10) * 0.15
        pen = QPen(colour, width, PEN_STYLE[self.edge.style])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setCosmetic(True)  # dashes in screen pixels: fast and readable at any zoom
        self.setPen(pen)

    def show_caption(self, shown: bool) -> None:
        if self.caption is not None:
            self.caption.setVisible(shown)

    def adjust(self) -> None:
        a, b = self.source.pos(), self.target.pos()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length > 2 * R + 4:
            ux, uy = dx / length, dy / length
            start = QPointF(a.x() + ux * (R + 3), a.y() + uy * (R + 3))
            end = QPointF(b.x() - ux * (R + 4), b.y() - uy * (R + 4))
            pts = [start, end]
            if self.edge.directed:
                size = 9.0
                ang = math.atan2(dy, dx)
                pts += [QPointF(end.x() - size * math.cos(ang - 0.4), end.y() - size * math.sin(ang - 0.4)),
                        end,
                        QPointF(end.x() - size * math.cos(ang + 0.4), end.y() - size * math.sin(ang + 0.4))]
            path.addPolygon(QPolygonF(pts))
        self.setPath(path)
        if self.caption is not None:
            self.caption.setPos((a + b) / 2)
