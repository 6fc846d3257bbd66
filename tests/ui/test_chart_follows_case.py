"""The link chart follows the case: what is added, renamed, merged or deleted elsewhere is
on the chart when the user comes back to it, where the rest of it stands, selected as it
was, in the same view (decision 61).

Changes are made through the services on the session's worker (as the entity page does,
with the change notice), on the chart page or while another page is shown.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.services.layout import SPACING
from casebench.ui.chart_view import ChartView
from casebench.ui.session import ENTITIES
from casebench.ui.workbench import Workbench


@pytest.fixture
def people(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids: dict[str, str] = {}
    for key, name in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"), ("carla", "Carla Mendes"),
                      ("dario", "Dário Sá")):
        ids[key] = add_entity(c, EntityDraft("Person", [("name", name)]))
    # Carla and Dário share a phone number: a node of its own while both hold it
    for key in ("carla", "dario"):
        es.add_values(c, ids[key], [("phone", "+34 600 111 222")])
    ids["call"] = add_entity(c, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                                     ("date", "2024-03-11T14:05Z")]))
    ids["assoc"] = add_entity(c, EntityDraft("Associate", [("person", ids["carla"]), ("associate", ids["dario"])]))
    c.close()
    return ids


@pytest.fixture
def chart(qtbot, bench: Workbench, case_path: Path, people: dict[str, str]) -> ChartView:
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    view = bench.caseview.pages["chart"]
    assert isinstance(view, ChartView)
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        bench.caseview.select("chart")
    qtbot.waitUntil(lambda: {people[k] for k in ("ana", "bruno", "carla", "dario")} <= set(view.items)
                    and not view.tab.building and not view.tab.laying_out, timeout=TIMEOUT)
    return view


def change(qtbot, bench: Workbench, fn: Any, *args: Any) -> Any:
    """A change made on the session's worker, announced as the entity page announces it."""
    got: list[Any] = []
    bench.session.mutate(ENTITIES, fn, *args, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def settled(qtbot, view: ChartView) -> None:
    qtbot.waitUntil(lambda: not getattr(view, "_following", False) and not view.tab.building and not view.tab.laying_out,
                    timeout=TIMEOUT)


def links_between(view: ChartView, a: str, b: str) -> list[Any]:
    return [e for e in view.tab.edge_items if {e.edge.source, e.edge.target} == {a, b}]


def name_statement(qtbot, bench: Workbench, entity_id: str) -> str:
    got: list[Any] = []
    bench.session.call(es.get, entity_id, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return next(s.id for s in got[0].statements if s.prop == "name" and not s.retracted)


def statements(qtbot, bench: Workbench, entity_id: str) -> list[Any]:
    got: list[Any] = []
    bench.session.call(es.get, entity_id, on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return [s for s in got[0].statements if not s.retracted]


def all_statements(qtbot, bench: Workbench, entity_id: str) -> list[str]:
    return [s.id for s in statements(qtbot, bench, entity_id)]


def rename(case: Any, entity_id: str, statement_id: str, name: str) -> None:
    es.retract(case, statement_id, "misspelt")
    es.add_values(case, entity_id, [("name", name)])


def delete(case: Any, statement_ids: list[str]) -> None:
    for sid in statement_ids:
        es.retract(case, sid, "entered in the wrong case")


def test_a_payment_and_a_new_person_added_elsewhere_are_on_the_chart_where_it_stands(
        qtbot, bench, chart, people) -> None:
    ids = people
    cv = bench.caseview
    tab = chart.tab
    tab.select_entities([ids["ana"], ids["carla"]])
    tab._selection_changed()
    before = dict(tab.positions)
    where = {n: (item.pos().x(), item.pos().y()) for n, item in tab.items.items()}
    kept_items = dict(tab.items)
    transform, scroll = chart.view.transform(), (chart.view.horizontalScrollBar().value(),
                                                 chart.view.verticalScrollBar().value())
    cv.select("entities")  # the analyst works on the entity page
    pay = change(qtbot, bench, add_entity, EntityDraft("Payment", [
        ("payer", ids["ana"]), ("beneficiary", ids["carla"]), ("amount", "12500"), ("currency", "EUR"),
        ("date", "2024-03-15")]))
    eva = change(qtbot, bench, add_entity, EntityDraft("Person", [("name", "Eva Lopes")]))
    change(qtbot, bench, add_entity, EntityDraft("Family", [("person", eva), ("relative", ids["bruno"])]))
    assert pay
    cv.select("chart")  # and comes back to the chart
    settled(qtbot, chart)
    paid = links_between(chart, ids["ana"], ids["carla"])
    assert len(paid) == 1 and paid[0].edge.kind == "Payment"
    assert "paid" in paid[0].edge.label and "12,500.00 EUR" in paid[0].edge.caption
    assert eva in chart.items and chart.items[eva].node.label == "Eva Lopes"
    assert links_between(chart, eva, ids["bruno"])
    # the new person stands near the one she is linked to, the others where they stood
    ex, ey = chart.items[eva].pos().x(), chart.items[eva].pos().y()
    bx, by = where[ids["bruno"]]
    assert math.hypot(ex - bx, ey - by) <= 2.5 * SPACING
    for n, (x, y) in where.items():
        assert (chart.items[n].pos().x(), chart.items[n].pos().y()) == (x, y)
        assert tab.positions[n] == before[n]
    # updated in place: entities that did not change kept their items
    assert chart.items[ids["dario"]] is kept_items[ids["dario"]]
    # the selection and the view are the user's still
    assert chart.selected_ids() and set(chart.selected_ids()) == {ids["ana"], ids["carla"]}
    assert tab._sel_order == [ids["ana"], ids["carla"]]
    assert chart.view.transform() == transform
    assert (chart.view.horizontalScrollBar().value(), chart.view.verticalScrollBar().value()) == scroll
    # the case changing is not an edit of the user's: nothing to undo, nothing unsaved
    assert tab.undo.history.next_undo() is None
    assert not tab.undo.unsaved()
    assert chart.status.text() == "6 entities, 6 links"


def test_renamed_relabelled_deleted_gone_merged_collapsed_on_the_chart_in_front(
        qtbot, bench, chart, people) -> None:
    ids = people
    tab = chart.tab
    tab.select_entities([ids["carla"]])
    tab._selection_changed()
    at = chart.items[ids["carla"]].pos()
    # renamed while the chart is on screen
    sid = name_statement(qtbot, bench, ids["carla"])
    change(qtbot, bench, rename, ids["carla"], sid, "Carla Mendes Tavares")
    settled(qtbot, chart)
    assert chart.items[ids["carla"]].node.label == "Carla Mendes Tavares"
    assert chart.items[ids["carla"]].pos() == at
    assert chart.selected_ids() == [ids["carla"]]
    # deleted (every value retracted): gone, with its links
    change(qtbot, bench, delete, all_statements(qtbot, bench, ids["assoc"]))
    settled(qtbot, chart)
    assert not links_between(chart, ids["carla"], ids["dario"])
    phone = next(n for n, item in chart.items.items() if item.node.kind == "Phone")
    held = [s for s in statements(qtbot, bench, ids["dario"]) if s.prop == "phone"]
    change(qtbot, bench, delete, [s.id for s in held])  # no longer shared: the number's node goes
    settled(qtbot, chart)
    assert phone not in chart.items and phone not in tab.content and phone not in tab.positions
    assert ids["dario"] in chart.items
    # merged: the one merged away collapses into the other, which keeps its place and links
    bruno_at = chart.items[ids["bruno"]].pos()
    tab.select_entities([ids["carla"], ids["ana"]])
    tab._selection_changed()
    change(qtbot, bench, es.merge, ids["ana"], ids["bruno"], "same person")
    settled(qtbot, chart)
    assert ids["ana"] not in chart.items and ids["bruno"] in chart.items
    assert chart.items[ids["bruno"]].pos() == bruno_at
    # the selection passes to the entity kept, and the case's selection follows
    assert tab._sel_order == [ids["carla"], ids["bruno"]]
    assert set(chart.selected_ids()) == {ids["carla"], ids["bruno"]}
    assert bench.caseview.selection.ids == [ids["carla"], ids["bruno"]]
    assert chart.status.text().startswith("3 entities")


def test_a_chart_composed_by_hand_keeps_to_its_entities(qtbot, bench, chart, people) -> None:
    ids = people
    tab = chart.new_tab()
    chart.show_entities([ids["ana"], ids["carla"]])
    qtbot.waitUntil(lambda: {ids["ana"], ids["carla"]} <= set(tab.items) and not tab.building
                    and not tab.laying_out, timeout=TIMEOUT)
    assert not links_between(chart, ids["ana"], ids["carla"])
    sid = name_statement(qtbot, bench, ids["ana"])
    eva = change(qtbot, bench, add_entity, EntityDraft("Person", [("name", "Eva Lopes")]))
    change(qtbot, bench, add_entity, EntityDraft("Family", [("person", eva), ("relative", ids["ana"])]))
    change(qtbot, bench, add_entity, EntityDraft("Payment", [("payer", ids["ana"]),
                                                             ("beneficiary", ids["carla"])]))
    change(qtbot, bench, rename, ids["ana"], sid, "Ana Gomes Ferreira")
    settled(qtbot, chart)
    assert chart.tab is tab
    assert set(tab.items) == {ids["ana"], ids["carla"]}  # no new entity on a chart made by hand
    assert links_between(chart, ids["ana"], ids["carla"])  # but a new link between two on it
    assert tab.items[ids["ana"]].node.label == "Ana Gomes Ferreira"
    change(qtbot, bench, es.merge, ids["carla"], ids["dario"], "same person")
    settled(qtbot, chart)
    # merged away: the chart shows the entity it is now, in its place
    assert set(tab.items) == {ids["ana"], ids["dario"]} and ids["carla"] not in tab.content
    assert links_between(chart, ids["ana"], ids["dario"])
    # the whole-case chart behind it took the new person
    whole = chart.chart_tabs()[0]
    assert eva in whole.items and ids["carla"] not in whole.items
