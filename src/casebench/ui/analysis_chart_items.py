"""Graphics items of the link chart: i2 node symbols and styled, labelled links."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from casebench.domain.drawing import Edge, LineStyle, Node, Shape, plain_amount
from casebench.domain.handling import TLP
from casebench.ui.common import plain_tip
from casebench.ui.labels import schema_label

R = 16.0
FILL = {Shape.CIRCLE: "#CFE2FF", Shape.RECTANGLE: "#FFE7B3", Shape.DIAMOND: "#D4F0D4",
        Shape.HEXAGON: "#F8D0D0", Shape.TRIANGLE: "#E6DCF5", Shape.SQUARE: "#DDDDDD"}
PEN_STYLE = {LineStyle.SOLID: Qt.PenStyle.SolidLine, LineStyle.DASHED: Qt.PenStyle.DashLine,
             LineStyle.DOTTED: Qt.PenStyle.DotLine}
HIGHLIGHT = QColor("#C00000")
NAME_BACKING = QColor(255, 255, 255, 210)
_FONTS: list[QFont] = []


def label_font() -> QFont:
    """The names' font (made on first use: a QFont wants the application to exist)."""
    if not _FONTS:
        font = QFont()
        font.setPointSizeF(8.0)
        _FONTS.append(font)
    return _FONTS[0]


_METRICS: list[QFontMetricsF] = []


def label_metrics() -> QFontMetricsF:
    """The names' font metrics, made once (a chart measures thousands of names)."""
    if not _METRICS:
        _METRICS.append(QFontMetricsF(label_font()))
    return _METRICS[0]


def caption_font() -> QFont:
    """The link labels' font, shared by all links."""
    if len(_FONTS) < 2:
        label_font()
        font = QFont()
        font.setPointSizeF(7.0)
        _FONTS.append(font)
    return _FONTS[1]


NAME_H = 15.0  # height of a name's box on screen
NAME_W = 136.0  # a longer name is first written shortened to this width
HIT_WIDTH = 8.0  # scene units around a link that a click reaches
LANE_GAP = 9.0  # scene units between parallel lines of one pair (expanded aggregates)


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


def node_rooms(labels: Mapping[str, str]) -> dict[str, tuple[float, float, float]]:
    """Each node's room for the force layout (``services.layout.Room``): half the width of
    its name as first written (shortened past ``NAME_W``), the RED ring above, the name
    below. Measured here: the layout runs where there are no fonts."""
    metrics = label_metrics()
    return {nid: (max(min(metrics.horizontalAdvance(text), NAME_W) + 4, 3.2 * R) / 2, 1.6 * R, 1.2 * R + NAME_H + 1)
            for nid, text in labels.items()}


_SYMBOL_BOXES: dict[Shape, tuple[float, float, float, float]] = {}


class ChartScene(QGraphicsScene):
    """The chart's scene: writes an item's tooltip just before Qt shows it (items are made
    without one; Qt reads the tooltip without asking Python)."""

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        for item in self.items(event.scenePos()):
            ensure = getattr(item, "ensure_tip", None)
            if ensure is not None:
                ensure()
        super().helpEvent(event)


DETAIL_FROM = 0.4  # scale below which a name is under 5 pixels: symbols only, no names
# A chart of fewer nodes keeps its names at any zoom: a fitted chart of a few dozen people
# must still say who is who, and so few names cost nothing to draw.
OVERVIEW_FROM = 400


def detailed(option: QStyleOptionGraphicsItem, painter: QPainter) -> bool:
    """Whether an item is painted large enough for its name to be read."""
    return option.levelOfDetailFromTransform(painter.worldTransform()) >= DETAIL_FROM


