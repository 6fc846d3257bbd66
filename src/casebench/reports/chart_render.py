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
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from casebench.domain.drawing import Chart, Edge, LineStyle, Shape, Timeline, TimelineItem
from casebench.domain.ordering import name_key
from casebench.domain.placement import (
    NodeSpot,
    Placed,
    place_link_labels,
    place_node_labels,
    spread,
)
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
# Text is never below 7 pt on paper (the pack's chart and printed charts are drawn at
# their print size, not scaled down afterwards).
LABEL_SIZE = 7.5
CAPTION_SIZE = 7.0
LEGEND_SIZE = 7.5
FREQUENT_KINDS = frozenset({"Call", "Payment", "Message"})  # labelled after relationships
CROWDING_KINDS = frozenset({"Call", "Message"})  # labelled only clear of other lines
LANE_GAP = 7.0  # points between parallel lines of one pair
# A name is printed only where its own symbol is nearer to it than any other, by this
# much: on paper a name between two symbols could be either's.
OWN_MARGIN = 4.0
# Half extents of each symbol (width, height) in units of R, for label placement.
HALF: dict[Shape, tuple[float, float]] = {
    Shape.CIRCLE: (1.0, 1.0), Shape.RECTANGLE: (1.45, 0.8), Shape.SQUARE: (0.85, 0.85),
    Shape.DIAMOND: (1.15, 1.15), Shape.HEXAGON: (1.05, 0.9), Shape.TRIANGLE: (0.95, 1.0),
}


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


def _legend(d: Drawing, chart: Chart, lang: str, fonts: FontSet, width: float, top: float,
            notes: list[str] | None = None) -> None:
    legend = chart.legend()
    items: list[tuple[str, Shape | LineStyle | str | None]] = []
    items += [(labels.text(lang, f"shape_{s.value}"), s) for s in legend.shapes]
    items += [(labels.text(lang, f"line_{s.value}"), s) for s in legend.line_styles]
    if legend.directed:
        items.append((labels.text(lang, "arrow"), None))
    if any(e.count > 1 for e in chart.edges):
        items.append((labels.text(lang, "line_weight"), "weight"))
    d.add(String(0, top - 9, labels.text(lang, "legend"), fontName=fonts.bold, fontSize=LEGEND_SIZE))
    x, y = 0.0, top - 24
    for text, sym in items:
        w = 26 + stringWidth(text, fonts.regular, LEGEND_SIZE) + 12
        if x + w > width and x > 0:
            x, y = 0.0, y - 16
        if isinstance(sym, Shape):
            d.add(shape_at(sym, x + 9, y + 2, 5.5, fillColor=SHAPE_FILL[sym], strokeColor=INK,
                           strokeWidth=0.6))
        elif isinstance(sym, LineStyle):
            d.add(Line(x, y + 2, x + 20, y + 2, strokeColor=INK, strokeWidth=0.9,
                       strokeDashArray=DASH[sym]))
        elif sym == "weight":
            d.add(Line(x, y + 2, x + 20, y + 2, strokeColor=INK, strokeWidth=2.4))
        else:
            d.add(Line(x, y + 2, x + 14, y + 2, strokeColor=INK, strokeWidth=0.9))
            d.add(_arrow_head(x, y + 2, x + 20, y + 2))
        d.add(String(x + 26, y, text, fontName=fonts.regular, fontSize=LEGEND_SIZE, fillColor=INK))
        x += w
    for note in notes or []:
        for line in _lines(note, fonts.regular, LEGEND_SIZE, width, 12):
            y -= LEGEND_SIZE + 3
            d.add(String(0, y, line, fontName=fonts.regular, fontSize=LEGEND_SIZE, fillColor=INK))
            if y < 0:
                break
        y -= 2


def legend_height(chart: Chart, lang: str, fonts: FontSet, width: float,
                  notes: list[str] | None = None) -> float:
    probe = Drawing(width, 400)
    _legend(probe, chart, lang, fonts, width, 400, notes)
    lowest = min((s.y for s in probe.contents if isinstance(s, String)), default=400)
    return 400 - lowest + 8


def _arrow_head(x1: float, y1: float, x2: float, y2: float, size: float = 5.0) -> Polygon:
    a = math.atan2(y2 - y1, x2 - x1)
    left = (x2 - size * math.cos(a - 0.4), y2 - size * math.sin(a - 0.4))
    right = (x2 - size * math.cos(a + 0.4), y2 - size * math.sin(a + 0.4))
    return Polygon([x2, y2, *left, *right], fillColor=INK, strokeColor=INK, strokeWidth=0.5)


