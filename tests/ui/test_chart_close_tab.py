"""Closing a chart tab with work on it asks first; an untouched or saved chart closes at once."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton
from tests.ui import test_chart_selection as selection
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_selection import LEFT
from tests.ui.test_chart_undo import drag

from casebench.ui import chart_view
from casebench.ui.dialogs import ask

linked_case = selection.linked_case
chart = selection.chart


def real_question(monkeypatch) -> None:
    """The seam as the window has it (the fixtures answer it): ask's scripted answers reply."""
    monkeypatch.setattr(chart_view, "confirm_lose_charts",
                        lambda parent, title, text: ask.confirm(parent, title, text))


def test_a_moved_chart_asks_before_closing_and_no_keeps_it(qtbot, chart, linked_case, monkeypatch) -> None:
    real_question(monkeypatch)
    tab = chart.tab
    assert chart.items and not tab.undo.unsaved()  # as opened: nothing to lose
    drag(chart, linked_case["ana"], QPoint(60, 40))
    assert tab.undo.unsaved()
    with ask.scripted([False]) as log:
        chart.close_tab(chart.tabs.indexOf(tab))
    assert log and log[0][0] == "confirm" and "not saved" in log[0][2]
    assert chart.tabs.indexOf(tab) >= 0 and chart.items  # kept, with its entities
    with ask.scripted([True]):
        chart.close_tab(chart.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: chart.tabs.indexOf(tab) < 0, timeout=TIMEOUT)


def test_undone_or_saved_work_closes_without_asking(qtbot, chart, linked_case, monkeypatch) -> None:
    real_question(monkeypatch)
    tab = chart.tab
    drag(chart, linked_case["ana"], QPoint(60, 40))
    qtbot.mouseClick(chart.undo.undo_button, LEFT)  # back where it was opened: nothing to lose
    qtbot.waitUntil(lambda: not tab.undo.unsaved(), timeout=TIMEOUT)
    drag(chart, linked_case["bruno"], QPoint(-40, 30))
    with ask.scripted(["Mine"]):
        qtbot.mouseClick(next(b for b in chart.findChildren(QPushButton) if b.text() == "Save as…"), LEFT)
    qtbot.waitUntil(lambda: not tab.undo.unsaved(), timeout=TIMEOUT)
    with ask.scripted([]):  # any question would exhaust the script and fail
        chart.close_tab(chart.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: chart.tabs.indexOf(tab) < 0, timeout=TIMEOUT)


def test_closing_the_case_names_the_charts_not_saved_and_no_stays(qtbot, bench, chart, linked_case,
                                                                  monkeypatch) -> None:
    drag(chart, linked_case["ana"], QPoint(60, 40))
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(chart_view, "confirm_lose_charts", lambda _p, _t, text: asked.append(text) or answer[0])
    bench.ask_close_case()
    assert asked == ["1 chart has changes that are not saved: “Chart 1”. Close the case and lose them? "
                     "(No keeps them: save them on the Link chart page.)"]
    assert bench.session.is_open and chart.items  # stayed, chart and all
    assert bench.caseview.stack.currentWidget() is chart  # shown where the charts are
    answer[0] = True
    bench.ask_close_case()
    qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)


def test_the_idle_lock_closes_unsaved_charts_and_says_so(qtbot, bench, chart, linked_case) -> None:
    drag(chart, linked_case["ana"], QPoint(60, 40))
    bench._idle_lock()
    assert bench.locked and bench.unlock_dialog is not None
    intro = bench.unlock_dialog.intro.text()
    assert "1 chart with changes not saved was closed when the case locked." in intro
    assert "Chart 1" not in intro  # the lock screen names nothing of the case
    bench.unlock_dialog.reject()