class NodeItem(QGraphicsRectItem):
    """An entity's symbol and name. Its bounds are the rectangle item's (kept by Qt, not asked
    of Python): a big chart's scene has no index, and Qt reads every item's bounds when it
    looks for what lies under the mouse."""

    def __init__(self, node: Node, on_move: Callable[[NodeItem], None]) -> None:
        super().__init__()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.node = node
        self.layer: NodeLayer | None = None  # paints this node with all the others when zoomed out
        self.highlighted = node.highlighted
        self._on_move = on_move
        self.edges: list[EdgeItem] = []
        self._path = shape_path(node.shape)
        self._tip = False
        self._variants: list[tuple[tuple[str, ...], float, float]] | None = None
        self.setPos(node.x, node.y)  # before the flags: no move to report while it is made
        self.at = (node.x, node.y)  # where it stands, kept as it moves (read without asking Qt)
        self._symbol_box: tuple[float, float, float, float] | None = None
        # made painted by its layer (each flag set later costs two Python calls of itemChange)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                      | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(2)
        # where the name is written, relative to the centre (chart_links.place_names moves it)
        self.name = label_metrics().elidedText(node.label, Qt.TextElideMode.ElideRight, NAME_W)
        self.name_box = self.default_name_box(self.name)
        # zoomed out past reading the names (``far_on``), only some are written, in a font
        # scaled up to stay readable: text, box (relative to the centre), font; or None
        self.far_on = False
        self.far: tuple[str, QRectF, QFont] | None = None
        self.setRect(self._bounds())

    def ensure_tip(self) -> None:
        """The tooltip, written when first asked for (the chart's scene asks before showing it):
        thousands of items are made faster without."""
        if not self._tip:
            self._tip = True
            tlp = f"\n{self.node.tlp.label}" if self.node.tlp is not None else ""
            self.setToolTip(plain_tip(f"{self.node.label}\n{schema_label(self.node.kind)}{tlp}"))

    def toolTip(self) -> str:
        self.ensure_tip()
        return super().toolTip()

    def name_variants(self) -> list[tuple[tuple[str, ...], float, float]]:
        """The name in full, then shortened, each with its box (width, height): what the
        placement tries, longest first. Measured once per item."""
        if self._variants is None:
            metrics = label_metrics()
            variants: list[tuple[tuple[str, ...], float, float]] = []
            self._variants = variants
            for width in (1e9, NAME_W, 90.0, 60.0):
                text = self.node.label if width > 1e8 else metrics.elidedText(
                    self.node.label, Qt.TextElideMode.ElideRight, width)
                if text and (not variants or text != variants[-1][0][0]):
                    variants.append(((text,), metrics.horizontalAdvance(text) + 4, NAME_H))
        return self._variants

    def default_name_box(self, text: str) -> QRectF:
        width = label_metrics().horizontalAdvance(text) + 4
        return QRectF(-width / 2, 1.2 * R, width, 16)

    def set_name(self, text: str, box: QRectF) -> None:
        """Write the name ``text`` (shortened or "" for none) in ``box`` (relative to the centre)."""
        if text == self.name and box == self.name_box:
            return
        self.name, self.name_box = text, box
        self.setRect(self._bounds())
        self.update()

    def set_far(self, on: bool, far: tuple[str, QRectF, QFont] | None = None) -> None:
        """Zoomed out (``on``): write the name as ``far`` says, or not at all; zoomed in, as placed."""
        if on == self.far_on and far == self.far:
            return
        self.far_on, self.far = on, far
        self.setRect(self._bounds())
        self.update()

    def name_rect(self) -> QRectF | None:
        """Where the name is written now, relative to the centre (None: it is not)."""
        if self.far_on:
            return self.far[1] if self.far is not None else None
        return self.name_box if self.name else None

    def symbol_rect(self) -> QRectF:
        return self._path.boundingRect()

    def symbol_box(self) -> tuple[float, float, float, float]:
        """The symbol's bounds relative to the centre (left, top, right, bottom), kept per
        shape: the names of a big chart zoomed out are chosen among thousands of symbols."""
        box = self._symbol_box
        if box is None:
            box = _SYMBOL_BOXES.get(self.node.shape)
            if box is None:
                r = self._path.boundingRect()
                box = _SYMBOL_BOXES[self.node.shape] = (r.left(), r.top(), r.right(), r.bottom())
            self._symbol_box = box
        return box

    def _bounds(self) -> QRectF:
        ring = QRectF(-1.6 * R, -1.6 * R, 3.2 * R, 3.2 * R)  # the dotted RED ring
        box = self.name_rect()
        return ring.united(box) if box is not None else ring

    def shape(self) -> QPainterPath:
        return self._path

    def label_rect(self) -> QRectF:
        """The symbol and its name, in scene coordinates (what a link label must not cover)."""
        sym = self._path.boundingRect()
        box = self.name_rect()
        rect = sym.united(box) if box is not None else sym
        return rect.translated(self.pos())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        colour = HIGHLIGHT if self.highlighted else QColor("#1F4E99") if selected else QColor("#222222")
        painter.setPen(QPen(colour, 3.0 if (self.highlighted or selected) else 1.2))
        painter.setBrush(QBrush(QColor(FILL[self.node.shape])))
        painter.drawPath(self._path)
        if self.red:
            painter.setPen(QPen(QColor("#FF2B2B"), 2.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), R * 1.55, R * 1.55)
        if self.far_on:
            if self.far is not None:
                self.write(painter, *self.far)
        elif self.name and ((self.layer is not None and not self.layer.big) or detailed(option, painter)):
            self.write(painter, self.name, self.name_box, label_font())

    @staticmethod
    def write(painter: QPainter, text: str, box: QRectF, font: QFont) -> None:
        """Write a name (plain text: case data) on its light backing in ``box``."""
        # on a light backing: the links passing under a name no longer strike it through
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NAME_BACKING)
        painter.drawRect(box)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)

    @property
    def red(self) -> bool:
        return self.node.tlp is not None and self.node.tlp >= TLP.RED

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if scene is not None:  # names and link labels around the moved node find room again
            from casebench.ui.chart_links import place_labels

            place_labels(scene)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.at = (value.x(), value.y())
            for e in self.edges:
                e.adjust()
            self._on_move(self)
        if self.layer is not None and change in (QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged,
                                                 QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged):
            self.layer.changed(self)
        return super().itemChange(change, value)