@dataclass
class ChartPlan:
    """Where everything of a link chart goes, in drawing points (y upwards).

    The drawing is made from this plan, and tests check readability on it: node
    labels (``labels``) and link labels (``captions``) with their boxes and sizes.
    """

    width: float
    height: float
    spots: dict[str, NodeSpot] = field(default_factory=dict)
    lines: list[tuple[Edge, tuple[float, float, float, float]]] = field(default_factory=list)
    labels: list[Placed] = field(default_factory=list)
    captions: list[Placed] = field(default_factory=list)
    dropped_captions: int = 0
    numbered: list[tuple[int, str]] = field(default_factory=list)  # labels in the key instead

    def texts(self) -> list[Placed]:
        return [*self.labels, *self.captions]


def _cut(spot: NodeSpot, ux: float, uy: float) -> float:
    """Distance from the centre to the symbol's edge along (ux, uy), plus a little air."""
    ax, ay = abs(ux), abs(uy)
    d = min(spot.half_w / ax if ax > 1e-9 else math.inf, spot.half_h / ay if ay > 1e-9 else math.inf)
    return min(d, math.hypot(spot.half_w, spot.half_h)) + 2.0


Variant = tuple[tuple[str, ...], float, float]  # a label's lines, width and height


def _label_variants(text: str, fonts: FontSet) -> list[Variant]:
    """Ways to write a name beside its symbol, preferred first: the whole name (two lines,
    narrower, three, one long line, three narrow), then shortened ones."""
    whole: list[Variant] = []
    cut: list[Variant] = []
    for width, limit in ((92.0, 2), (64.0, 2), (64.0, 3), (140.0, 1), (52.0, 3), (70.0, 1), (46.0, 1)):
        lines = tuple(_lines(text, fonts.regular, LABEL_SIZE, width, limit))
        w = max(stringWidth(ln, fonts.regular, LABEL_SIZE) for ln in lines) + 2
        variant = (lines, w, len(lines) * (LABEL_SIZE + 1) + 1.5)
        if variant not in whole and variant not in cut:
            (cut if "…" in "".join(lines) and "…" not in text else whole).append(variant)
    return whole + cut


def _whole(text: str, variants: list[Variant]) -> int:
    """How many of ``variants`` write the whole name."""
    return sum(1 for lines, _, _ in variants if "…" not in "".join(lines) or "…" in text)


def _shortened(p: Placed, label: str) -> bool:
    return "…" in "".join(p.lines) and "…" not in label


