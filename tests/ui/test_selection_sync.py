"""Selection sync: the entity open in the list is the one marked on the timeline and chart."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT


def test_opening_an_entity_marks_it_on_the_timeline(qtbot, opened) -> None:
    cv = opened.caseview
    timeline = cv.pages["timeline"]
    chart = cv.pages["chart"]
    marked: list[str] = []
    chart.select_entities = marked.extend  # the chart keeps what the user picked on it
    qtbot.waitUntil(lambda: cv.entities.model.ready, timeout=TIMEOUT)
    summary = cv.entities.model.summary(0)
    assert summary is not None
    cv.entities.open_entity(summary.id)
    assert timeline.canvas.selected == summary.id
    assert marked == []



def test_opening_from_elsewhere_clears_a_stale_list_filter(qtbot, opened) -> None:
    cv = opened.caseview
    qtbot.waitUntil(lambda: cv.entities.model.ready, timeout=TIMEOUT)
    summary = cv.entities.model.summary(0)
    assert summary is not None
    qtbot.keyClicks(cv.entities.filter_text, "zzz-nothing")
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total == 0, timeout=TIMEOUT)
    cv.open_entity(summary.id)  # as a timeline item or a search hit does
    assert cv.entities.filter_text.text() == ""
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total >= 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: cv.entities.editor.entity is not None, timeout=TIMEOUT)
    assert cv.entities.editor.entity.id == summary.id
