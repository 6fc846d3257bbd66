from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from casebench.domain.drawing import (
    Chart,
    Edge,
    LineStyle,
    Node,
    Shape,
    Timeline,
    TimelineItem,
)
from casebench.reports.chart_render import chart_drawing, drawing_to_png, timeline_drawing
from casebench.reports.fonts import pack_fonts

from .conftest import DemoPack


def test_shapes_follow_i2() -> None:
    assert Shape.for_kind("Person") is Shape.CIRCLE
    assert Shape.for_kind("Company") is Shape.RECTANGLE
    assert Shape.for_kind("Address") is Shape.DIAMOND
    assert Shape.for_kind("Event") is Shape.HEXAGON
    assert Shape.for_kind("BankAccount") is Shape.TRIANGLE
    assert Shape.for_kind("Vessel") is Shape.SQUARE
    assert LineStyle.for_confidence("probable") is LineStyle.DASHED


def test_chart_legend_and_bounds() -> None:
    chart = Chart(
        "t",
        (Node("a", "A", x=10, y=5), Node("b", "B", "Company", Shape.RECTANGLE, 50, 40)),
        (Edge("a", "b", "owner", LineStyle.DOTTED, directed=True, grade="B2", count=3),
         Edge("a", "zz")),
    )  # fmt: skip
    legend = chart.legend()
    assert legend.shapes == (Shape.CIRCLE, Shape.RECTANGLE)
    assert legend.line_styles == (LineStyle.SOLID, LineStyle.DOTTED)
    assert legend.directed
    assert chart.bounds() == (10, 5, 50, 40)
    assert len(chart.valid_edges()) == 1
    assert chart.edges[0].caption == "owner [B2] ×3"


def test_timeline() -> None:
    t0 = datetime(2024, 3, 1, tzinfo=UTC)
    items = [
        TimelineItem("1", "x", "Event", t0, lane="ES"),
        TimelineItem("2", "y", "Event", t0 + timedelta(days=1), t0 + timedelta(days=4), lane="GW"),
    ]
    tl = Timeline.from_items(items)
    assert tl.lanes == ("ES", "GW")
    assert tl.start == t0 and tl.end == t0 + timedelta(days=4)
    with pytest.raises(ValueError, match="timezone-aware"):
        TimelineItem("3", "z", "Event", datetime(2024, 1, 1))


def test_drawings_render_to_png(demo_pack: DemoPack) -> None:
    pack = demo_pack("fr")
    assert pack.chart is not None and pack.timeline_chart is not None
    fonts = pack_fonts()
    png = drawing_to_png(chart_drawing(pack.chart, 480, "fr", fonts), fonts)
    assert png is not None and png.startswith(b"\x89PNG")
    png = drawing_to_png(timeline_drawing(pack.timeline_chart, 480, "fr", fonts), fonts)
    assert png is not None and png.startswith(b"\x89PNG")