def plan_chart(chart: Chart, width: float, height: float, lang: str, fonts: FontSet) -> ChartPlan:
    """Place the chart's nodes, lines and labels in a ``width`` × ``height`` area.

    Nodes are scaled from layout units into the area and pushed apart where two
    would touch; node labels go where they overlap nothing (else shortened, else
    numbered in the key); link labels where they fit, else in short form, else not.
    """
    plan = ChartPlan(width, height)
    area = (0.0, 0.0, width, height)
    minx, miny, maxx, maxy = chart.bounds()
    span_x, span_y = max(maxx - minx, 1.0), max(maxy - miny, 1.0)
    # margins that leave a whole name room beside the outermost symbols
    widest = max((stringWidth(n.label, fonts.regular, LABEL_SIZE) for n in chart.nodes), default=0.0)
    mx = min(max(52.0, min(widest, 92.0) + 1.5 * R + 4), width * 0.15)
    my = min(2 * (LABEL_SIZE + 1) + 1.2 * R + 6, height * 0.12)
    sx = (width - 2 * mx) / span_x if maxx > minx else 0.0
    sy = (height - 2 * my) / span_y if maxy > miny else 0.0
    spots = []
    for n in chart.nodes:
        hw, hh = HALF[n.shape]
        px = mx + (n.x - minx) * sx if sx else width / 2
        py = height - my - (n.y - miny) * sy if sy else height / 2
        spots.append(NodeSpot(n.id, px, py, hw * R, hh * R))
    # symbols that would touch on paper are pushed apart (a line of text between them)
    spots = spread(spots, (mx * 0.3, 2.0, width - mx * 0.3, height - 2.0), LABEL_SIZE + 4)
    plan.spots = {s.id: s for s in spots}
    segments: list[tuple[float, float, float, float]] = []
    for e in chart.valid_edges():
        a, b = plan.spots[e.source], plan.spots[e.target]
        length = math.hypot(b.x - a.x, b.y - a.y)
        if length < 1:
            continue
        ux, uy = (b.x - a.x) / length, (b.y - a.y) / length
        ox, oy = -uy * e.lane * LANE_GAP, ux * e.lane * LANE_GAP
        ca, cb = _cut(a, ux, uy), _cut(b, ux, uy)
        if ca + cb >= length:
            continue
        seg = (a.x + ux * ca + ox, a.y + uy * ca + oy, b.x - ux * cb + ox, b.y - uy * cb + oy)
        plan.lines.append((e, seg))
        segments.append(seg)
    degree: dict[str, int] = {}
    for e, _ in plan.lines:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    nodes = {n.id: n for n in chart.nodes}
    order = sorted(plan.spots, key=lambda i: (-degree.get(i, 0), nodes[i].label, i))
    texts = {n.id: _label_variants(n.label, fonts) for n in chart.nodes}
    whole = {n.id: _whole(n.label, texts[n.id]) for n in chart.nodes}
    centre = (sum(s.x for s in spots) / len(spots), sum(s.y for s in spots) / len(spots)) if spots else None
    plan.labels, failed = place_node_labels(spots, texts, area, LABEL_SIZE, segments, order,
                                            centre=centre, own_nearest=OWN_MARGIN, alike=whole)
    for _ in range(3):  # names that had to be shortened go first in another try; keep the better
        short = [p.owner for p in plan.labels if _shortened(p, nodes[p.owner].label)] + failed
        if not short:
            break
        again, failed2 = place_node_labels(
            spots, texts, area, LABEL_SIZE, segments,
            short + [i for i in order if i not in set(short)], centre=centre,
            own_nearest=OWN_MARGIN, alike=whole)
        short2 = [p.owner for p in again if _shortened(p, nodes[p.owner].label)] + failed2
        if (len(failed2), len(short2)) >= (len(failed), len(short)):
            break
        plan.labels, failed = again, failed2
    if failed:  # a number beside the symbol, the name in the key under the legend
        numbered = {nid: i for i, nid in enumerate(sorted(failed, key=lambda i: (name_key(nodes[i].label), i)), 1)}
        marks: dict[str, list[tuple[tuple[str, ...], float, float]]] = {
            nid: [((str(k),), float(stringWidth(str(k), fonts.bold, LABEL_SIZE)) + 2, LABEL_SIZE + 2.5)]
            for nid, k in numbered.items()}
        more, still = place_node_labels(spots, marks, area, LABEL_SIZE, segments, list(numbered),
                                        centre=centre, taken=[p.box for p in plan.labels],
                                        own_nearest=OWN_MARGIN, alike=whole)
        plan.labels += more
        plan.numbered = [(k, nodes[nid].label) for nid, k in sorted(numbered.items(), key=lambda x: x[1])
                         if nid not in still]

    def amount(v: object, c: str) -> str:
        return labels.format_amount(v, c, lang)  # type: ignore[arg-type]

    obstacles = [s.box for s in spots] + [p.box for p in plan.labels]
    links = []
    # Relationships (owns, directs…) are labelled before the many calls, the most
    # frequent calls before the single ones: what does not fit is the least telling.
    ranked = sorted(enumerate(plan.lines),
                    key=lambda x: (x[1][0].kind in FREQUENT_KINDS, -x[1][0].count, x[0]))
    for i, (e, seg) in ranked:
        variants = []
        for text in dict.fromkeys((e.caption_text(amount), e.short_caption)):
            if text:
                variants.append((text, stringWidth(text, fonts.regular, CAPTION_SIZE) + 3, CAPTION_SIZE + 2))
        if variants:
            links.append((str(i), seg, variants))
    crossable = [plan.lines[int(owner)][0].kind not in CROWDING_KINDS for owner, _, _ in links]
    plan.captions, dropped = place_link_labels(links, obstacles, area, CAPTION_SIZE, crossable)
    plan.dropped_captions = len(dropped)
    return plan


