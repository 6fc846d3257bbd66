"""Link charts and timelines as reportlab vector drawings, and as PNG for Word.

The geometry is computed once, into a flat ``reportlab.graphics.shapes.Drawing``
(no nested transforms). The PDF embeds that drawing as vectors. For the Word edition
:func:`drawing_to_png` rasterises the same drawing: with reportlab's renderPM when its
backend (rlPyCairo) is installed, otherwise with a small Pillow walker over the same
shapes, otherwise not at all (the caller prints a note instead).
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from casebench.domain.drawing import Chart, LineStyle, Node, Shape, Timeline
from casebench.reports import labels
from casebench.reports.fonts import FontSet
from casebench.reports.png import render_png

log = logging.getLogger(__name__)

INK = colors.HexColor("#222222")
GREY = colors.HexColor("#777777")
HIGHLIGHT = colors.HexColor("#C00000")
SHAPE_FILL: dict[Shape, colors.Color] = {
    Shape.CIRCLE: colors.HexColor("#CFE2FF"),
    Shape.RECTANGLE: colors.HexColor("#FFE7B3"),
    Shape.DIAMOND: colors.HexColor("#D4F0D4"),
    Shape.HEXAGON: colors.HexColor("#F8D0D0"),
    Shape.TRIANGLE: colors.HexColor("#E6DCF5"),
    Shape.SQUARE: colors.HexColor("#DDDDDD"),
}
DASH: dict[LineStyle, list[float] | None] = {
    LineStyle.SOLID: None,
    LineStyle.DASHED: [4.0, 2.5],
    LineStyle.DOTTED: [1.0, 2.0],
}

R = 10.0  # node "radius" in points
LABEL_SIZE = 6.5
CAPTION_SIZE = 5.5


def shape_at(
    shape: Shape, cx: float, cy: float, r: float, **style: object
) -> Rect | Circle | Polygon:
    """The i2 symbol for ``shape`` centred on (cx, cy)."""
    if shape is Shape.CIRCLE:
        return Circle(cx, cy, r, **style)
    if shape is Shape.RECTANGLE:
        return Rect(cx - 1.45 * r, cy - 0.8 * r, 2.9 * r, 1.6 * r, **style)
    if shape is Shape.SQUARE:
        return Rect(cx - 0.85 * r, cy - 0.85 * r, 1.7 * r, 1.7 * r, **style)
    if shape is Shape.DIAMOND:
        k = 1.15 * r
        return Polygon([cx, cy + k, cx + k, cy, cx, cy - k, cx - k, cy], **style)
    if shape is Shape.HEXAGON:
        pts: list[float] = []
        for i in range(6):
            a = math.pi / 6 * (2 * i)
            pts += [cx + r * 1.05 * math.cos(a), cy + r * 0.9 * math.sin(a)]
        return Polygon(pts, **style)
    # triangle
    return Polygon([cx, cy + r, cx + 0.95 * r, cy - 0.7 * r, cx - 0.95 * r, cy - 0.7 * r], **style)


def _legend(d: Drawing, chart: Chart, lang: str, fonts: FontSet, width: float, top: float) -> None:
    legend = chart.legend()
    items: list[tuple[str, Shape | LineStyle | None]] = []
    items += [(labels.text(lang, f"shape_{s.value}"), s) for s in legend.shapes]
    items += [(labels.text(lang, f"line_{s.value}"), s) for s in legend.line_styles]
    if legend.directed:
        items.append((labels.text(lang, "arrow"), None))
    d.add(String(0, top - 9, labels.text(lang, "legend"), fontName=fonts.bold, fontSize=7.5))
    x, y = 0.0, top - 24
    for text, sym in items:
        w = 26 + stringWidth(text, fonts.regular, LABEL_SIZE) + 12
        if x + w > width and x > 0:
            x, y = 0.0, y - 16
        if isinstance(sym, Shape):
            d.add(
                shape_at(
                    sym,
                    x + 9,
                    y + 2,
                    5.5,
                    fillColor=SHAPE_FILL[sym],
                    strokeColor=INK,
                    strokeWidth=0.6,
                )
            )
        elif isinstance(sym, LineStyle):
            d.add(
                Line(
                    x,
                    y + 2,
                    x + 20,
                    y + 2,
                    strokeColor=INK,
                    strokeWidth=0.9,
                    strokeDashArray=DASH[sym],
                )
            )
        else:
            d.add(Line(x, y + 2, x + 14, y + 2, strokeColor=INK, strokeWidth=0.9))
            d.add(_arrow_head(x, y + 2, x + 20, y + 2))
        d.add(String(x + 26, y, text, fontName=fonts.regular, fontSize=LABEL_SIZE, fillColor=INK))
        x += w


def legend_height(chart: Chart, lang: str, fonts: FontSet, width: float) -> float:
    probe = Drawing(width, 400)
    _legend(probe, chart, lang, fonts, width, 400)
    lowest = min((s.y for s in probe.contents if isinstance(s, String)), default=400)
    return 400 - lowest + 8


def _arrow_head(x1: float, y1: float, x2: float, y2: float, size: float = 5.0) -> Polygon:
    a = math.atan2(y2 - y1, x2 - x1)
    left = (x2 - size * math.cos(a - 0.4), y2 - size * math.sin(a - 0.4))
    right = (x2 - size * math.cos(a + 0.4), y2 - size * math.sin(a + 0.4))
    return Polygon([x2, y2, *left, *right], fillColor=INK, strokeColor=INK, strokeWidth=0.5)


def chart_drawing(
    chart: Chart, width: float, lang: str, fonts: FontSet, max_height: float = 560
) -> Drawing:
    """The link chart scaled to ``width`` points, legend underneath."""
    minx, miny, maxx, maxy = chart.bounds()
    span_x = max(maxx - minx, 1.0)
    span_y = max(maxy - miny, 1.0)
    mx, my = 55.0, 22.0  # room for labels left/right and above/below
    scale = (width - 2 * mx) / span_x
    plot_h = min(span_y * scale + 2 * my + 14, max_height)
    scale_y = (plot_h - 2 * my - 14) / span_y
    leg_h = legend_height(chart, lang, fonts, width)
    height = plot_h + leg_h
    d = Drawing(width, height)

    pos: dict[str, tuple[float, float]] = {}
    for n in chart.nodes:
        px = mx + (n.x - minx) * scale
        py = height - my - (n.y - miny) * scale_y
        pos[n.id] = (px, py)

    captions: list[tuple[float, float, str]] = []
    for e in chart.valid_edges():
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        length = math.hypot(x2 - x1, y2 - y1)
        if length < 1:
            continue
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        cut = R + 2
        sx, sy, ex, ey = x1 + ux * cut, y1 + uy * cut, x2 - ux * cut, y2 - uy * cut
        colour = HIGHLIGHT if e.highlighted else INK
        width_pt = 1.6 if e.highlighted else 0.8 + min(e.count, 10) * 0.08
        d.add(
            Line(
                sx,
                sy,
                ex,
                ey,
                strokeColor=colour,
                strokeWidth=width_pt,
                strokeDashArray=DASH[e.style],
            )
        )
        if e.directed:
            d.add(_arrow_head(sx, sy, ex, ey))
        if e.caption:
            captions.append(((sx + ex) / 2, (sy + ey) / 2, e.caption))
    for cx, cy, text in captions:
        w = stringWidth(text, fonts.regular, CAPTION_SIZE)
        d.add(
            Rect(
                cx - w / 2 - 1.5,
                cy - 2.2,
                w + 3,
                CAPTION_SIZE + 2,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
        d.add(
            String(
                cx,
                cy - 0.5,
                text,
                fontName=fonts.regular,
                fontSize=CAPTION_SIZE,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
    for n in chart.nodes:
        _node(d, n, *pos[n.id], fonts)
    _legend(d, chart, lang, fonts, width, leg_h - 4)
    return d


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (ending in "…") so that it is at most ``width`` wide.

    ``simpleSplit`` breaks at spaces only and returns a word longer than the line as
    it is, so a long name or reference would run off the drawing.
    """
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _lines(text: str, font: str, size: float, width: float, limit: int) -> list[str]:
    """At most ``limit`` lines of ``text`` broken at spaces, the last cut to fit."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > limit:
        lines = [*lines[: limit - 1], " ".join(lines[limit - 1:]) + " …"]
    return [fit_line(line, font, size, width) for line in lines]


def _node(d: Drawing, n: Node, cx: float, cy: float, fonts: FontSet) -> None:
    stroke = HIGHLIGHT if n.highlighted else INK
    d.add(
        shape_at(
            n.shape,
            cx,
            cy,
            R,
            fillColor=SHAPE_FILL[n.shape],
            strokeColor=stroke,
            strokeWidth=1.6 if n.highlighted else 0.7,
        )
    )
    lines = _lines(n.label, fonts.regular, LABEL_SIZE, 92, 2)
    below = R + 7 if n.shape is not Shape.RECTANGLE else 0.8 * R + 7
    for i, line in enumerate(lines):
        w = stringWidth(line, fonts.regular, LABEL_SIZE)
        y = cy - below - i * (LABEL_SIZE + 1)
        d.add(
            Rect(
                cx - w / 2 - 1,
                y - 2,
                w + 2,
                LABEL_SIZE + 1.5,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
        d.add(
            String(
                cx,
                cy - below - i * (LABEL_SIZE + 1),
                line,
                fontName=fonts.regular,
                fontSize=LABEL_SIZE,
                fillColor=INK,
                textAnchor="middle",
            )
        )


def _ticks(start: datetime, end: datetime, max_ticks: int = 8) -> list[datetime]:
    days = max((end - start).total_seconds() / 86400, 1.0)
    step = next((s for s in (1, 2, 7, 14, 30, 61, 91, 182, 365) if days / s <= max_ticks), 730)
    first = datetime(start.year, start.month, start.day, tzinfo=start.tzinfo)
    out, t = [], first
    while t <= end + timedelta(days=step):
        if start - timedelta(days=step / 2) <= t:
            out.append(t)
        t += timedelta(days=step)
    return out


def timeline_drawing(tl: Timeline, width: float, lang: str, fonts: FontSet) -> Drawing:
    """Lanes left, time across, numbered markers, and a numbered key underneath."""
    lane_h, label_w, axis_h = 24.0, 88.0, 22.0
    items = sorted(tl.items, key=lambda it: it.start_utc)
    col_w = (width - 10) / 2
    key_lines: list[str] = []
    for i, it in enumerate(items, 1):
        approx = f" (~ {labels.text(lang, 'approximate')})" if it.approximate else ""
        when = it.when or f"{it.start_utc:%d/%m/%Y %H:%M} UTC"  # the precision known
        text = f"{i}. {when} — {it.label}{approx}"
        key_lines.append(_lines(text, fonts.regular, LABEL_SIZE, col_w, 1)[0])
    rows = (len(key_lines) + 1) // 2
    key_h = rows * (LABEL_SIZE + 3) + 10
    plot_h = len(tl.lanes) * lane_h
    height = plot_h + axis_h + key_h
    d = Drawing(width, height)
    top = height
    x0, x1 = label_w, width - 12
    t0 = tl.start - timedelta(hours=12)
    t1 = tl.end + timedelta(hours=12)
    span = max((t1 - t0).total_seconds(), 1.0)

    def tx(t: datetime) -> float:
        return x0 + (t - t0).total_seconds() / span * (x1 - x0)

    for li, lane in enumerate(tl.lanes):
        y = top - (li + 1) * lane_h
        if li % 2 == 0:
            d.add(Rect(0, y, width, lane_h, fillColor=colors.HexColor("#F2F2F2"), strokeColor=None))
        text = _lines(lane or "—", fonts.bold, 7, label_w - 6, 1)[0]
        d.add(String(4, y + lane_h / 2 - 2.5, text, fontName=fonts.bold, fontSize=7, fillColor=INK))
    axis_y = top - plot_h
    d.add(Line(x0, axis_y, x1, axis_y, strokeColor=INK, strokeWidth=0.7))
    for t in _ticks(t0, t1):
        x = tx(t)
        if x0 <= x <= x1:
            d.add(Line(x, axis_y, x, axis_y - 3, strokeColor=INK, strokeWidth=0.5))
            d.add(Line(x, axis_y, x, top, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.3))
            d.add(
                String(
                    x,
                    axis_y - 11,
                    f"{t:%d/%m/%Y}",
                    fontName=fonts.regular,
                    fontSize=6,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    last_x: dict[str, list[float]] = {}
    for i, it in enumerate(items, 1):
        lane_i = tl.lanes.index(it.lane) if it.lane in tl.lanes else 0
        cy = top - lane_i * lane_h - lane_h / 2
        xs = tx(it.start_utc)
        near = [x for x in last_x.get(it.lane, []) if abs(x - xs) < 11]
        cy += (-6 if len(near) % 2 else 6) if near else 0
        last_x.setdefault(it.lane, []).append(xs)
        dash = [2.0, 1.5] if it.approximate else None
        if it.end_utc is not None and tx(it.end_utc) - xs > 6:
            d.add(
                Rect(
                    xs,
                    cy - 4,
                    tx(it.end_utc) - xs,
                    8,
                    rx=3,
                    ry=3,
                    fillColor=colors.HexColor("#CFE2FF"),
                    strokeColor=INK,
                    strokeWidth=0.6,
                    strokeDashArray=dash,
                )
            )
        d.add(
            Circle(
                xs,
                cy,
                5,
                fillColor=colors.white,
                strokeColor=HIGHLIGHT if it.approximate else INK,
                strokeWidth=0.7,
                strokeDashArray=dash,
            )
        )
        d.add(
            String(
                xs,
                cy - 2,
                str(i),
                fontName=fonts.bold,
                fontSize=5.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    ky = key_h - 10
    for i, line in enumerate(key_lines):
        col, row = divmod(i, rows)
        d.add(
            String(
                col * (col_w + 10),
                ky - row * (LABEL_SIZE + 3),
                line,
                fontName=fonts.regular,
                fontSize=LABEL_SIZE,
                fillColor=INK,
            )
        )
    return d


def drawing_to_png(d: Drawing, fonts: FontSet, scale: float = 2.5) -> bytes | None:
    """PNG bytes of the drawing, or ``None`` when no rasteriser is available."""
    try:
        from reportlab.graphics import renderPM

        return bytes(renderPM.drawToString(d, fmt="PNG", dpi=int(72 * scale)))
    except Exception:  # renderPM needs the optional rlPyCairo backend
        pass
    return render_png(d, fonts, scale)
