"""Putting entities on a chart, in the real window: Show on chart from the entity list,
the entity page, search results and the timeline; Expand with a limit that says how many
stayed off; Remove; hiding kinds; tabs; the find box; the over-cap note; the big-case hint.

A "big" case here is one with more entities than the chart size limit, which the tests
set low through Settings › Chart size limit, as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QToolButton
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.ui.chart_view import ChartView
from casebench.ui.dialogs import ask
from casebench.ui.workbench import Workbench

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
HUB_CALLERS = 12


@pytest.fixture
def linked_case(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids: dict[str, str] = {}
    for key, name in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"), ("carla", "Carla Mendes"),
                      ("dario", "Dário Sá")):
        ids[key] = add_entity(c, EntityDraft("Person", [("name", name)]))
    ids["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")], tags=["R&D"]))
    add_entity(c, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]))
    ids["call"] = add_entity(c, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                                     ("date", "2024-03-11T14:05Z")]))
    add_entity(c, EntityDraft("Payment", [("payer", ids["bruno"]), ("beneficiary", ids["carla"]),
                                          ("date", "2024-03-15")]))
    add_entity(c, EntityDraft("Associate", [("person", ids["carla"]), ("associate", ids["dario"])]))
    for i in range(HUB_CALLERS):  # Dário is a hub: a dozen people called him
        who = add_entity(c, EntityDraft("Person", [("name", f"Caller {i:02d}")]))
        add_entity(c, EntityDraft("Call", [("caller", who), ("receiver", ids["dario"]),
                                           ("date", f"2024-04-{i + 1:02d}")]))
    c.close()
    return ids


def set_cap(qtbot, bench: Workbench, cap: int) -> None:
    """Settings › Chart size limit…, answered as a user would."""
    with ask.scripted([str(cap)]):
        bench.act_chart_cap.trigger()
    assert bench.prefs.chart_cap() == cap


def open_case(qtbot, bench: Workbench, case_path: Path, cap: int) -> ChartView:
    set_cap(qtbot, bench, cap)
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    chart = bench.caseview.pages["chart"]
    assert isinstance(chart, ChartView)
    return chart


def show_chart_page(qtbot, bench: Workbench, chart: ChartView) -> None:
    bench.caseview.select("chart")
    qtbot.waitUntil(lambda: chart.graph is not None and not chart._loading, timeout=TIMEOUT)


def row_of(bench: Workbench, entity_id: str) -> int:
    model = bench.caseview.entities.model
    for row in range(model.rowCount()):
        summary = model.summary(row)
        if summary is not None and summary.id == entity_id:
            return row
    raise AssertionError(f"{entity_id} is not listed")


def click_row(qtbot, bench: Workbench, entity_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = bench.caseview.entities.table
    index = bench.caseview.entities.model.index(row_of(bench, entity_id), 1)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), LEFT, modifier, table.visualRect(index).center())


def context_menu_action(qtbot, widget, pos: QPoint):
    """Right-click ``widget`` at ``pos``: the "Show on chart" entry of the menu that opens."""
    widget.customContextMenuRequested.emit(pos)
    menu = widget.findChild(QMenu, "chartMenu")
    assert menu is not None and menu.isVisible()
    [act] = menu.actions()
    assert act.text() == "Show on chart" and act.shortcut().toString() == "Ctrl+Shift+G"
    return act


def button(chart: ChartView, cls, name: str):
    found = chart.findChild(cls, name)
    assert found is not None, name
    return found


def test_big_case_starts_empty_then_rows_of_the_list_go_on_the_chart(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)  # 17 entities: more than one chart holds
    show_chart_page(qtbot, bench, chart)
    assert chart.items == {}
    hint = chart.tab.hint
    assert hint.isVisible() and hint.textFormat() == Qt.TextFormat.PlainText
    assert "17 entities to draw" in hint.text() and "at most 10" in hint.text()
    assert "Show on chart (Ctrl+Shift+G)" in hint.text()
    # back to the list: click Ana, Ctrl+click Bruno (two rows selected, nothing else opened)
    bench.caseview.select("entities")
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    click_row(qtbot, bench, ids["ana"])
    click_row(qtbot, bench, ids["bruno"], CTRL)
    assert bench.caseview.entities.chart_ids() == sorted([ids["ana"], ids["bruno"]],
                                                         key=lambda i: row_of(bench, i))
    assert set(bench.caseview.selection.ids) == {ids["ana"], ids["bruno"]}  # marked elsewhere, not opened
    bench.activateWindow()
    qtbot.waitUntil(bench.isActiveWindow, timeout=TIMEOUT)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):  # Case › Show on chart
        qtbot.keyClick(bench.caseview.entities.table, Qt.Key.Key_G, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert bench.caseview.stack.currentWidget() is chart
    qtbot.waitUntil(lambda: set(chart.items) == {ids["ana"], ids["bruno"]}, timeout=TIMEOUT)
    assert set(chart.selected_ids()) == {ids["ana"], ids["bruno"]}  # selected, ready to act on
    assert not hint.isVisible()
    assert "2 added to the chart" in chart.notice.text()


def test_context_menus_of_the_list_search_and_entity_page(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    entities = bench.caseview.entities
    click_row(qtbot, bench, ids["co"])
    table = entities.table
    act = context_menu_action(qtbot, table, table.visualRect(
        entities.model.index(row_of(bench, ids["co"]), 1)).center())
    act.trigger()
    qtbot.waitUntil(lambda: set(chart.items) == {ids["co"]}, timeout=TIMEOUT)
    # search results: type a name, right-click the hit
    bench.caseview.select("entities")
    qtbot.keyClicks(bench.search_box, "Carla")
    qtbot.waitUntil(lambda: bool(bench.caseview.search.hits), timeout=TIMEOUT)
    tree = bench.caseview.search.tree
    hit = tree.currentItem()
    assert hit is not None and hit.data(0, Qt.ItemDataRole.UserRole) == ids["carla"]
    context_menu_action(qtbot, tree, tree.visualItemRect(hit).center()).trigger()
    qtbot.waitUntil(lambda: set(chart.items) == {ids["co"], ids["carla"]}, timeout=TIMEOUT)
    assert chart.selected_ids() == [ids["carla"]]
    # the entity page: its Show on chart button
    bench.caseview.open_entity(ids["bruno"])
    editor = entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["bruno"], timeout=TIMEOUT)
    qtbot.mouseClick(editor.chart_button, LEFT)
    qtbot.waitUntil(lambda: set(chart.items) == {ids["co"], ids["carla"], ids["bruno"]}, timeout=TIMEOUT)


def test_a_call_on_the_timeline_puts_both_callers_on_the_chart(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    timeline = bench.caseview.pages["timeline"]
    bench.caseview.select("timeline")
    timeline.date_from.setText("2024-03-10")
    timeline.date_to.setText("2024-03-12")
    timeline.show_period()
    qtbot.waitUntil(lambda: timeline.canvas.item_for(ids["call"]) is not None, timeout=TIMEOUT)
    item = timeline.canvas.item_for(ids["call"])
    act = context_menu_action(qtbot, timeline.canvas, timeline.canvas.item_rect(item).center().toPoint())
    act.trigger()
    qtbot.waitUntil(lambda: set(chart.items) == {ids["ana"], ids["bruno"]}, timeout=TIMEOUT)
    assert bench.caseview.stack.currentWidget() is chart


def test_expand_with_a_limit_says_how_many_stayed_off(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["dario"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["dario"]}, timeout=TIMEOUT)
    chart.limit.setValue(5)
    chart.items[ids["dario"]].setSelected(True)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(button(chart, QToolButton, "expand"), LEFT)
    assert len(chart.items) == 6
    # 13 neighbours: 12 callers and Carla (an associate); the most connected and by name first
    assert "5 added." in chart.notice.text()
    assert "8 more stayed off the chart" in chart.notice.text()
    assert "(Calls: 7; Associates: 1)" in chart.notice.text()  # counted by kind of link, in words
    # by kind of link: the arrow's menu lists them with counts; Associates brings Carla
    chart.items[ids["dario"]].setSelected(True)
    chart.expand_menu.aboutToShow.emit()
    labels = [a.text() for a in chart.expand_menu.actions()]
    assert "All neighbours" in labels and "Associates (1)" in labels
    assoc = next(a for a in chart.expand_menu.actions() if a.data() == "Associate")
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        assoc.trigger()
    assert ids["carla"] in chart.items and len(chart.items) == 7
    # the chart is nearly full: Expand stops at the limit and says so
    chart.limit.setValue(50)
    chart.items[ids["dario"]].setSelected(True)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.expand_selected()
    assert len(chart.items) == 10
    assert "The chart is full (10)" in chart.notice.text()


def test_remove_and_hide_kinds(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"], ids["bruno"], ids["co"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["ana"], ids["bruno"], ids["co"]}, timeout=TIMEOUT)
    chart.scene.clearSelection()
    chart.items[ids["bruno"]].setSelected(True)
    qtbot.mouseClick(button(chart, QPushButton, "remove"), LEFT)
    assert set(chart.items) == {ids["ana"], ids["co"]}
    assert "1 removed" in chart.notice.text()
    # Kinds: translated human names, not schema names; hiding keeps the entity on the chart
    menu = button(chart, QToolButton, "kindsButton").menu()
    texts = [a.text() for a in menu.actions() if a.isCheckable()]
    assert "Companies" in texts and "People" in texts and "Company" not in texts
    companies = next(a for a in menu.actions() if a.data() == "Company")
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        companies.setChecked(False)
    assert set(chart.items) == {ids["ana"]}
    assert "1 more of hidden kinds" in chart.status.text()
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        companies.setChecked(True)
    assert set(chart.items) == {ids["ana"], ids["co"]}
    # a tag is case data: its "&" is shown, never turned into a keyboard shortcut
    tags = chart.tags_btn.menu()
    assert [(a.text(), a.data()) for a in tags.actions()] == [("R&&D", "R&D")]


def test_chart_tabs_are_independent(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["ana"]}, timeout=TIMEOUT)
    first = chart.tab
    qtbot.mouseClick(button(chart, QToolButton, "newChartTab"), LEFT)
    assert chart.tabs.count() == 2 and chart.tab is not first
    assert chart.items == {} and chart.tab.hint.isVisible()
    assert "This chart is empty." in chart.tab.hint.text()
    bench.caseview.show_on_chart([ids["carla"], ids["dario"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["carla"], ids["dario"]}, timeout=TIMEOUT)
    chart.tabs.setCurrentIndex(0)
    assert chart.tab is first and set(chart.items) == {ids["ana"]}
    assert chart.tabs.tabText(1) == "Chart 2"
    chart.tabs.tabCloseRequested.emit(1)
    assert chart.tabs.count() == 1 and set(chart.items) == {ids["ana"]}


def test_find_on_chart_selects_and_centres(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"], ids["carla"], ids["dario"]])
    qtbot.waitUntil(lambda: len(chart.items) == 3, timeout=TIMEOUT)
    box = button(chart, type(chart.find_box), "findOnChart")
    qtbot.keyClicks(box, "dario")  # no accent typed: Dário is found
    assert chart.selected_ids() == [ids["dario"]]
    assert bench.caseview.selection.ids == [ids["dario"]]  # the one owner of the selection knows
    assert "Found on this chart for “dario”: 1." in chart.notice.text()
    box.clear()
    qtbot.keyClicks(box, "zzz")
    assert chart.selected_ids() == []
    assert "Nothing on this chart matches “zzz”" in chart.notice.text()


def test_asking_for_more_than_the_cap_explains_and_offers_filters(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.select("entities")
    entities = bench.caseview.entities
    click_row(qtbot, bench, ids["ana"])
    entities.table.selectAll()
    assert len(entities.chart_ids()) == 33  # 17 entities and the 16 links between them
    bench.act_show_on_chart.trigger()
    bar = chart.over_cap
    qtbot.waitUntil(bar.isVisible, timeout=TIMEOUT)
    assert chart.items == {}  # nothing drawn, nothing frozen
    assert "add 17 entities" in bar.text.text() and "at most 10" in bar.text.text()
    kinds = button(chart, QComboBox, "overCapKinds")
    choices = [kinds.itemText(i) for i in range(kinds.count())]
    assert choices == ["People (16)", "Companies (1)"]
    kinds.setCurrentIndex(1)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(button(chart, QPushButton, "overCapKind"), LEFT)
    assert set(chart.items) == {ids["co"]} and not bar.isVisible()
    # again: "Add the first 9" fills the chart to its cap and says what was left off
    bench.caseview.select("entities")
    qtbot.waitUntil(lambda: entities.model.ready and entities.model.rowCount() == 33, timeout=TIMEOUT)
    entities.table.selectAll()
    bench.act_show_on_chart.trigger()
    qtbot.waitUntil(bar.isVisible, timeout=TIMEOUT)
    first = button(chart, QPushButton, "overCapFirst")
    assert first.text() == "Add the first 9"
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(first, LEFT)
    assert len(chart.items) == 10
    assert "7 left off: the chart is full (10)" in chart.notice.text()


def test_big_requests_are_worked_out_off_the_gui_thread(qtbot, bench, case_path, linked_case, monkeypatch) -> None:
    """A hub's links and thousands of rows are sorted out on the session's worker: the
    window answers at once ("Expanding…") and the chart grows when the plan comes back."""
    from casebench.ui import chart_view

    monkeypatch.setattr(chart_view, "HEAVY", 2)  # the little case stands in for a big one
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["dario"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["dario"]}, timeout=TIMEOUT)
    chart.limit.setValue(5)
    chart.items[ids["dario"]].setSelected(True)
    # the arrow's menu: counted on the worker, filled in when the counts arrive
    chart.expand_menu.aboutToShow.emit()
    assert "Counting links…" in [a.text() for a in chart.expand_menu.actions()]
    qtbot.waitUntil(lambda: "Calls (12)" in [a.text() for a in chart.expand_menu.actions()], timeout=TIMEOUT)
    assert "Counting links…" not in [a.text() for a in chart.expand_menu.actions()]
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        assert chart.expand_selected() == []  # nothing done on the GUI thread yet
        assert chart.notice.text() == "Expanding…" and len(chart.tab.content) == 1
    assert len(chart.items) == 6 and "8 more stayed off the chart" in chart.notice.text()
    # Ctrl+A in the list, Show on chart: planned on the worker, the note offers filters
    bench.caseview.select("entities")
    entities = bench.caseview.entities
    qtbot.waitUntil(lambda: entities.model.ready and entities.model.rowCount() == 33, timeout=TIMEOUT)
    entities.table.selectAll()
    bench.act_show_on_chart.trigger()
    qtbot.waitUntil(chart.over_cap.isVisible, timeout=TIMEOUT)
    assert "add 11 entities" in chart.over_cap.text.text()  # 17 less the 6 already on it
    assert len(chart.items) == 6


def test_right_click_and_delete_on_the_chart(qtbot, bench, case_path, linked_case) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"], ids["bruno"], ids["co"]])
    qtbot.waitUntil(lambda: len(chart.items) == 3 and not chart.tab.laying_out, timeout=TIMEOUT)
    chart.scene.clearSelection()
    item = chart.items[ids["bruno"]]
    chart.view.ensureVisible(item)
    pos = chart.view.mapFromScene(item.pos())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, chart.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(chart.view.viewport(), event)
    menu = chart.findChild(QMenu, "chartNodeMenu")
    assert menu is not None and menu.isVisible()
    assert chart.selected_ids() == [ids["bruno"]]  # the right-clicked entity is what the menu acts on
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == ["Open beside the chart", "Expand", "Expand by kind of link", "Remove from chart"]
    next(a for a in menu.actions() if a.text() == "Remove from chart").trigger()
    menu.hide()
    assert set(chart.items) == {ids["ana"], ids["co"]}
    # Delete takes the selection off the chart (nothing is deleted from the case)
    chart.items[ids["co"]].setSelected(True)
    chart.view.setFocus()
    QTest.keyClick(chart.view, Qt.Key.Key_Delete)
    assert set(chart.items) == {ids["ana"]}


def test_a_saved_chart_opens_in_its_own_tab(qtbot, bench, case_path, linked_case) -> None:
    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"], ids["co"]])
    qtbot.waitUntil(lambda: len(chart.items) == 2 and not chart.tab.laying_out, timeout=TIMEOUT)
    with ask.scripted(["Ana and her company"]):
        qtbot.mouseClick(next(b for b in chart.findChildren(QPushButton) if b.text() == "Save as…"), LEFT)
    qtbot.waitUntil(lambda: chart.charts.findData("Ana and her company") >= 0, timeout=TIMEOUT)
    assert chart.tabs.tabText(0) == "Ana and her company"
    qtbot.mouseClick(button(chart, QToolButton, "newChartTab"), LEFT)
    bench.caseview.show_on_chart([ids["dario"]])
    qtbot.waitUntil(lambda: set(chart.items) == {ids["dario"]}, timeout=TIMEOUT)
    index = chart.charts.findData("Ana and her company")
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        chart.charts.setCurrentIndex(index)
        chart.charts.activated.emit(index)  # chosen in the list, as a click would
    assert chart.tabs.count() == 3 and chart.tabs.tabText(2) == "Ana and her company"
    assert set(chart.items) == {ids["ana"], ids["co"]}
    chart.tabs.setCurrentIndex(1)
    assert set(chart.items) == {ids["dario"]}  # the chart it was chosen from is untouched


def test_grouped_layout_puts_people_beside_their_organisation(qtbot, bench, case_path, linked_case) -> None:
    import math

    ids = linked_case
    chart = open_case(qtbot, bench, case_path, cap=10)
    bench.caseview.show_on_chart([ids["ana"], ids["bruno"], ids["carla"], ids["co"]])
    qtbot.waitUntil(lambda: {ids["ana"], ids["co"], ids["carla"]} <= set(chart.items), timeout=TIMEOUT)
    chart.method.setCurrentIndex(chart.method.findData("grouped"))
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(button(chart, QPushButton, "layOut"), LEFT)
    qtbot.waitUntil(lambda: not chart.tab.laying_out, timeout=TIMEOUT)
    pos = {k: (v.pos().x(), v.pos().y()) for k, v in chart.items.items()}
    # Ana owns the company: she stands in its group, apart from the people with no organisation
    assert math.dist(pos[ids["ana"]], pos[ids["co"]]) < math.dist(pos[ids["ana"]], pos[ids["carla"]])
    assert chart.method.itemText(chart.method.findData("country")) == "Grouped by country"


def test_locking_closes_the_chart_s_print_dialog(qtbot, bench, case_path, linked_case) -> None:
    # the dialog stayed open behind the passphrase prompt (its chart's tab gone) and, once
    # unlocked, exported the chart of before the lock
    from casebench.ui.chart_print import ChartPrintDialog

    chart = open_case(qtbot, bench, case_path, cap=100)
    show_chart_page(qtbot, bench, chart)
    qtbot.mouseClick(button(chart, QPushButton, "printChart"), LEFT)
    dialog = chart.print_dialog
    assert isinstance(dialog, ChartPrintDialog) and dialog.isVisible()
    bench.lock()  # what the idle timer does too
    qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)
    assert not dialog.isVisible() and chart.print_dialog is None