def _draw_plan(d: Drawing, plan: ChartPlan, chart: Chart, fonts: FontSet, dy: float) -> None:
    """Draw ``plan`` into ``d``, shifted up by ``dy`` (the legend sits underneath)."""
    for e, (x1, y1, x2, y2) in plan.lines:
        colour = HIGHLIGHT if e.highlighted else INK
        width_pt = 1.6 if e.highlighted else 0.8 * e.weight
        d.add(Line(x1, y1 + dy, x2, y2 + dy, strokeColor=colour, strokeWidth=width_pt,
                   strokeDashArray=DASH[e.style]))
        if e.directed:
            d.add(_arrow_head(x1, y1 + dy, x2, y2 + dy))
            if e.reverse:
                d.add(_arrow_head(x2, y2 + dy, x1, y1 + dy))
    for p in plan.captions:
        x0, y0, x1, y1 = p.box
        d.add(Rect(x0, y0 + dy, x1 - x0, y1 - y0, fillColor=colors.white, strokeColor=None))
        d.add(String((x0 + x1) / 2, y0 + dy + 2.2, p.lines[0], fontName=fonts.regular,
                     fontSize=p.size, fillColor=GREY, textAnchor="middle"))
    nodes = {n.id: n for n in chart.nodes}
    for nid, s in plan.spots.items():
        n = nodes[nid]
        d.add(shape_at(n.shape, s.x, s.y + dy, R, fillColor=SHAPE_FILL[n.shape],
                       strokeColor=HIGHLIGHT if n.highlighted else INK,
                       strokeWidth=1.6 if n.highlighted else 0.7))
    for p in plan.labels:
        x0, y0, x1, y1 = p.box
        d.add(Rect(x0, y0 + dy, x1 - x0, y1 - y0, fillColor=colors.white, strokeColor=None))
        numbered = len(p.lines) == 1 and p.lines[0].isdigit()
        for i, line in enumerate(p.lines):
            d.add(String((x0 + x1) / 2, y1 + dy - (i + 1) * (p.size + 1) + 1.5, line,
                         fontName=fonts.bold if numbered else fonts.regular, fontSize=p.size,
                         fillColor=INK, textAnchor="middle"))


def legend_notes(plan: ChartPlan, lang: str) -> list[str]:
    """The key of numbered names and the count of link labels left out."""
    notes = []
    if plan.numbered:
        notes.append(labels.text(lang, "labels_numbered") + " "
                     + "; ".join(f"{k}. {name}" for k, name in plan.numbered))
    if plan.dropped_captions:
        notes.append(labels.text(lang, "captions_hidden", n=plan.dropped_captions))
    return notes


def chart_drawing_planned(chart: Chart, width: float, lang: str, fonts: FontSet,
                          max_height: float = 560, *, height: float | None = None,
                          notes: tuple[str, ...] = ()) -> tuple[Drawing, ChartPlan]:
    """The link chart ``width`` points wide, legend underneath, and its plan.

    With ``height`` the whole drawing (chart and legend) is exactly that tall (a
    page); otherwise the chart takes the height its layout asks for, up to
    ``max_height``. ``notes`` are printed under the legend (what the chart leaves off).
    """
    leg_h = legend_height(chart, lang, fonts, width, [*notes])
    if height is not None:
        plot_h = max(height - leg_h - 12, 80.0)
    else:
        minx, miny, maxx, maxy = chart.bounds()
        span_x, span_y = max(maxx - minx, 1.0), max(maxy - miny, 1.0)
        plot_h = min(max(span_y * (width - 104) / span_x + 48, 160.0), max_height)
    plan = plan_chart(chart, width, plot_h, lang, fonts)
    all_notes = [*notes, *legend_notes(plan, lang)]
    leg_h = legend_height(chart, lang, fonts, width, all_notes)
    for _ in range(3):  # on a fixed page the notes take their room from the chart
        if height is None or plot_h + leg_h <= height or plot_h <= 80.0:
            break
        plot_h = max(height - leg_h - 4, 80.0)
        plan = plan_chart(chart, width, plot_h, lang, fonts)
        all_notes = [*notes, *legend_notes(plan, lang)]
        leg_h = legend_height(chart, lang, fonts, width, all_notes)
    total = height if height is not None else plot_h + leg_h
    d = Drawing(width, total)
    _draw_plan(d, plan, chart, fonts, total - plot_h)
    _legend(d, chart, lang, fonts, width, total - plot_h - 4, all_notes)
    return d, plan


def chart_drawing(
    chart: Chart, width: float, lang: str, fonts: FontSet, max_height: float = 560
) -> Drawing:
    """The link chart scaled to ``width`` points, legend underneath."""
    return chart_drawing_planned(chart, width, lang, fonts, max_height)[0]


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


MARKER_R = 5.0  # a timeline marker's radius in points
MARKER_ROW = 12.0  # one row of markers within a lane: a marker and a little air


def _marker_rows(spans: list[tuple[float, float]]) -> list[int]:
    """The row of each span (left, right; sorted by left) within its lane: the first row
    whose markers it clears, so that no two markers or bars ever overlap."""
    ends: list[float] = []
    rows = []
    for lo, hi in spans:
        for r, end in enumerate(ends):
            if lo >= end + 1.0:
                ends[r] = hi
                rows.append(r)
                break
        else:
            ends.append(hi)
            rows.append(len(ends) - 1)
    return rows