_PENS: dict[tuple[bool, float, LineStyle], QPen] = {}
TIP_ITEMS = 25  # single links listed in an aggregated link's tooltip


def link_tip(edge: Edge, names: dict[str, str]) -> str:
    """The tooltip of a link: its caption, then each single link (date, direction, amount,
    grade), so an aggregated link can be read without expanding it."""
    lines = [edge.caption]
    if edge.count > 1 and edge.members:
        for m in edge.members[:TIP_ITEMS]:
            when = m.when[:16].replace("T", " ") if m.when else QCoreApplication.translate("EdgeItem", "undated")
            parts = [when, f"{names.get(m.source, m.source)} → {names.get(m.target, m.target)}"]
            if m.amount is not None:
                parts.append(plain_amount(m.amount, m.currency))
            if m.grade:
                parts.append(f"[{m.grade}]")
            lines.append("  ".join(parts))
        if len(edge.members) > TIP_ITEMS:
            lines.append(QCoreApplication.translate("EdgeItem", "… and {0} more").format(len(edge.members) - TIP_ITEMS))
        lines.append(QCoreApplication.translate("EdgeItem", "Right-click to show each on its own."))
    return "\n".join(lines)


def _hit_pen() -> QPen:
    if "hit" not in _HIT:
        _HIT["hit"] = QPen(QColor("#000000"), HIT_WIDTH)
    return _HIT["hit"]


_HIT: dict[str, QPen] = {}


