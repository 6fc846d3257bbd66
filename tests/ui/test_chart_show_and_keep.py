"""The link chart in the window walk: Show on chart on the whole-case chart brings the
entity into view (selected, zoomed in to read, centred, flashed), and the two entities the
user picked for Find path are still picked after a visit to another page, with the view
where it was.

Pages are switched through the window's navigator and Back, rows clicked in the list, nodes
clicked on the chart's viewport (QTest), as a user does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.ui.chart_links import READ_FROM
from casebench.ui.chart_view import ChartView
from casebench.ui.workbench import Workbench

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PEOPLE = 1  # the navigator's People entry under Entities


@pytest.fixture
def ring_case(case_path: Path) -> dict[str, str]:
    """Forty people in a ring (and a company): the whole case fits one chart, which opens
    fitted into the view, zoomed out past reading names."""
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids: dict[str, str] = {}
    people = [add_entity(c, EntityDraft("Person", [("name", f"Person {i:02d}")])) for i in range(40)]
    for i, who in enumerate(people):
        ids[f"p{i:02d}"] = who
        add_entity(c, EntityDraft("Associate", [("person", who), ("associate", people[(i + 1) % len(people)])]))
    ids["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Ownership", [("owner", people[0]), ("asset", ids["co"])]))
    c.close()
    return ids


@pytest.fixture
def window(qtbot, bench: Workbench, case_path: Path, ring_case: dict[str, str]) -> ChartView:
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    chart = bench.caseview.pages["chart"]
    assert isinstance(chart, ChartView)
    bench.caseview.select("chart")  # the whole case, fitted
    qtbot.waitUntil(lambda: set(ring_case.values()) <= set(chart.items) and not chart.tab.building
                    and not chart.tab.laying_out, timeout=TIMEOUT)
    qtbot.wait(50)
    return chart


def _row(bench: Workbench, entity_id: str) -> int:
    model = bench.caseview.entities.model
    for row in range(model.rowCount()):
        summary = model.summary(row)
        if summary is not None and summary.id == entity_id:
            return row
    raise AssertionError(f"{entity_id} is not listed")


def _open_from_list(qtbot, bench: Workbench, name: str) -> None:
    """Type the name in the list's filter box, then click the one row left."""
    page = bench.caseview.entities
    page.filter_text.clear()
    qtbot.keyClicks(page.filter_text, name)
    qtbot.waitUntil(lambda: page.model.ready and page.model.rowCount() == 1 and page.model.filter.text == name,
                    timeout=TIMEOUT)
    index = page.model.index(0, 0)
    qtbot.mouseClick(page.table.viewport(), LEFT, NONE, page.table.visualRect(index).center())


def _nav(qtbot, bench: Workbench, key: str, arg: int = 0) -> None:
    """A click on the navigator's entry, as the user does."""
    nav = bench.caseview.navigator
    for i in range(nav.topLevelItemCount()):
        top = nav.topLevelItem(i)
        if top is not None and top.data(0, Qt.ItemDataRole.UserRole) == key:
            item = top.child(arg) if arg else top
            break
    else:
        bench.caseview.select(key, arg)  # the navigator keeps its keys elsewhere: same entry
        return
    nav.scrollToItem(item)
    qtbot.mouseClick(nav.viewport(), LEFT, NONE, nav.visualItemRect(item).center())


def _where(chart: ChartView, entity_id: str) -> QPoint:
    return chart.view.mapFromScene(chart.items[entity_id].pos())


def _farthest_from_centre(chart: ChartView, ids: list[str]) -> str:
    centre = chart.view.viewport().rect().center()
    return max(ids, key=lambda i: (_where(chart, i) - centre).manhattanLength())


def test_show_on_chart_from_the_entity_page_selects_centres_and_flashes(qtbot, bench, window, ring_case) -> None:
    chart = window
    view = chart.view
    fitted = view.transform().m11()
    assert fitted < READ_FROM  # the whole case, zoomed out past reading names
    people = [v for k, v in ring_case.items() if k.startswith("p")]
    names = {v: f"Person {k[1:]}" for k, v in ring_case.items() if k.startswith("p")}
    target = _farthest_from_centre(chart, people)  # a person at the edge of the chart
    assert (_where(chart, target) - view.viewport().rect().center()).manhattanLength() > 100
    # the entity page: People, the person's row, the page's Show on chart button
    _nav(qtbot, bench, "entities", PEOPLE)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    _open_from_list(qtbot, bench, names[target])
    editor = bench.caseview.entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == target, timeout=TIMEOUT)
    qtbot.mouseClick(editor.chart_button, LEFT)
    assert bench.caseview.stack.currentWidget() is chart
    qtbot.waitUntil(lambda: chart.tab.flash.active, timeout=TIMEOUT)
    assert chart.selected_ids() == [target]
    assert READ_FROM <= view.transform().m11() <= 1.0  # zoomed in to read its name, not past 100 %
    off = _where(chart, target) - view.viewport().rect().center()
    assert off.manhattanLength() <= 4, off  # in the middle of the view, at the chart's edge too
    rings = chart.tab.flash.rings
    assert len(rings) == 1 and rings[0].scenePos() == chart.items[target].pos()
    qtbot.waitUntil(rings[0].isVisible, timeout=TIMEOUT)  # it blinks: taken while it shows
    shot = view.viewport().grab().toImage()  # the ring is drawn around it, in its colour
    c = _where(chart, target)
    ring_px = [shot.pixelColor(c.x() + dx, c.y()) for dx in range(18, 30)]
    assert any(p.red() > 200 and 100 < p.green() < 180 and p.blue() < 60 for p in ring_px)
    qtbot.waitUntil(lambda: not chart.tab.flash.active, timeout=TIMEOUT)  # then it goes
    assert chart.selected_ids() == [target]  # the selection stays


