"""Undo and redo on the chart page, driven with the mouse and keys in the real window:
drag a node then Ctrl+Z puts it back, remove then undo brings it back, a layout is
undone, hiding a kind is undone, each chart tab keeps its own history."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from tests.ui import test_chart_selection as selection
from tests.ui.conftest import TIMEOUT, shown
from tests.ui.test_chart_selection import LEFT, NONE, at, click

from casebench.ui.chart_view import ChartView

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

linked_case = selection.linked_case  # the fixtures of the chart selection tests
chart = selection.chart


def drag(view: ChartView, entity_id: str, by: QPoint) -> None:
    vp = view.view.viewport()
    start = at(view, entity_id)
    QTest.mousePress(vp, LEFT, NONE, start)
    for i in range(1, 6):
        QTest.mouseMove(vp, start + by * i / 5, 10)
    QTest.mouseRelease(vp, LEFT, NONE, start + by, 10)


def key(qtbot, view: ChartView, modifiers: Qt.KeyboardModifier) -> None:
    window = view.window()
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Z, modifiers)


def test_drag_then_ctrl_z_puts_the_node_back_and_redo_moves_it_again(qtbot, chart, linked_case) -> None:
    ana = linked_case["ana"]
    assert not chart.undo.undo_button.isEnabled()  # nothing done yet
    before = chart.items[ana].pos()
    drag(chart, ana, QPoint(60, 40))
    moved = chart.items[ana].pos()
    assert (moved - before).manhattanLength() > 20
    assert chart.undo.undo_button.isEnabled()
    assert "moving" in chart.undo.undo_button.toolTip()
    key(qtbot, chart, CTRL)
    qtbot.waitUntil(lambda: (chart.items[ana].pos() - before).manhattanLength() < 0.5, timeout=TIMEOUT)
    assert chart.positions[ana] == pytest.approx((before.x(), before.y()), abs=0.2)
    assert "Undone" in chart.notice.text()
    key(qtbot, chart, CTRL_SHIFT)
    qtbot.waitUntil(lambda: (chart.items[ana].pos() - moved).manhattanLength() < 0.5, timeout=TIMEOUT)
    assert not chart.undo.redo_button.isEnabled()


def test_remove_then_undo_brings_it_back_where_it_was(qtbot, chart, linked_case) -> None:
    bruno = linked_case["bruno"]
    where = chart.items[bruno].pos()
    click(chart, bruno)
    QTest.keyClick(chart.view, Qt.Key.Key_Delete)
    assert bruno not in chart.items and bruno not in chart.on
    assert "removing" in chart.undo.undo_button.toolTip()
    qtbot.mouseClick(chart.undo.undo_button, LEFT)  # the toolbar button
    qtbot.waitUntil(lambda: bruno in chart.items, timeout=TIMEOUT)
    assert (chart.items[bruno].pos() - where).manhattanLength() < 0.5
    assert chart.undo.redo_button.isEnabled()
    qtbot.mouseClick(chart.undo.redo_button, LEFT)
    qtbot.waitUntil(lambda: bruno not in chart.items, timeout=TIMEOUT)


def test_layout_then_undo_restores_every_position(qtbot, chart, linked_case) -> None:
    before = dict(chart.positions)
    chart.method.setCurrentIndex(chart.method.findData("circular"))
    lay_out = next(b for b in chart.findChildren(QPushButton) if b.text() == "Lay out")
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(lay_out, LEFT)
    assert chart.positions != before
    assert "layout" in chart.undo.undo_button.toolTip()
    key(qtbot, chart, CTRL)
    qtbot.waitUntil(lambda: chart.positions == before, timeout=TIMEOUT)
    for n, (x, y) in before.items():
        if n in chart.items:
            assert (chart.items[n].pos().x(), chart.items[n].pos().y()) == pytest.approx((x, y), abs=0.2)


def test_hiding_a_kind_and_expand_are_undone_per_tab(qtbot, chart, linked_case) -> None:
    ids = linked_case
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.set_kind_shown("Company", False)
    assert ids["co"] not in chart.items
    key(qtbot, chart, CTRL)
    qtbot.waitUntil(lambda: ids["co"] in chart.items, timeout=TIMEOUT)
    assert "Company" not in chart.hidden_kinds
    kinds_menu = chart.kinds_btn.menu()
    company = next(a for a in kinds_menu.actions() if a.data() == "Company")
    assert company.isChecked()  # the Kinds menu follows the undo
    # a second tab has its own history: empty, then an add and an expand
    first = chart.tab
    second = chart.new_tab()
    assert not chart.undo.undo_button.isEnabled()
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.show_entities([ids["carla"]])
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.expand([ids["carla"]])
    assert {ids["bruno"], ids["dario"]} <= set(chart.items)
    key(qtbot, chart, CTRL)
    qtbot.waitUntil(lambda: set(chart.items) == {ids["carla"]}, timeout=TIMEOUT)
    key(qtbot, chart, CTRL)
    qtbot.waitUntil(lambda: not chart.items, timeout=TIMEOUT)
    assert not chart.undo.undo_button.isEnabled()
    chart.tabs.setCurrentWidget(first)
    assert chart.undo.redo_button.isEnabled()  # the first tab's undone hide can be redone
    assert chart.tab is first and second is not first


def test_saved_chart_round_trip_and_an_old_format_chart_opens(qtbot, chart, linked_case) -> None:
    from casebench.store import charts as repo
    from casebench.ui.dialogs import ask

    ids = linked_case
    drag(chart, ids["ana"], QPoint(50, -30))
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.set_kind_shown("Company", False)
    placed = dict(chart.positions)
    with ask.scripted(["Mine"]):
        qtbot.mouseClick(next(b for b in chart.findChildren(QPushButton) if b.text() == "Save as…"), LEFT)
    qtbot.waitUntil(lambda: chart.charts.findData("Mine") >= 0, timeout=TIMEOUT)
    # a chart saved by casebench before aggregated links and format 2
    old = {"version": 1, "nodes": [ids["ana"], ids["bruno"]],
           "positions": {ids["ana"]: [0, 0], ids["bruno"]: [200, 0]}, "hidden_kinds": [],
           "hidden_tags": [], "layout": "force", "seed": 0}
    done: list[object] = []
    chart.session.call(repo.save_chart, "From last year", old, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    chart.refresh_list()
    qtbot.waitUntil(lambda: chart.charts.findData("From last year") >= 0, timeout=TIMEOUT)

    def open_saved(name: str) -> None:
        index = chart.charts.findData(name)
        with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
            chart.charts.setCurrentIndex(index)
            chart.charts.activated.emit(index)  # chosen in the list, as a click would

    chart.new_tab()
    open_saved("Mine")
    assert chart.tabs.tabText(chart.tabs.currentIndex()) == "Mine"
    assert chart.hidden_kinds == {"Company"} and ids["co"] not in chart.items
    for n in chart.items:
        assert chart.positions[n] == pytest.approx(placed[n], abs=0.01)
    assert not chart.undo.undo_button.isEnabled()  # the saved chart is where its history starts
    chart.new_tab()
    open_saved("From last year")
    assert set(chart.items) == {ids["ana"], ids["bruno"]}
    assert chart.positions[ids["bruno"]] == (200.0, 0.0)
    assert (chart.items[ids["bruno"]].pos().x(), chart.items[ids["bruno"]].pos().y()) == (200.0, 0.0)


def test_undo_buttons_follow_a_language_switch(qtbot, chart, linked_case) -> None:
    from casebench.ui import i18n

    drag(chart, linked_case["ana"], QPoint(40, 40))
    i18n.install("es")
    qtbot.waitUntil(lambda: chart.undo.undo_button.text() == "Deshacer", timeout=TIMEOUT)
    assert chart.undo.redo_button.text() == "Rehacer"
    assert shown(chart.undo.undo_button.toolTip()) == "Deshacer: mover entidades (1) (Ctrl+Z)"


def test_expanded_aggregated_links_are_undone_saved_and_reopened(qtbot, chart, linked_case) -> None:
    """A chart that aggregates links keeps the set of aggregated links shown one by one in
    ``links.expanded`` (a click on an aggregated link toggles it and redraws)."""
    from casebench.services import charts
    from casebench.ui.dialogs import ask

    tab = chart.tab
    tab.links.expanded.add("Call|ana|bruno")  # type: ignore[attr-defined]
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        tab.rebuild()  # as expanding one aggregated link does
    assert "links" in chart.undo.undo_button.toolTip()
    key(qtbot, chart, CTRL)
    assert tab.links.expanded == set()  # type: ignore[attr-defined]
    key(qtbot, chart, CTRL_SHIFT)
    assert tab.links.expanded == {"Call|ana|bruno"}  # type: ignore[attr-defined]
    with ask.scripted(["Aggregated"]):
        qtbot.mouseClick(next(b for b in chart.findChildren(QPushButton) if b.text() == "Save as…"), LEFT)
    qtbot.waitUntil(lambda: chart.charts.findData("Aggregated") >= 0, timeout=TIMEOUT)
    got: list[charts.SavedChart] = []
    chart.session.call(charts.load_chart, "Aggregated", on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    assert got[0].expanded_links == ["Call|ana|bruno"]
    tab.links.expanded.clear()  # type: ignore[attr-defined]
    index = chart.charts.findData("Aggregated")
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.charts.setCurrentIndex(index)
        chart.charts.activated.emit(index)  # the same chart: opens in this tab
    assert chart.tab is tab and tab.links.expanded == {"Call|ana|bruno"}  # type: ignore[attr-defined]