class EdgeItem(QGraphicsPathItem):
    """A link; caption as a child item. Painted by its chart's :class:`EdgeLayer` except
    while it moves. Its pen is the band a click reaches (a one-pixel line is hard to
    right-click): Qt then works out its bounds and shape itself, without asking Python.

    ``on_toggle(key)``, when set, expands an aggregated link into its single links (or
    combines them again) from the item's context menu.
    """

    def __init__(self, edge: Edge, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.edge = edge
        self.on_toggle: Callable[[str], None] | None = None
        self.setPen(_hit_pen())
        self.source, self.target = source, target
        self.highlighted = edge.highlighted
        source.edges.append(self)
        target.edges.append(self)
        self.setZValue(1)
        # The tooltip and the caption are made when first needed (hover, zoom in): a
        # 5,000-link chart was built twice as slowly with them.
        self._tip = False
        self._caption: QGraphicsRectItem | None = None
        self._mid = QPointF()
        self.layer: EdgeLayer | None = None  # paints this link with all the others
        self.pen_key: tuple[bool, float, LineStyle] = (False, 1.0, edge.style)
        self.restyle()
        self.adjust()

    @property
    def has_caption(self) -> bool:
        return bool(self.edge.caption)

    @property
    def caption(self) -> QGraphicsRectItem | None:
        """The link's label (made on first use), or None for a link without one."""
        if self._caption is None and self.edge.caption:
            self._caption = cap = QGraphicsRectItem(self)
            cap.setPen(QPen(Qt.PenStyle.NoPen))
            cap.setBrush(QColor(255, 255, 255, 220))
            text = QGraphicsSimpleTextItem(self.edge.caption, cap)
            text.setFont(caption_font())
            text.setBrush(HIGHLIGHT if self.highlighted else QColor("#555555"))
            r = text.boundingRect()
            text.setPos(-r.width() / 2, -r.height() / 2)
            cap.setRect(r.translated(-r.width() / 2, -r.height() / 2).adjusted(-2, 0, 2, 0))
            cap.setPos(self._mid)
        return self._caption

    def ensure_tip(self) -> None:
        if not self._tip:
            self._tip = True
            s, t = self.source.node, self.target.node
            self.setToolTip(plain_tip(link_tip(self.edge, {s.id: s.label, t.id: t.label})))

    def toolTip(self) -> str:
        self.ensure_tip()
        return super().toolTip()

    def restyle(self) -> None:
        width = 3.0 if self.highlighted else 1.0 + (self.edge.weight - 1.0) * 1.5  # heavier by count
        key = self.pen_key = (self.highlighted, width, self.edge.style)
        pen = _PENS.get(key)
        if pen is None:  # a few pens serve thousands of links
            pen = QPen(HIGHLIGHT if self.highlighted else QColor("#333333"), width, PEN_STYLE[self.edge.style])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            pen.setCosmetic(True)  # dashes in screen pixels: fast and readable at any zoom
            _PENS[key] = pen
        self.update()
        if self.layer is not None:
            self.layer.changed(self)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(_PENS[self.pen_key])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self.on_toggle is None or not self.edge.key:
            event.ignore()
            return
        menu = QMenu()
        if self.edge.count > 1:
            act = menu.addAction(QCoreApplication.translate("EdgeItem", "Show the {0} single links").format(self.edge.count))
        elif len(self.edge.members) == 1 and self._siblings() > 1:
            act = menu.addAction(QCoreApplication.translate("EdgeItem", "Combine into one link"))
        else:
            event.ignore()
            return
        act.setObjectName("toggleAggregate")
        callback, key = self.on_toggle, self.edge.key
        # after this handler returns: the rebuild deletes this item
        act.triggered.connect(lambda: QTimer.singleShot(0, lambda: callback(key)))
        menu.exec(event.screenPos())
        event.accept()

    def _siblings(self) -> int:
        """How many lines of this item's aggregate are on the chart (expanded: more than one)."""
        return sum(1 for e in self.source.edges if e.edge.key == self.edge.key)

    def caption_shown(self) -> bool:
        return self._caption is not None and self._caption.isVisible()

    def show_caption(self, shown: bool) -> None:
        if shown and self.edge.caption:
            cap = self.caption
            assert cap is not None
            cap.setVisible(True)
        elif self._caption is not None:
            self._caption.setVisible(False)

    def adjust(self) -> None:
        a, b = self.source.pos(), self.target.pos()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy)
        path = QPainterPath()
        if length > 2 * R + 4:
            ux, uy = dx / length, dy / length
            off = QPointF(-uy * self.edge.lane * LANE_GAP, ux * self.edge.lane * LANE_GAP)
            start = QPointF(a.x() + ux * (R + 3), a.y() + uy * (R + 3)) + off
            end = QPointF(b.x() - ux * (R + 4), b.y() - uy * (R + 4)) + off
            pts = [start, end]
            size = 9.0
            if self.edge.directed:
                ang = math.atan2(dy, dx)
                pts += [QPointF(end.x() - size * math.cos(ang - 0.4), end.y() - size * math.sin(ang - 0.4)),
                        end,
                        QPointF(end.x() - size * math.cos(ang + 0.4), end.y() - size * math.sin(ang + 0.4))]
            path.addPolygon(QPolygonF(pts))
            if self.edge.directed and self.edge.reverse:  # calls both ways: an arrow at each end
                ang = math.atan2(-dy, -dx)
                path.addPolygon(QPolygonF([
                    QPointF(start.x() - size * math.cos(ang - 0.4), start.y() - size * math.sin(ang - 0.4)),
                    start,
                    QPointF(start.x() - size * math.cos(ang + 0.4), start.y() - size * math.sin(ang + 0.4))]))
            mid = (start + end) / 2
        else:
            mid = (a + b) / 2
        self.setPath(path)
        if self.layer is not None:
            self.layer.changed(self)
        self._mid = mid
        if self._caption is not None:
            self._caption.setPos(mid)