def test_show_on_chart_never_zooms_out(qtbot, bench, window, ring_case) -> None:
    chart = window
    chart.view.resetTransform()
    chart.view.scale(2.0, 2.0)  # the user zoomed in past 100 %
    chart.tab.view.update_detail()
    bench.caseview.show_on_chart([ring_case["co"]])
    qtbot.waitUntil(lambda: chart.tab.flash.active, timeout=TIMEOUT)
    assert chart.view.transform().m11() == pytest.approx(2.0)
    assert (_where(chart, ring_case["co"]) - chart.view.viewport().rect().center()).manhattanLength() <= 4


def _find_button(chart: ChartView) -> QPushButton:
    button = chart.findChild(QPushButton, "findPath")
    assert button is not None
    return button


def test_two_picked_entities_stay_picked_after_another_page(qtbot, bench, window, ring_case) -> None:
    chart = window
    view = chart.view
    a, b = ring_case["p00"], ring_case["p05"]
    view.scale(2.5, 2.5)  # zoomed in a little: the view position is the user's too
    view.centerOn(chart.items[a])
    QTest.mouseClick(view.viewport(), LEFT, NONE, _where(chart, a))
    view.ensureVisible(chart.items[b])
    QTest.mouseClick(view.viewport(), LEFT, CTRL, _where(chart, b))
    assert chart._sel_order == [a, b]
    where = (view.transform().m11(), view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    # the user looks at someone in the People list (a click opens the person), then the timeline
    _nav(qtbot, bench, "entities", PEOPLE)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    other = ring_case["p20"]
    _open_from_list(qtbot, bench, "Person 20")
    editor = bench.caseview.entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == other, timeout=TIMEOUT)
    assert bench.caseview.pages["timeline"].canvas.selected == other  # the timeline marks who is open
    _nav(qtbot, bench, "timeline")
    qtbot.wait(100)
    # back on the chart (the navigator), the two are still picked, the view where it was
    _nav(qtbot, bench, "chart")
    assert bench.caseview.stack.currentWidget() is chart
    qtbot.wait(100)
    assert chart._sel_order == [a, b]
    assert set(chart.selected_ids()) == {a, b}
    assert (view.transform().m11(), view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == where
    assert bench.caseview.selection.ids == [a, b]  # the case's selection is the chart's again
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        qtbot.mouseClick(_find_button(chart), LEFT)
    qtbot.waitUntil(lambda: "found" in chart.notice.text(), timeout=TIMEOUT)
    assert "exactly two" not in chart.notice.text()
    assert chart.items[a].highlighted and chart.items[b].highlighted
    # and once more by the window's Back button, after opening another person from the list
    _nav(qtbot, bench, "entities", PEOPLE)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    _open_from_list(qtbot, bench, "Person 30")
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ring_case["p30"], timeout=TIMEOUT)
    while bench.caseview.stack.currentWidget() is not chart and bench.act_back.isEnabled():
        bench.act_back.trigger()
    assert bench.caseview.stack.currentWidget() is chart
    qtbot.wait(100)
    assert chart._sel_order == [a, b]


def test_the_charts_side_panel_says_a_double_click_opens_a_node(qtbot, bench, window, ring_case) -> None:
    # a click picks a node (for Find path) and opens nothing; the empty panel said "Choose an
    # entity in the list, or create one with New", which no user on the chart could follow
    chart = window
    a = ring_case["p00"]
    chart.view.centerOn(chart.items[a])
    QTest.mouseClick(chart.view.viewport(), LEFT, NONE, _where(chart, a))
    assert chart._sel_order == [a]
    pane = chart.editor.placeholder
    assert "Double-click a node" in pane.text.text() and "New" not in pane.text.text()  # on its Entity tab
    QTest.mouseDClick(chart.view.viewport(), LEFT, NONE, _where(chart, a))
    qtbot.waitUntil(lambda: chart.editor.entity is not None and chart.editor.entity.id == a, timeout=TIMEOUT)
