"""The pack's timeline chart: every marker and its number stand apart, however many
things happened on one day (the demo's arrests of 21/05/2024 were drawn on top of
each other: numbers 27-33 over 34-36)."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Circle, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from casebench.domain.placement import intersects
from casebench.reports.chart_render import timeline_drawing
from casebench.reports.fonts import pack_fonts
from casebench.reports.pdf import FRAME_W

from .conftest import DemoPack

Box = tuple[float, float, float, float]


def test_demo_timeline_markers_never_overlap(demo_pack: DemoPack) -> None:
    tl = demo_pack("en").timeline_chart
    assert tl is not None
    fonts = pack_fonts()
    d = timeline_drawing(tl, FRAME_W, "en", fonts)
    circles = [s for s in d.contents if isinstance(s, Circle)]
    numbers = [s for s in d.contents if isinstance(s, String) and s.text.isdigit()]
    assert len(circles) == len(numbers) == len(tl.items)
    # the demo's busiest day, several arrests and seizures at once, is on the chart
    same_day = max(len(list(g)) for _, g in itertools.groupby(
        sorted(it.start_utc.date() for it in tl.items)))
    assert same_day >= 8
    boxes: list[Box] = [(c.cx - c.r, c.cy - c.r, c.cx + c.r, c.cy + c.r) for c in circles]
    for a, b in itertools.combinations(boxes, 2):
        assert not intersects(a, b), (a, b)
    text_boxes: list[tuple[str, Box]] = []
    for s in numbers:
        w = stringWidth(s.text, s.fontName, s.fontSize)
        text_boxes.append((s.text, (s.x - w / 2, s.y, s.x + w / 2, s.y + s.fontSize * 0.75)))
    for (ta, a), (tb, b) in itertools.combinations(text_boxes, 2):
        assert not intersects(a, b), (ta, tb)
    # each marker sits inside one lane's band
    bands = [r for r in d.contents if isinstance(r, Rect) and r.x == 0 and r.width == d.width]
    for c in circles:
        for r in bands:
            inside = r.y <= c.cy - c.r and c.cy + c.r <= r.y + r.height
            apart = c.cy + c.r <= r.y or c.cy - c.r >= r.y + r.height
            assert inside or apart, (c.cx, c.cy)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_printed_timeline_numbers_do_not_overlap(pdf_dir: Path) -> None:
    """The same on the printed page, read back with ``pdftotext -bbox``."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf_dir / "en.pdf"), "-"], check=True,
                          capture_output=True, text=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    checked = 0
    for page in html.split("<page ")[1:]:
        words = [(float(a), float(b), float(c), float(e), t) for a, b, c, e, t in word.findall(page)]
        if not any(t == "Meetings" for *_, t in words):
            continue
        # marker numbers: digits in the 5.5 pt bold of the markers
        marks = [w for w in words if w[4].isdigit() and w[3] - w[1] < 6.5]
        for a, b in itertools.combinations(marks, 2):
            assert not intersects(a[:4], b[:4]), (a[4], b[4])
        checked += len(marks)
    assert checked >= 30
