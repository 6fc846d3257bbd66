"""The timeline canvas: a zoomable time axis (years down to minutes) with lanes.

It paints only what it is given (one fetched window, see ``TimelineView``). Items
whose date is known to the minute or better are dots; partial-precision dates are
drawn as the whole span they may denote (a "2024-03" event covers March), hatched so
the uncertainty shows; approximate dates ("~") get a dashed outline and a "~".
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from casebench.domain.handling import TLP
from casebench.services.types import WindowRow
from casebench.ui import captions, moments
from casebench.ui.common import plain_tip
from casebench.ui.labels import prop_label, schema_label

LANE_W = 150.0  # lane label column
AXIS_H = 36.0
LANE_H = 28.0
DENSITY_H = 46.0
MIN_SPAN = 600.0  # ten minutes across the whole view
MAX_SPAN = 200 * 365.25 * 86400.0
PALETTE = ("#1F77B4", "#D62728", "#2CA02C", "#9467BD", "#FF7F0E", "#8C564B", "#E377C2",
           "#17BECF", "#7F7F7F", "#BCBD22")


def epoch(text: str) -> float:
    """Seconds since 1970 of a fixed-width UTC text from the store."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def kind_colour(kind: str) -> QColor:
    digest = hashlib.sha1(kind.encode()).digest()
    return QColor(PALETTE[digest[0] % len(PALETTE)])


@dataclass
class Drawn:
    row: WindowRow
    start: float
    end: float
    lane: int
    uncertain: bool  # a span (partial precision or a range), not an instant
    approximate: bool


def _add_months(dt: datetime, months: int) -> datetime:
    m = dt.month - 1 + months
    year, month = dt.year + m // 12, m % 12 + 1
    return dt.replace(year=year, month=month, day=min(dt.day, calendar.monthrange(year, month)[1]))


# step seconds (approximate for months/years), label format (Qt's, so that month names come
# in the window's language through QLocale), calendar unit
_STEPS: tuple[tuple[float, str, str], ...] = (
    (60, "HH:mm", "s"), (300, "HH:mm", "s"), (900, "HH:mm", "s"), (3600, "HH:mm", "s"),
    (6 * 3600, "d MMM HH:mm", "s"), (86400, "d MMM", "s"), (7 * 86400, "d MMM yyyy", "s"),
    (30.44 * 86400, "MMM yyyy", "m1"), (91.3 * 86400, "MMM yyyy", "m3"), (365.25 * 86400, "yyyy", "y1"),
    (5 * 365.25 * 86400, "yyyy", "y5"), (10 * 365.25 * 86400, "yyyy", "y10"),
    (50 * 365.25 * 86400, "yyyy", "y50"),
)


def tick_label(moment: datetime, fmt: str) -> str:
    """``moment`` (wall time in the view's zone) in the window language's words."""
    when = QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))
    return QLocale().toString(when, fmt)


