"""The link chart worked with the mouse in the real window: select first, then act.

Clicks go to the chart's viewport at the nodes' positions (QTest), as a user's would.
Selecting never leaves the chart page and writes nothing to the audit log; an opening
the user asked for (double-click, Enter) shows the entity beside the chart and writes
exactly one consultation record.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import audit
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.ui.chart_view import ChartView
from casebench.ui.workbench import Workbench

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def linked_case(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids: dict[str, str] = {}
    for key, name in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"), ("carla", "Carla Mendes"),
                      ("dario", "Dário Sá")):
        ids[key] = add_entity(c, EntityDraft("Person", [("name", name)]))
    ids["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]))
    add_entity(c, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                       ("date", "2024-03-11T14:05Z")]))
    add_entity(c, EntityDraft("Payment", [("payer", ids["bruno"]), ("beneficiary", ids["carla"]),
                                          ("date", "2024-03-15")]))
    add_entity(c, EntityDraft("Associate", [("person", ids["carla"]), ("associate", ids["dario"])]))
    c.close()
    return ids


@pytest.fixture
def chart(qtbot, bench: Workbench, case_path: Path, linked_case: dict[str, str]) -> ChartView:
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    view = bench.caseview.pages["chart"]
    assert isinstance(view, ChartView)
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        bench.caseview.select("chart")
    qtbot.waitUntil(lambda: set(linked_case.values()) <= set(view.items), timeout=TIMEOUT)
    return view


def consultations(qtbot, bench: Workbench) -> int:
    got: list[int] = []
    bench.session.call(lambda case: len(audit.records(case, category="consultation")), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def at(view: ChartView, entity_id: str) -> QPoint:
    item = view.items[entity_id]
    view.view.ensureVisible(item)
    return view.view.mapFromScene(item.pos())


def click(view: ChartView, entity_id: str, modifier: Qt.KeyboardModifier = NONE) -> None:
    QTest.mouseClick(view.view.viewport(), LEFT, modifier, at(view, entity_id))


def test_click_selects_ctrl_and_shift_add_esc_clears(qtbot, bench, chart, linked_case) -> None:
    ids = linked_case
    before = consultations(qtbot, bench)
    click(chart, ids["ana"])
    assert chart.selected_ids() == [ids["ana"]]
    assert bench.caseview.stack.currentWidget() is chart  # the chart stays on screen
    click(chart, ids["bruno"])
    assert chart.selected_ids() == [ids["bruno"]]  # a plain click replaces
    click(chart, ids["carla"], CTRL)
    click(chart, ids["dario"], SHIFT)
    assert chart._sel_order == [ids["bruno"], ids["carla"], ids["dario"]]
    assert bench.caseview.selection.ids == chart._sel_order  # the one owner knows
    QTest.keyClick(chart.view, Qt.Key.Key_Escape)
    assert chart.selected_ids() == []
    assert bench.caseview.stack.currentWidget() is chart
    assert consultations(qtbot, bench) == before  # selecting writes nothing


def test_rubber_band_selects_and_shift_band_adds(qtbot, chart, linked_case) -> None:
    ids = linked_case
    click(chart, ids["dario"])
    a, b = at(chart, ids["ana"]), at(chart, ids["bruno"])
    # a band around Ana alone (a little beyond her symbol), started on empty canvas, Shift held
    vp = chart.view.viewport()
    bands = [(a - QPoint(dx, dy), a + QPoint(dx, dy)) for dx in (24, 30, 40) for dy in (24, 30, 40)]
    bands += [(a + QPoint(dx, dy), a - QPoint(dx, dy)) for dx in (24, 30, 40) for dy in (24, 30, 40)]
    empty = [(s, e) for s, e in bands if chart.view.itemAt(s) is None]
    if not empty:
        pytest.skip("the layout left no empty canvas next to the node")
    start, end = empty[0]
    QTest.mousePress(vp, LEFT, SHIFT, start)
    QTest.mouseMove(vp, a, 20)
    QTest.mouseMove(vp, end, 20)
    QTest.mouseRelease(vp, LEFT, SHIFT, end, 20)
    assert set(chart.selected_ids()) >= {ids["dario"], ids["ana"]}
    assert ids["bruno"] not in chart.selected_ids() or chart.view.itemAt(b) is None


def test_select_two_find_path_highlighted_and_listed(qtbot, bench, chart, linked_case) -> None:
    ids = linked_case
    click(chart, ids["ana"])
    qtbot.mouseClick(_find_button(chart), LEFT)  # one is not enough: the chart says what to do
    assert "exactly two" in chart.notice.text()
    click(chart, ids["carla"], CTRL)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(_find_button(chart), LEFT)
    assert chart.steps_model.rowCount() >= 2
    assert "exactly two" not in chart.notice.text() and "found" in chart.notice.text()
    listed = chart.steps_model.data(chart.steps_model.index(1))
    assert "Ana Gomes" in listed and "Bruno Diallo" in listed
    assert chart.items[ids["bruno"]].highlighted and chart.items[ids["ana"]].highlighted
    assert not chart.items[ids["co"]].highlighted
    # the selection survives the highlight, so the user can act on it again
    assert chart._sel_order == [ids["ana"], ids["carla"]]
    assert bench.caseview.stack.currentWidget() is chart


def test_find_path_in_time_order_from_the_window(qtbot, bench, chart, linked_case) -> None:
    # Ana called Bruno on the 11th, Bruno paid Carla on the 15th: in time order from Ana to
    # Carla, not from Carla to Ana (the payment comes after the call)
    ids = linked_case
    qtbot.mouseClick(chart.timed, LEFT, pos=QPoint(4, chart.timed.height() // 2))
    assert chart.timed.isChecked()
    click(chart, ids["ana"])
    click(chart, ids["carla"], CTRL)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(_find_button(chart), LEFT)
    qtbot.waitUntil(lambda: "found" in chart.notice.text(), timeout=TIMEOUT)
    steps = [chart.steps_model.data(chart.steps_model.index(i)) for i in range(chart.steps_model.rowCount())]
    assert len(steps) == 3 and "2024-03-11" in steps[1] and "2024-03-15" in steps[2]
    assert steps[0] == "Path 1: 2 links"
    assert "from Ana Gomes to Carla Mendes" in chart.notice.text()  # in time order, the first selected starts
    assert chart.items[ids["bruno"]].highlighted
    click(chart, ids["carla"])
    click(chart, ids["ana"], CTRL)
    qtbot.mouseClick(_find_button(chart), LEFT)
    qtbot.waitUntil(lambda: "No path" in chart.notice.text(), timeout=TIMEOUT)
    assert "from Carla Mendes to Ana Gomes" in chart.notice.text() and "selected first" in chart.notice.text()
    assert chart.steps_model.rowCount() == 0
    qtbot.mouseClick(chart.timed, LEFT, pos=QPoint(4, chart.timed.height() // 2))
    qtbot.mouseClick(_find_button(chart), LEFT)
    qtbot.waitUntil(lambda: "found" in chart.notice.text(), timeout=TIMEOUT)  # in any order they are joined


def _find_button(view: ChartView):  # the "Find path" button as the user sees it
    from PySide6.QtWidgets import QPushButton

    button = view.findChild(QPushButton, "findPath")
    assert button is not None
    return button


def test_double_click_and_enter_open_beside_the_chart_once(qtbot, bench, chart, linked_case) -> None:
    ids = linked_case
    before = consultations(qtbot, bench)
    QTest.mouseDClick(chart.view.viewport(), LEFT, NONE, at(chart, ids["ana"]))
    qtbot.waitUntil(lambda: chart.editor.entity is not None and chart.editor.entity.id == ids["ana"],
                    timeout=TIMEOUT)
    assert chart.side.currentWidget() is chart.editor
    assert bench.caseview.stack.currentWidget() is chart  # no page switch
    assert consultations(qtbot, bench) == before + 1
    click(chart, ids["bruno"])
    chart.view.setFocus()
    QTest.keyClick(chart.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chart.editor.entity is not None and chart.editor.entity.id == ids["bruno"],
                    timeout=TIMEOUT)
    assert consultations(qtbot, bench) == before + 2
    assert bench.caseview.stack.currentWidget() is chart


def test_opening_from_the_list_keeps_the_chart_s_selection_without_a_loop(qtbot, bench, chart, linked_case) -> None:
    ids = linked_case
    cv = bench.caseview
    click(chart, ids["ana"])
    click(chart, ids["bruno"], CTRL)
    before = consultations(qtbot, bench)
    cv.entities.open_entity(ids["carla"])  # as a click in the list does
    qtbot.waitUntil(lambda: cv.entities.editor.entity is not None, timeout=TIMEOUT)
    assert chart._sel_order == [ids["ana"], ids["bruno"]]  # what the user picked on the chart stays
    assert cv.pages["timeline"].canvas.selected == ids["carla"]  # the timeline marks the opened one
    assert consultations(qtbot, bench) == before + 1


def test_200_random_clicks_no_recursion_and_audit_only_for_openings(qtbot, bench, chart, linked_case) -> None:
    rng = random.Random(12)
    before = consultations(qtbot, bench)
    vp = chart.view.viewport()
    nodes = sorted(chart.items)
    openings = 0
    for _ in range(200):
        roll = rng.random()
        if roll < 0.6:
            target = at(chart, rng.choice(nodes))
        else:
            target = QPoint(rng.randrange(vp.width()), rng.randrange(vp.height()))
        modifier = rng.choice([NONE, NONE, CTRL, SHIFT])
        if roll < 0.05:
            QTest.mouseDClick(vp, LEFT, NONE, target)
            openings += 1
        elif roll > 0.97:
            QTest.keyClick(chart.view, Qt.Key.Key_Escape)
        else:
            QTest.mouseClick(vp, LEFT, modifier, target)
        assert bench.caseview.stack.currentWidget() is chart
    qtbot.wait(200)
    grown = consultations(qtbot, bench) - before
    assert grown <= openings
