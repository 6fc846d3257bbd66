"""Timeline and chart in the real window: selecting on one marks on the other, both ways,
with real clicks; and theme lines (one lane per selected entity) fed from the selection.

Ana called Bruno on 11 March 2024, Bruno paid Carla on 15 March (the linked case of the
chart selection tests)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.ui import test_chart_selection as selection
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_selection import CTRL, click, consultations

from casebench.ui.chart_view import ChartView
from casebench.ui.timeline_view import TimelineView
from casebench.ui.workbench import Workbench

linked_case = selection.linked_case  # the fixtures of the chart selection tests
chart = selection.chart


def timeline_of(qtbot, bench: Workbench) -> TimelineView:
    view = bench.caseview.pages["timeline"]
    assert isinstance(view, TimelineView)
    view.resize(1200, 600)
    with qtbot.waitSignal(view.windowLoaded, timeout=TIMEOUT):
        bench.caseview.select("timeline")
    return view


def item_of(view: TimelineView, entity_id: str):
    item = view.canvas.item_for(entity_id)
    assert item is not None, entity_id
    return item


def rows_by_schema(view: TimelineView, schema: str) -> str:
    return next(d.row.entity_id for d in view.canvas.items if d.row.schema == schema)


def test_selecting_on_the_chart_marks_on_the_timeline_and_back(qtbot, bench, chart: ChartView,
                                                               linked_case) -> None:
    ids = linked_case
    before = consultations(qtbot, bench)
    click(chart, ids["ana"])  # Ana, on the chart
    timeline = timeline_of(qtbot, bench)
    canvas = timeline.canvas
    call, payment = rows_by_schema(timeline, "Call"), rows_by_schema(timeline, "Payment")
    assert canvas.marked == {ids["ana"]}
    assert canvas.is_marked(item_of(timeline, call))  # her call is marked
    assert not canvas.is_marked(item_of(timeline, payment))  # Bruno paying Carla is not
    # a click on the payment on the timeline: it is the selection now; the chart marks its ends
    centre = canvas.item_rect(item_of(timeline, payment)).center().toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert bench.caseview.selection.ids == [payment]
    assert bench.caseview.stack.currentWidget() is timeline  # selecting leaves nobody's page
    assert canvas.is_marked(item_of(timeline, payment)) and not canvas.is_marked(item_of(timeline, call))
    assert set(chart.selected_ids()) == {ids["bruno"], ids["carla"]}
    bench.caseview.select("chart")  # showing the chart again keeps the selection (no reload: no wait)
    qtbot.wait(50)
    assert set(chart.selected_ids()) == {ids["bruno"], ids["carla"]}
    assert consultations(qtbot, bench) == before  # selecting, either way, writes nothing
    # a double-click on the timeline opens (one consultation)
    timeline = timeline_of(qtbot, bench)
    centre = timeline.canvas.item_rect(item_of(timeline, payment)).center().toPoint()
    qtbot.mouseDClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: consultations(qtbot, bench) == before + 1, timeout=TIMEOUT)


def test_theme_lines_one_lane_per_selected_entity(qtbot, bench, chart: ChartView, linked_case) -> None:
    ids = linked_case
    click(chart, ids["ana"])
    click(chart, ids["carla"], CTRL)
    timeline = timeline_of(qtbot, bench)
    canvas = timeline.canvas
    call, payment = rows_by_schema(timeline, "Call"), rows_by_schema(timeline, "Payment")
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        timeline.lanes.setCurrentIndex(timeline.lanes.findData("selection"))
    assert timeline.lanes.currentText() == "Lanes for the selection"
    assert canvas.lanes == ["Ana Gomes", "Carla Mendes"]  # in the order selected

    def lanes_of(entity_id: str) -> list[str]:
        return sorted(canvas.lanes[d.lane] for d in canvas.items if d.row.entity_id == entity_id)

    assert lanes_of(call) == ["Ana Gomes"] and lanes_of(payment) == ["Carla Mendes"]
    assert canvas.marked_items() == []  # every item here concerns the selection: none stands out
    # Bruno joins the selection on the chart: his lane appears, the call and the payment
    # are each on the lanes of both their parties
    bench.caseview.select("chart")
    click(chart, ids["bruno"], CTRL)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        bench.caseview.select("timeline")
    qtbot.waitUntil(lambda: len(canvas.lanes) == 3, timeout=TIMEOUT)
    assert canvas.lanes == ["Ana Gomes", "Carla Mendes", "Bruno Diallo"]
    assert lanes_of(call) == ["Ana Gomes", "Bruno Diallo"]
    assert lanes_of(payment) == ["Bruno Diallo", "Carla Mendes"]
    # nothing selected: an empty timeline that says what to do
    bench.caseview.select("chart")
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        bench.caseview.select("timeline")
    qtbot.waitUntil(lambda: canvas.lanes == [], timeout=TIMEOUT)
    assert "Select people" in canvas.message
