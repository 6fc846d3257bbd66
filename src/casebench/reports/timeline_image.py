"""A timeline as an image file (SVG or PNG) with its TLP marking in a black band on top.

The band carries the title on the left and the TLP label on the right (12 pt, TLP 2.0
colours). ``services.charts.export_timeline`` chooses the window, applies handling and
records the disclosure; this module only draws and encodes.
"""

from __future__ import annotations

from typing import Any

from casebench.domain.drawing import Timeline
from casebench.domain.handling import TLP
from casebench.reports.chart_render import drawing_to_png, timeline_drawing
from casebench.reports.fonts import FontSet, pack_fonts

FORMATS = ("svg", "png")
WIDTH = 760.0  # points: the timeline's drawing width before the band


def marked_drawing(d: Any, tlp: TLP, title: str, fonts: FontSet) -> Any:
    """The drawing with a black band on top: title left, TLP label right (12 pt, its colour)."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    band = 26.0
    width, height = float(d.width), float(d.height)
    out = Drawing(width, height + band)
    out.add(Rect(0, 0, width, height + band, fillColor=colors.white, strokeColor=None))
    for shape in d.contents:
        out.add(shape)
    out.add(Rect(0, height, width, band, fillColor=colors.black, strokeColor=None))
    label = tlp.label
    lw = stringWidth(label, fonts.bold, 12)
    out.add(String(width - 8 - lw, height + 8, label, fontName=fonts.bold, fontSize=12,
                   fillColor=colors.HexColor(tlp.colour)))
    room = width - lw - 30
    text = title
    while text and stringWidth(text, fonts.regular, 9) > room:
        text = text[:-2]
    out.add(String(8, height + 9, text if text == title else text + "…", fontName=fonts.regular,
                   fontSize=9, fillColor=colors.white))
    return out


def encode(d: Any, fmt: str, fonts: FontSet) -> bytes:
    """The drawing as SVG text or a PNG at twice its size."""
    if fmt == "svg":
        from reportlab.graphics import renderSVG

        return str(renderSVG.drawToString(d)).encode("utf-8")
    png = drawing_to_png(d, fonts, scale=2.0)
    if png is None:
        raise RuntimeError("no PNG renderer is available (reportlab renderPM or Pillow)")
    return png


def timeline_image(timeline: Timeline, tlp: TLP, fmt: str, lang: str = "en") -> bytes:
    """``timeline`` (already cleaned of control characters) drawn, marked and encoded."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    fonts = pack_fonts()
    d = timeline_drawing(timeline, WIDTH, lang, fonts)
    return encode(marked_drawing(d, tlp, timeline.title, fonts), fmt, fonts)