def ticks(t0: float, t1: float, width: float, tz: tzinfo, min_px: float = 90.0) -> list[tuple[float, str]]:
    """Tick instants and labels for the view [t0, t1] drawn ``width`` pixels wide."""
    span = max(t1 - t0, 1.0)
    step, fmt, unit = next(((s, f, u) for s, f, u in _STEPS if s / span * width >= min_px), _STEPS[-1])
    start = datetime.fromtimestamp(t0, tz)
    out: list[tuple[float, str]] = []
    if unit == "s":
        day0 = start.replace(hour=0, minute=0, second=0, microsecond=0)
        if step >= 7 * 86400:
            day0 -= timedelta(days=day0.weekday())
        n = int((start - day0).total_seconds() // step)
        cur = day0 + timedelta(seconds=n * step)
        while cur.timestamp() <= t1:
            if cur.timestamp() >= t0:
                out.append((cur.timestamp(), tick_label(cur, fmt)))
            cur += timedelta(seconds=step)
    elif unit.startswith("m"):
        months = int(unit[1:])
        cur = start.replace(month=(start.month - 1) // months * months + 1, day=1, hour=0, minute=0,
                            second=0, microsecond=0)
        while cur.timestamp() <= t1:
            if cur.timestamp() >= t0:
                out.append((cur.timestamp(), tick_label(cur, fmt)))
            cur = _add_months(cur, months)
    else:
        years = int(unit[1:])
        cur = start.replace(year=max(1, start.year // years * years), month=1, day=1, hour=0, minute=0,
                            second=0, microsecond=0)
        while cur.timestamp() <= t1:
            if cur.timestamp() >= t0:
                out.append((cur.timestamp(), tick_label(cur, fmt)))
            cur = cur.replace(year=cur.year + years)
    return out


class TimelineCanvas(QWidget):
    """Paints lanes, the axis and the items of one window; pans on drag, zooms on wheel."""

    rangeChanged = Signal(float, float)
    itemClicked = Signal(str)  # a click selects an item (it is marked on the chart too)
    itemOpened = Signal(str)  # a double-click opens it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setMouseTracking(True)
        self.setMinimumSize(480, 220)
        self.t0, self.t1 = 0.0, 86400.0
        self.tz: tzinfo = UTC
        self.lanes: list[str] = []
        self.items: list[Drawn] = []
        self.density: tuple[int, ...] = ()
        self.density_range: tuple[float, float] = (0.0, 0.0)
        self.density_cap = 0
        self.marking: TLP | None = None
        self.selected: str | None = None
        # entities selected elsewhere (the chart, the list): their items are marked, and the
        # items naming them (a call of a selected person)
        self.marked: frozenset[str] = frozenset()
        self.message = ""
        self._press: QPointF | None = None
        self._press_range = (0.0, 0.0)
        self._moved = False

    # -- geometry --------------------------------------------------------------------------------
    @property
    def plot_width(self) -> float:
        return max(float(self.width()) - LANE_W - 8.0, 10.0)

    def x_of(self, t: float) -> float:
        return LANE_W + (t - self.t0) / (self.t1 - self.t0) * self.plot_width

    def t_of(self, x: float) -> float:
        return self.t0 + (x - LANE_W) / self.plot_width * (self.t1 - self.t0)

    def lane_top(self, lane: int) -> float:
        return AXIS_H + lane * LANE_H

    def item_rect(self, it: Drawn) -> QRectF:
        """Where an item is drawn: its whole possible span, at least 10 px wide to click."""
        x0, x1 = self.x_of(it.start), self.x_of(it.end)
        y = self.lane_top(it.lane) + 5
        if it.uncertain and x1 - x0 >= 4:
            return QRectF(x0, y, x1 - x0, LANE_H - 10)
        return QRectF(x0 - 5, y, 10, LANE_H - 10)

    def tip_for(self, it: Drawn) -> str:
        """The name and kind, never an id; a click opens it (Alt+Left comes back)."""
        r = it.row
        return (f"{captions.caption(r.schema, r.caption, r.entity_id)}\n{schema_label(r.schema)} · {prop_label(r.schema, r.prop)}: {moments.readable(r.value)}"
                f"\nTLP:{TLP(r.tlp).short}\n"
                + self.tr("Click to select it (marked on the chart too); double-click to open it."))

    def item_for(self, entity_id: str) -> Drawn | None:
        return next((it for it in self.items if it.row.entity_id == entity_id), None)

    def is_marked(self, it: Drawn) -> bool:
        """Selected here, or concerning an entity selected elsewhere."""
        r = it.row
        return r.entity_id == self.selected or r.entity_id in self.marked or not self.marked.isdisjoint(r.parties)

    def marked_items(self) -> list[Drawn]:
        return [it for it in self.items if self.is_marked(it)]

    def item_at(self, pos: QPointF) -> Drawn | None:
        best: tuple[float, Drawn] | None = None
        for it in self.items:
            r = self.item_rect(it)
            if r.adjusted(-2, -2, 2, 2).contains(pos):
                d = abs(r.center().x() - pos.x()) if r.width() <= 10 else 0.0
                if best is None or d < best[0] or (d == best[0] and r.width() < self.item_rect(best[1]).width()):
                    best = (d, it)
        return best[1] if best else None

    # -- state -----------------------------------------------------------------------------------
    def set_range(self, t0: float, t1: float, *, emit: bool = True) -> None:
        span = min(max(t1 - t0, MIN_SPAN), MAX_SPAN)
        mid = (t0 + t1) / 2
        self.t0, self.t1 = mid - span / 2, mid + span / 2
        self.update()
        if emit:
            self.rangeChanged.emit(self.t0, self.t1)

    def set_items(self, items: list[Drawn], lanes: list[str], *, density: tuple[int, ...] = (),
                  density_range: tuple[float, float] = (0.0, 0.0), cap: int = 0) -> None:
        self.items, self.lanes = items, lanes
        self.density, self.density_range, self.density_cap = density, density_range, cap
        self.setMinimumHeight(int(AXIS_H + max(len(lanes), 3) * LANE_H + DENSITY_H))
        self.update()

    def zoom(self, factor: float, around: float | None = None) -> None:
        c = around if around is not None else (self.t0 + self.t1) / 2
        self.set_range(c - (c - self.t0) * factor, c + (self.t1 - c) * factor)

    def pan(self, fraction: float) -> None:
        d = (self.t1 - self.t0) * fraction
        self.set_range(self.t0 + d, self.t1 + d)

    # -- events ----------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom(0.8 ** steps, self.t_of(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._press_range, self._moved = event.position(), (self.t0, self.t1), False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._press.x()
            if abs(dx) > 3 or self._moved:
                self._moved = True
                dt = -dx / self.plot_width * (self._press_range[1] - self._press_range[0])
                self.set_range(self._press_range[0] + dt, self._press_range[1] + dt)
            return
        it = self.item_at(event.position())
        if it is not None:
            QToolTip.showText(event.globalPosition().toPoint(), plain_tip(self.tip_for(it)), self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._moved and event.button() == Qt.MouseButton.LeftButton:
            it = self.item_at(event.position())
            if it is not None:
                self.selected = it.row.entity_id
                self.update()
                self.itemClicked.emit(it.row.entity_id)
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        it = self.item_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if it is not None:
            event.accept()
            self.itemOpened.emit(it.row.entity_id)
            return
        super().mouseDoubleClickEvent(event)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        p.fillRect(QRectF(0, 0, w, h), QColor("#FFFFFF"))
        small = QFont(self.font())
        small.setPointSizeF(8.0)
        p.setFont(small)
        for i, lane in enumerate(self.lanes):
            top = self.lane_top(i)
            if i % 2 == 0:
                p.fillRect(QRectF(0, top, w, LANE_H), QColor("#F4F6F8"))
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(6, top, LANE_W - 10, LANE_H),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       p.fontMetrics().elidedText(lane, Qt.TextElideMode.ElideRight, int(LANE_W - 12)))
        # axis and grid
        p.setPen(QPen(QColor("#444444"), 1))
        p.drawLine(QPointF(LANE_W, AXIS_H - 1), QPointF(w, AXIS_H - 1))
        for t, label in ticks(self.t0, self.t1, self.plot_width, self.tz):
            x = self.x_of(t)
            p.setPen(QPen(QColor("#E0E0E0"), 1))
            p.drawLine(QPointF(x, AXIS_H), QPointF(x, h))
            p.setPen(QColor("#333333"))
            p.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, AXIS_H - 1))
            p.drawText(QPointF(x + 3, AXIS_H - 10), label)
        p.setPen(QColor("#666666"))
        p.drawText(QRectF(6, 4, LANE_W - 10, AXIS_H - 8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                   "UTC" if self.tz is UTC else self.tr("local time"))
        p.setClipRect(QRectF(LANE_W, AXIS_H, w - LANE_W, h - AXIS_H))
        if self.density:
            self._paint_density(p, h)
        else:
            self._paint_items(p)
        p.setClipping(False)
        if self.message:
            p.setPen(QColor("#8A4B00"))
            p.drawText(QRectF(LANE_W + 8, AXIS_H + 4, w - LANE_W - 200, 18),
                       Qt.AlignmentFlag.AlignLeft, self.message)
        if self.marking is not None:
            self._paint_marking(p, w)
        p.end()

    def _paint_items(self, p: QPainter) -> None:
        labels = len(self.items) <= 150
        for it in self.items:
            r = self.item_rect(it)
            colour = kind_colour(it.row.schema)
            red = it.row.tlp >= int(TLP.RED)
            pen = QPen(QColor("#C00000") if red else colour.darker(130), 2.0 if red else 1.0)
            if it.approximate:
                pen.setStyle(Qt.PenStyle.DashLine)
            if self.is_marked(it):
                pen = QPen(QColor("#000000"), 2.5)
            p.setPen(pen)
            if r.width() > 10 or (it.uncertain and r.width() >= 4):
                fill = QColor(colour)
                fill.setAlpha(60)
                p.setBrush(fill)
                p.drawRoundedRect(r, 3, 3)
                p.setBrush(QBrush(colour.darker(110), Qt.BrushStyle.BDiagPattern))
                p.drawRoundedRect(r, 3, 3)
            else:
                p.setBrush(colour)
                p.drawEllipse(r.center(), 5.0, 5.0)
        if labels:
            p.setPen(QColor("#222222"))
            for box, text in self.label_spots(p.fontMetrics()):
                p.drawText(QPointF(box.left(), box.center().y() + 4), text)

    MIN_LABEL = 24.0  # pixels of room below which an item keeps its name for the tooltip

    def label_spots(self, metrics: QFontMetricsF | QFontMetrics) -> list[tuple[QRectF, str]]:
        """Each item's caption and its box, only where it fits before the next item of its
        lane (shortened to that room): a caption never covers another caption or an item.
        Items wholly before the view get none (they were all written at its left edge)."""
        right = float(self.width())
        placed = sorted(((self.item_rect(it), it) for it in self.items),
                        key=lambda ri: (ri[1].lane, ri[0].left()))
        spots: list[tuple[QRectF, str]] = []
        for i, (r, it) in enumerate(placed):
            if r.right() <= LANE_W or r.left() >= right:
                continue
            x = max(r.left(), LANE_W) + (r.width() if r.width() <= 10 else 4) + 3
            limit = right
            for nr, nit in placed[i + 1:]:  # the next item of this lane that starts further right
                if nit.lane != it.lane:
                    break
                if nr.left() > r.left():
                    limit = min(limit, nr.left() - 3)
                    break
            room = limit - x
            if room < self.MIN_LABEL:
                continue
            full = ("~ " if it.approximate else "") + (
                captions.caption(it.row.schema, it.row.caption, it.row.entity_id) or it.row.schema)
            text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, int(room))
            if text:
                spots.append((QRectF(x, r.center().y() - 8, metrics.horizontalAdvance(text), 16), text))
        return spots

    def _paint_density(self, p: QPainter, h: float) -> None:
        lo, hi = self.density_range
        n = len(self.density)
        base = h - 6
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#4C78A8"))
        for i, count in enumerate(self.density):
            if not count:
                continue
            x0 = self.x_of(lo + (hi - lo) * i / n)
            x1 = self.x_of(lo + (hi - lo) * (i + 1) / n)
            bh = (h - AXIS_H - 30) * count / max(self.density_cap, 1)
            p.drawRect(QRectF(x0, base - bh, max(x1 - x0 - 1, 1), bh))

    def _paint_marking(self, p: QPainter, w: float) -> None:
        assert self.marking is not None
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(9.0)
        p.setFont(bold)
        text = self.marking.label
        tw = p.fontMetrics().horizontalAdvance(text) + 14
        box = QRectF(6, 2, min(tw, LANE_W - 10), 18)
        p.fillRect(box, QColor("#000000"))
        p.setPen(QColor(self.marking.colour))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
