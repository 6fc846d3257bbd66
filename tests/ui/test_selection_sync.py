"""Selection sync: the entity open in the list is the one marked on the timeline and chart."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT


def test_opening_an_entity_marks_it_on_the_timeline(qtbot, opened) -> None:
    cv = opened.caseview
    timeline = cv.pages["timeline"]
    chart = cv.pages["chart"]
    marked: list[str] = []
    chart.select_entities = marked.extend  # the chart marks whatever the list opens
    qtbot.waitUntil(lambda: cv.entities.model.ready, timeout=TIMEOUT)
    summary = cv.entities.model.summary(0)
    assert summary is not None
    cv.entities.open_entity(summary.id)
    assert timeline.canvas.selected == summary.id
    assert marked == [summary.id]