Look = tuple[QPen, QBrush, QPainterPath]  # one path of a layer, painted with one pen and brush
PictureKey = tuple[float, ...]


def picture_key(transform: QTransform, ratio: float) -> PictureKey:
    """What a layer's picture was drawn for: the item-to-screen transform and pixel ratio."""
    t = transform
    return (round(t.m11(), 9), round(t.m12(), 9), round(t.m21(), 9), round(t.m22(), 9),
            round(t.dx(), 3), round(t.dy(), 3), round(ratio, 3))


class PaintLayer(QGraphicsItem):
    """Many items of a chart painted in one call, one path per look.

    Painted one by one, 5,000 links cost a quarter of a second per frame, and 2,000 nodes
    more than that on a first paint (the scene's work and a cache per item, not the
    drawing). The items stay on the scene for the mouse (selection, drag, menu, tooltip)
    but paint nothing themselves while the layer paints them; an item that moves with a
    drag paints itself again (``exclude``) and the layer leaves it out.
    """

    def __init__(self, items: Sequence[QGraphicsItem], z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.members = items
        self.excluded: set[QGraphicsItem] = set()
        self.painting = True  # the members paint nothing themselves
        self._looks: dict[Any, Look] | None = None  # by what sets the look apart (pen, shape…)
        self._epoch = 0  # paths dropped so far (a preparation under way is then out of date)
        self._rect = QRectF()
        self._stale = True
        # the layer as last drawn on screen by ``picturing`` (an unchanged chart in an
        # unchanged view is then painted as one image)
        self._picture: tuple[PictureKey, QImage] | None = None
        # set, not tested first: Qt ignores a flag already set, and Python's enum operators
        # made testing it cost 4 times as much (20-40 ms for 5,000 links while a chart opens)
        no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in items:
            item.setFlag(no_contents, True)

    def release(self) -> None:
        """The chart is drawn again: the layer lets its items go (no cycle keeps them)."""
        self.members = []

    def _own(self, item: QGraphicsItem) -> None:
        """Whether ``item`` paints itself follows the layer's state."""
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents,
                     self.painting and item not in self.excluded)

    def exclude(self, items: set[Any], *, keep_picture: bool = False) -> None:
        """``items`` paint themselves (they move); the layer paints the others.
        ``keep_picture``: the picture drawn ``whole`` since the last change stays."""
        picture = self._picture if keep_picture else None
        was, self.excluded = self.excluded, set(items)
        for item in was ^ self.excluded:
            self._own(item)
        looks, rect, stale = self._looks, self._rect, self._stale
        self._redraw()
        if looks is not None and self.excluded <= was:
            # the end of a drag: only the moved items come back, drawn onto the paths kept
            back = was - self.excluded
            for item in self.members:  # in their order: the same picture as drawn whole
                if item in back:
                    self.add(item, looks)
            self._looks = looks
            if not stale:  # the bounds grow by what moved (measuring 5,000 links took 15-30 ms)
                for item in back:
                    rect = rect.united(self.extent(item))
                self._rect, self._stale = rect, False
        self._picture = picture

    def set_painting(self, on: bool) -> None:
        """Paint the members (True), or let each paint itself and paint nothing."""
        if on != self.painting:
            self.painting = on
            self.setVisible(on)
            for item in self.members:
                self._own(item)
            self._redraw()

    def changed(self, item: QGraphicsItem) -> None:
        """A member moved or changed its look: it is redrawn with the next frame."""
        if self.painting and item not in self.excluded:
            self._redraw()

    def _redraw(self) -> None:
        if not self._stale:  # members may have moved out of the old bounds
            self.prepareGeometryChange()
            self._stale = True
        self._looks = None
        self._picture = None
        self._epoch += 1
        self.update()

    def prepare(self) -> None:
        """Work out the bounds and the paths now rather than in the next paint."""
        for _ in self.preparing():
            pass

    PREPARE_STEP = 500  # members drawn onto the paths between two yields of ``preparing``

    def preparing(self) -> Iterator[None]:
        """:meth:`prepare` a few hundred members at a time (a step of a batched build: the
        5,000 links of a big chart took 13-26 ms at once). What changes meanwhile (a member
        moves) makes the next paint prepare again."""
        yield from self.measuring()
        if self._looks is not None:
            return
        looks: dict[Any, Look] = {}
        epoch = self._epoch
        for i, item in enumerate(self.members, 1):
            if item not in self.excluded:
                self.add(item, looks)
            if i % self.PREPARE_STEP == 0:
                yield
                if self._epoch != epoch:
                    return
        self._looks = looks

    def measuring(self) -> Iterator[None]:
        """The bounds, a few hundred members at a time (before the layer is on the scene,
        which asks for them in its next turn: 15-30 ms for 5,000 links at once)."""
        if not self._stale:
            return
        epoch = self._epoch
        rect = QRectF()
        for i, item in enumerate(self.members, 1):
            rect = rect.united(self.extent(item))
            if i % self.PREPARE_STEP == 0:
                yield
                if self._epoch != epoch:
                    return
        self._rect, self._stale = rect, False

    def boundingRect(self) -> QRectF:
        for _ in self.measuring():
            pass
        return self._rect

    def shape(self) -> QPainterPath:
        """Nothing: the mouse reaches the members, never the layer (its bounds cover the chart)."""
        return QPainterPath()

    def extent(self, item: Any) -> QRectF:
        """What the layer paints of ``item``, in scene coordinates."""
        raise NotImplementedError

    def add(self, item: Any, looks: dict[Any, Look]) -> None:
        """Draw ``item`` onto the path of its look in ``looks``."""
        raise NotImplementedError

    PICTURE_FROM = 1500  # members: a layer this big is drawn ahead for the screen (``picturing``)
    BANDS = 4  # ``picturing`` steps: a band of the screen each

    def picturing(self, view: QGraphicsView, *, whole: bool = False) -> Iterator[None]:
        """Draw a big layer as ``view`` shows it now into a picture, a band of the screen per
        step, so that the next paint only copies it. Drawn in a paint, the 5,000 links of a
        big chart held the window 25-35 ms (a line costs about as much clipped away as
        drawn: four bands cost 5 ms each), 12,500 links 60-80 ms. A picture made for another
        transform or size is not used: zoom and scroll paint the paths as before, and so do
        exports (they draw the chart's model, never the scene). ``whole``: the members that
        paint themselves (they moved) drawn in too, for the end of a drag."""
        if len(self.members) < self.PICTURE_FROM:
            return
        epoch = self._epoch
        yield from self.preparing()
        if self._looks is None or self._epoch != epoch:
            return
        moved: dict[Any, Look] = {}
        for item in self.excluded if whole else ():
            self.add(item, moved)
        port = view.viewport()
        ratio = port.devicePixelRatioF()
        # as large as the viewport gets when the scroll bars go (a fitted chart loses them
        # after the build)
        most = view.maximumViewportSize()
        width, height = max(port.width(), most.width()), max(port.height(), most.height())
        transform = self.sceneTransform() * view.viewportTransform()
        image = QImage(QSize(math.ceil(width * ratio), math.ceil(height * ratio)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        for band in range(self.BANDS):
            top, bottom = height * band // self.BANDS, height * (band + 1) // self.BANDS
            painter = QPainter(image)
            painter.setRenderHints(view.renderHints())
            painter.setClipRect(QRect(0, top, width, bottom - top))
            painter.setTransform(transform)
            self._draw(painter)
            self._draw(painter, moved)
            painter.end()
            yield
            if self._epoch != epoch:  # changed meanwhile: the next paint draws the paths
                return
        self._picture = (picture_key(transform, ratio), image)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._picture is not None:
            device = painter.device()
            key, image = self._picture
            ratio = device.devicePixelRatioF()
            if (key == picture_key(painter.worldTransform(), ratio)
                    and image.width() >= device.width() * ratio and image.height() >= device.height() * ratio):
                painter.save()
                painter.resetTransform()
                painter.drawImage(QPointF(0, 0), image)
                painter.restore()
                return
        self.prepare()
        self._draw(painter)

    def _draw(self, painter: QPainter, looks: dict[Any, Look] | None = None) -> None:
        if looks is None:
            assert self._looks is not None
            looks = self._looks
        for key in sorted(looks, key=self.order):
            pen, brush, path = looks[key]
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)

    def order(self, key: Any) -> int:
        """Looks painted later come on top."""
        return 0


class EdgeLayer(PaintLayer):
    """All the links of a chart, one path per pen."""

    def __init__(self, edges: list[EdgeItem]) -> None:
        super().__init__(edges, 1)
        self.edges = edges
        for e in edges:
            e.layer = self

    def extent(self, item: EdgeItem) -> QRectF:
        return item.path().controlPointRect().adjusted(-4, -4, 4, 4)  # the widest pen

    def add(self, item: EdgeItem, looks: dict[Any, Look]) -> None:
        if item.pen_key not in looks:
            looks[item.pen_key] = (_PENS[item.pen_key], QBrush(), QPainterPath())
        looks[item.pen_key][2].addPath(item.path())


class NodeLayer(PaintLayer):
    """All the nodes of a chart zoomed out too far for names to be read: their symbols
    only, one path per shape and state (plain, selected, highlighted), outlines one pixel
    wide whatever the zoom. Zoomed in, each node paints itself with its name."""

    def __init__(self, nodes: list[NodeItem]) -> None:
        super().__init__(nodes, 2)
        for n in nodes:
            n.layer = self
        # a big chart zoomed out: the few nodes whose names it writes (``set_names``), and
        # the box those names cover (scene coordinates)
        self.named: list[NodeItem] = []
        self._names_rect = QRectF()
        self._texts: dict[tuple[str, float], QStaticText] = {}  # the names laid out, by text and size
        self._drawn: tuple[QFont, list[QRectF], list[tuple[QPointF, QStaticText]]] | None = None
        self._ranked: list[NodeItem] | None = None

    def ranked(self) -> list[NodeItem]:
        """The members busiest first (then by name): whose names are written first zoomed
        out. Sorted once per chart (the members and their links change only by a rebuild)."""
        if self._ranked is None:
            nodes = [n for n in self.members if isinstance(n, NodeItem)]
            self._ranked = sorted(nodes, key=lambda n: (-len(n.edges), n.node.label, n.node.id))
        return self._ranked

    def release(self) -> None:
        super().release()
        self.named, self._ranked = [], None

    def set_names(self, named: list[NodeItem]) -> None:
        """Write the names of ``named`` (each as its ``far`` says) over the symbols."""
        self.prepareGeometryChange()
        if named and named[0].far is not None and self._texts:
            size = named[0].far[2].pointSizeF()
            self._texts = {k: t for k, t in self._texts.items() if k[1] == size}  # this zoom's only
        self.named = named
        self._drawn = None
        self._measure_names()
        self.update()

    def _measure_names(self) -> None:
        rect = QRectF()
        for n in self.named:
            if n.far is not None:
                rect = rect.united(n.far[1].translated(n.pos()))
        self._names_rect = rect

    def _redraw(self) -> None:
        super()._redraw()
        self._drawn = None
        if self.named:  # a named node moved
            self._measure_names()

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        return rect.united(self._names_rect) if self.named else rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        super().paint(painter, option, widget)
        # a moving node writes its own; the others' backings in one call, then their names,
        # each laid out once (drawText laid each out again on every frame, and the Python
        # around it cost as much: 2 ms a frame for 150 names, 15 % of a 2,000-node chart's)
        if self._drawn is None:
            self._drawn = self._lay_out()
        font, boxes, texts = self._drawn
        if not boxes:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NAME_BACKING)
        painter.drawRects(boxes)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        for at, text in texts:
            painter.drawStaticText(at, text)

    def _lay_out(self) -> tuple[QFont, list[QRectF], list[tuple[QPointF, QStaticText]]]:
        """The names to write as the layer paints them: their font (one zoom, one font),
        backings and laid-out texts, in scene coordinates."""
        boxes: list[QRectF] = []
        texts: list[tuple[QPointF, QStaticText]] = []
        font = label_font()
        laid = self._texts
        for n in self.named:
            if n.far is None or n in self.excluded:
                continue
            text_, rect, font = n.far
            box = rect.translated(n.pos())
            key = (text_, font.pointSizeF())
            text = laid.get(key)
            if text is None:
                text = laid[key] = QStaticText(text_)
                text.setTextFormat(Qt.TextFormat.PlainText)  # case data: never rich text
                text.prepare(QTransform(), font)
            size = text.size()
            boxes.append(box)
            texts.append((QPointF(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2), text))
        return font, boxes, texts

    @property
    def big(self) -> bool:
        """A chart big enough for its symbols-only overview; a smaller one keeps its names."""
        return len(self.members) >= OVERVIEW_FROM

    def extent(self, item: NodeItem) -> QRectF:
        return QRectF(-1.6 * R, -1.6 * R, 3.2 * R, 3.2 * R).translated(item.pos())  # the RED ring

    def add(self, item: NodeItem, looks: dict[Any, Look]) -> None:
        state = 2 if item.highlighted else 1 if item.isSelected() else 0
        key = (state, item.node.shape)
        if key not in looks:
            pen = QPen(QColor(("#222222", "#1F4E99", HIGHLIGHT.name())[state]), (1.0, 2.5, 2.5)[state])
            pen.setCosmetic(True)
            looks[key] = (pen, QBrush(QColor(FILL[item.node.shape])), QPainterPath())
        looks[key][2].addPath(item.shape().translated(item.pos()))
        if item.red:
            if "ring" not in looks:
                pen = QPen(QColor("#FF2B2B"), 1.5, Qt.PenStyle.DotLine)
                pen.setCosmetic(True)
                looks["ring"] = (pen, QBrush(), QPainterPath())
            looks["ring"][2].addEllipse(item.pos(), R * 1.55, R * 1.55)

    def order(self, key: Any) -> int:
        """Selected and highlighted symbols on top of the others, the RED rings last."""
        return 3 if key == "ring" else int(key[0])
