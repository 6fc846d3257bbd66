"""A timeline image: drawn, marked with its TLP in the band on top, and encoded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from casebench.domain.drawing import Timeline, TimelineItem
from casebench.domain.handling import TLP
from casebench.reports.timeline_image import timeline_image


def _timeline() -> Timeline:
    t0 = datetime(2024, 1, 17, 9, 40, tzinfo=UTC)
    items = [TimelineItem("1", "Seizure at Algeciras", "Seizure", t0, lane="ES"),
             TimelineItem("2", "Transfer at sea", "Event", t0 + timedelta(days=3), lane="GW")]
    return Timeline.from_items(items, title="Operation Mar Azul — timeline")


def test_svg_carries_the_marking_and_title() -> None:
    svg = timeline_image(_timeline(), TLP.AMBER_STRICT, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg
    assert "TLP:AMBER+STRICT" in svg
    assert "Operation Mar Azul" in svg


def test_png_and_unknown_format() -> None:
    assert timeline_image(_timeline(), TLP.GREEN, "png").startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="svg, png"):
        timeline_image(_timeline(), TLP.GREEN, "pdf")
