"""A link chart printed on one sheet: PDF (vector), SVG and PNG from the same drawing.

The sheet is a flat reportlab ``Drawing`` of the whole page (A4 or A3, portrait or
landscape): the TLP label top and bottom right (TLP 2.0 colours on black), the title,
case reference and print date in the header, the chart drawn by
:func:`~casebench.reports.chart_render.chart_drawing_planned` at print size (text never
below 7 pt) with its legend, and the footer. PDF embeds it as vectors; SVG is written
from the same shapes; PNG rasterises them (``chart_render.drawing_to_png``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from casebench.domain.drawing import Chart
from casebench.domain.handling import TLP
from casebench.reports import labels, vocab
from casebench.reports.chart_render import (
    ChartPlan,
    chart_drawing_planned,
    drawing_to_png,
    fit_line,
)
from casebench.reports.fonts import FontSet, font_glyphs, pack_fonts
from casebench.reports.sanitize import clean, glyph_filter

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "A3": A3}
ORIENTATIONS = ("landscape", "portrait")
FORMATS = ("pdf", "svg", "png")
MARGIN = 14 * mm
TLP_SIZE = 12.0
HEAD_H = 40.0  # header band: title, reference and date, TLP label
FOOT_H = 24.0


@dataclass(frozen=True)
class SheetInfo:
    """What the sheet says about the chart besides the chart itself."""

    title: str
    tlp: TLP
    case_reference: str = ""
    printed_on: date | None = None
    lang: str = "en"


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    if orientation not in ORIENTATIONS:
        raise ValueError(f"orientation must be landscape or portrait, not {orientation!r}")
    size = PAPERS[paper]
    return landscape(size) if orientation == "landscape" else portrait(size)


def _shift(shape: Any, dx: float, dy: float) -> Any:
    """Move one of chart_render's flat shapes (no transforms: the PNG walker needs none)."""
    if isinstance(shape, Rect):
        shape.x, shape.y = shape.x + dx, shape.y + dy
    elif isinstance(shape, Circle):
        shape.cx, shape.cy = shape.cx + dx, shape.cy + dy
    elif isinstance(shape, Polygon):
        shape.points = [v + (dx if i % 2 == 0 else dy) for i, v in enumerate(shape.points)]
    elif isinstance(shape, Line):
        shape.x1, shape.y1, shape.x2, shape.y2 = shape.x1 + dx, shape.y1 + dy, shape.x2 + dx, shape.y2 + dy
    elif isinstance(shape, String):
        shape.x, shape.y = shape.x + dx, shape.y + dy
    return shape


def _tlp_label(d: Drawing, tlp: TLP, right: float, baseline: float, font: str) -> None:
    """The TLP label in its colour on a black box, right-aligned at ``right``."""
    w = stringWidth(tlp.label, font, TLP_SIZE)
    d.add(Rect(right - w - 8, baseline - 0.3 * TLP_SIZE, w + 8, TLP_SIZE * 1.25,
               fillColor=colors.black, strokeColor=None))
    d.add(String(right - 4, baseline, tlp.label, fontName=font, fontSize=TLP_SIZE,
                 fillColor=colors.HexColor(tlp.colour), textAnchor="end"))


def chart_sheet(chart: Chart, info: SheetInfo, paper: str = "A4", orientation: str = "landscape",
                fonts: FontSet | None = None) -> tuple[Drawing, ChartPlan]:
    """The whole page as one drawing, and the chart's plan (label boxes, sizes)."""
    fonts = fonts or pack_fonts()
    page_w, page_h = page_size(paper, orientation)
    # Case data is untrusted: control characters dropped (a NUL makes SVG unreadable XML),
    # characters the embedded font lacks spelled out as [U+…] as in the pack.
    extra = glyph_filter(font_glyphs(fonts)) if fonts.embedded else None
    chart, info = clean(chart, extra), clean(info, extra)
    lang = info.lang
    d = Drawing(page_w, page_h)
    d.add(Rect(0, 0, page_w, page_h, fillColor=colors.white, strokeColor=None))
    right = page_w - MARGIN
    inner_w = page_w - 2 * MARGIN
    # header: title left, TLP right; reference and date under the title
    top = page_h - MARGIN - TLP_SIZE
    _tlp_label(d, info.tlp, right, top, fonts.bold)
    room = inner_w - stringWidth(info.tlp.label, fonts.bold, TLP_SIZE) - 24
    d.add(String(MARGIN, top, fit_line(info.title or "", fonts.bold, 11, room), fontName=fonts.bold,
                 fontSize=11, fillColor=colors.black))
    printed = info.printed_on or date.today()
    facts = [f"{labels.text(lang, 'case_reference')}: {info.case_reference}" if info.case_reference else "",
             f"{labels.text(lang, 'chart_printed')}: {printed:%d/%m/%Y}"]
    line = " · ".join(f for f in facts if f)
    d.add(String(MARGIN, top - 14, fit_line(line, fonts.regular, 8, room), fontName=fonts.regular,
                 fontSize=8, fillColor=colors.HexColor("#333333")))
    rule_top = page_h - MARGIN - HEAD_H + 6
    d.add(Line(MARGIN, rule_top, right, rule_top, strokeColor=colors.HexColor("#999999"), strokeWidth=0.5))
    # footer: the marking again, with the reference and date
    bottom = MARGIN
    d.add(Line(MARGIN, bottom + 16, right, bottom + 16, strokeColor=colors.HexColor("#999999"),
               strokeWidth=0.5))
    _tlp_label(d, info.tlp, right, bottom + 2, fonts.bold)
    d.add(String(MARGIN, bottom + 2, fit_line(line, fonts.regular, 8, room), fontName=fonts.regular,
                 fontSize=8, fillColor=colors.HexColor("#333333")))
    # the chart between them, at print size
    chart_h = page_h - 2 * MARGIN - HEAD_H - FOOT_H
    drawing, plan = chart_drawing_planned(chart, inner_w, lang, fonts, height=chart_h)
    for shape in drawing.contents:
        d.add(_shift(shape, MARGIN, MARGIN + FOOT_H))
    return d, plan


def sheet_bytes(d: Drawing, fmt: str, info: SheetInfo, fonts: FontSet | None = None) -> bytes:
    """The sheet as a PDF (one vector page), SVG or PNG file's bytes."""
    fonts = fonts or pack_fonts()
    if fmt == "pdf":
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(d.width, d.height), invariant=0)
        c.setTitle(info.title)
        c.setSubject(f"{info.tlp.label} {info.case_reference}".strip())
        c.setCreator("casebench")
        renderPDF.draw(d, c, 0, 0)
        c.showPage()
        c.save()
        return buf.getvalue()
    if fmt == "svg":
        return str(renderSVG.drawToString(d)).encode("utf-8")
    if fmt == "png":
        png = drawing_to_png(d, fonts, scale=2.0)
        if png is None:
            raise RuntimeError("no PNG renderer is available (reportlab renderPM or Pillow)")
        return png
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def localised(chart: Chart, lang: str) -> Chart:
    """The chart with its link labels in ``lang`` (relationship verbs, property labels),
    as the pack prints them; names stay as recorded."""
    if lang == "en":
        return chart
    edges = tuple(replace(e, label=vocab.link_label(lang, e.kind, e.label)) for e in chart.edges)
    return replace(chart, edges=edges)