def timeline_drawing(tl: Timeline, width: float, lang: str, fonts: FontSet) -> Drawing:
    """Lanes left, time across, numbered markers, and a numbered key underneath.

    Markers close in time share their lane in rows (the lane grows for them): several
    things on one day each keep a number that can be read.
    """
    min_lane_h, label_w, axis_h = 24.0, 88.0, 22.0
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
    x0, x1 = label_w, width - 12
    t0 = tl.start - timedelta(hours=12)
    t1 = tl.end + timedelta(hours=12)
    span = max((t1 - t0).total_seconds(), 1.0)

    def tx(t: datetime) -> float:
        return x0 + (t - t0).total_seconds() / span * (x1 - x0)

    def lane_of(it: TimelineItem) -> int:
        return tl.lanes.index(it.lane) if it.lane in tl.lanes else 0

    row_of: dict[int, int] = {}
    depth = [1] * len(tl.lanes)
    for li in range(len(tl.lanes)):
        mine = [(i, it) for i, it in enumerate(items) if lane_of(it) == li]
        spans = []
        for _, it in mine:
            xs = tx(it.start_utc)
            right = tx(it.end_utc) if it.end_utc is not None else xs
            spans.append((xs - MARKER_R, max(right, xs + MARKER_R)))
        for (i, _), r in zip(mine, _marker_rows(spans), strict=True):
            row_of[i] = r
            depth[li] = max(depth[li], r + 1)
    lane_hs = [max(min_lane_h, d * MARKER_ROW + 6) for d in depth]
    plot_h = sum(lane_hs)
    height = plot_h + axis_h + key_h
    d = Drawing(width, height)
    top = height
    lane_tops = [top - sum(lane_hs[:li]) for li in range(len(tl.lanes))]
    for li, lane in enumerate(tl.lanes):
        y = lane_tops[li] - lane_hs[li]
        if li % 2 == 0:
            d.add(Rect(0, y, width, lane_hs[li], fillColor=colors.HexColor("#F2F2F2"), strokeColor=None))
        text = _lines(lane or "—", fonts.bold, 7, label_w - 6, 1)[0]
        d.add(String(4, y + lane_hs[li] / 2 - 2.5, text, fontName=fonts.bold, fontSize=7, fillColor=INK))
    axis_y = top - plot_h
    d.add(Line(x0, axis_y, x1, axis_y, strokeColor=INK, strokeWidth=0.7))
    for t in _ticks(t0, t1):
        x = tx(t)
        if x0 <= x <= x1:
            d.add(Line(x, axis_y, x, axis_y - 3, strokeColor=INK, strokeWidth=0.5))
            d.add(Line(x, axis_y, x, top, strokeColor=colors.HexColor("#DDDDDD"), strokeWidth=0.3))
            d.add(String(x, axis_y - 11, f"{t:%d/%m/%Y}", fontName=fonts.regular, fontSize=6,
                         fillColor=INK, textAnchor="middle"))
    for i, it in enumerate(items):
        li = lane_of(it)
        block = depth[li] * MARKER_ROW  # the lane's rows, centred in it
        cy = lane_tops[li] - (lane_hs[li] - block) / 2 - row_of[i] * MARKER_ROW - MARKER_ROW / 2
        xs = tx(it.start_utc)
        dash = [2.0, 1.5] if it.approximate else None
        if it.end_utc is not None and tx(it.end_utc) - xs > 6:
            d.add(Rect(xs, cy - 4, tx(it.end_utc) - xs, 8, rx=3, ry=3,
                       fillColor=colors.HexColor("#CFE2FF"), strokeColor=INK, strokeWidth=0.6,
                       strokeDashArray=dash))
        d.add(Circle(xs, cy, MARKER_R, fillColor=colors.white,
                     strokeColor=HIGHLIGHT if it.approximate else INK, strokeWidth=0.7,
                     strokeDashArray=dash))
        d.add(String(xs, cy - 2, str(i + 1), fontName=fonts.bold, fontSize=5.5, fillColor=INK,
                     textAnchor="middle"))
    ky = key_h - 10
    for i, line in enumerate(key_lines):
        col, row = divmod(i, rows)
        d.add(String(col * (col_w + 10), ky - row * (LABEL_SIZE + 3), line, fontName=fonts.regular,
                     fontSize=LABEL_SIZE, fillColor=INK))
    return d


def drawing_to_png(d: Drawing, fonts: FontSet, scale: float = 2.5) -> bytes | None:
    """PNG bytes of the drawing, or ``None`` when no rasteriser is available."""
    try:
        from reportlab.graphics import renderPM

        return bytes(renderPM.drawToString(d, fmt="PNG", dpi=int(72 * scale)))
    except Exception:  # renderPM needs the optional rlPyCairo backend
        pass
    return render_png(d, fonts, scale)
