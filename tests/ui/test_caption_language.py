"""Relationship captions and actor strings in the window's language (decision 57): stored in
English ("Ana Gomes paid Carla Mendes", "… · key … · login …"), shown with the briefing pack's
verbs in a Spanish window, in English exactly as stored, and again at a live switch."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, type_text, unlock
from tests.ui.test_chart_add import linked_case, open_case, show_chart_page  # noqa: F401  (fixture)
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.services.chart_content import find_paths_shown
from casebench.ui.audit_view import ACol
from casebench.ui.links_table import LCol
from casebench.ui.timeline_view import TimelineView
from casebench.ui.workbench import Workbench

ACTOR = "Ana Ruiz (UDYCO Madrid) · key 3F2A 91C0 · login aruiz"
PAID = "Ana Gomes paid Carla Mendes"
CALLED = "Carla Mendes called Ana Gomes"
TYPED = "business associate of Jones"  # a relationship as typed: case data, never translated


@pytest.fixture
def payments_case(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user=ACTOR, title="Operation Mar Azul", default_tlp="AMBER")
    ids = {key: es.add_entity(c, es.EntityDraft("Person", [("name", name)]))
           for key, name in (("ana", "Ana Gomes"), ("carla", "Carla Mendes"))}
    ids["payment"] = es.add_entity(c, es.EntityDraft("Payment", [("payer", ids["ana"]), ("beneficiary", ids["carla"]),
                                                                 ("amount", "2300"), ("currency", "EUR"),
                                                                 ("date", "2024-03-15")]))
    ids["call"] = es.add_entity(c, es.EntityDraft("Call", [("caller", ids["carla"]), ("receiver", ids["ana"])]))
    ids["associate"] = es.add_entity(c, es.EntityDraft("Associate", [("person", ids["ana"]), ("associate", ids["carla"]),
                                                                     ("relationship", TYPED)]))
    ids["note"] = es.add_entity(c, es.EntityDraft("Note", [("name", "Receipt"), ("entity", ids["payment"])]))
    assert es.get(c, ids["payment"]).caption == PAID  # as stored: the search key and export value
    assert es.get(c, ids["associate"]).caption == TYPED
    c.close()
    return ids


def _open(qtbot, bench: Workbench, path: Path) -> None:
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)


def _listed(bench: Workbench) -> list[str]:
    model = bench.caseview.entities.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _links(bench: Workbench, ids: dict[str, str]) -> list[str]:
    """The Links section of the note about the payment: the payment is named by its caption."""
    editor = bench.caseview.entities.editor
    panel = editor.links_panel
    if editor.entity is None or editor.entity.id != ids["note"]:
        editor.show_entity(ids["note"])
    model = panel.model
    return [model.index(r, LCol.OTHER).data() for r in range(model.rowCount())]


def _audit(qtbot, bench: Workbench) -> tuple[list[str], list[str]]:
    model = bench.caseview.audit.model
    bench.caseview.select("audit")
    qtbot.waitUntil(lambda: model.ready and model.rowCount() > 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: all(model.named(r) is not None for r in range(model.rowCount())
                                if model.row(r) is not None and model.row(r).target), timeout=TIMEOUT)
    rows = range(model.rowCount())
    return [model.index(r, ACol.USER).data() for r in rows], [model.index(r, ACol.TARGET).data() for r in rows]


@pytest.mark.usefixtures("compiled")
def test_a_spanish_window_shows_the_packs_verbs_and_actor_words(qtbot, bench, case_path, payments_case) -> None:
    ids = payments_case
    bench.set_language("es")
    _open(qtbot, bench, case_path)
    listed = _listed(bench)
    assert "Ana Gomes pagó a Carla Mendes" in listed  # vocab: Payment edge "pagó a"
    assert "Carla Mendes llamó a Ana Gomes" in listed
    assert TYPED in listed  # a typed relationship stays as written
    assert PAID not in listed and CALLED not in listed

    editor = bench.caseview.entities.editor
    editor.show_entity(ids["note"])
    qtbot.waitUntil(lambda: "Ana Gomes pagó a Carla Mendes" in _links(bench, ids), timeout=TIMEOUT)
    editor.show_entity(ids["payment"])  # the page's heading too
    qtbot.waitUntil(lambda: editor.caption.text() == "Ana Gomes pagó a Carla Mendes", timeout=TIMEOUT)

    # search finds it by a value and shows its caption in Spanish
    box, results = bench.search_box, bench.caseview.search
    box.setFocus()
    type_text(qtbot, box, "2300")
    qtbot.waitUntil(lambda: results.query == "2300" and not box.pending, timeout=TIMEOUT)
    assert [h.caption for h in results.hits] == [PAID]
    tree = results.tree
    shown = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert shown == ["Ana Gomes pagó a Carla Mendes"]
    qtbot.keyClick(box, Qt.Key.Key_Escape)

    timeline = bench.caseview.pages["timeline"]
    assert isinstance(timeline, TimelineView)
    timeline.resize(1200, 600)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        bench.caseview.select("timeline")
    paid = timeline.canvas.item_for(ids["payment"])
    assert paid is not None and timeline.canvas.tip_for(paid).startswith("Ana Gomes pagó a Carla Mendes\n")

    users, items = _audit(qtbot, bench)
    assert "Ana Ruiz (UDYCO Madrid) · clave 3F2A 91C0 · usuario aruiz" in users
    assert ACTOR not in users
    assert "Ana Gomes pagó a Carla Mendes" in items and PAID not in items

    # a live switch back to English re-renders what is on screen, as stored
    bench.set_language("en")
    qtbot.waitUntil(lambda: ACTOR in _audit(qtbot, bench)[0], timeout=3000)
    assert PAID in _audit(qtbot, bench)[1]
    assert PAID in _listed(bench) and CALLED in _listed(bench)
    qtbot.waitUntil(lambda: editor.caption.text() == PAID, timeout=3000)
    bench.caseview.select("entities")
    editor.show_entity(ids["note"])
    qtbot.waitUntil(lambda: PAID in _links(bench, ids), timeout=TIMEOUT)
    # and to Portuguese: the pack's verb there
    bench.set_language("pt")
    assert "Ana Gomes pagou a Carla Mendes" in _listed(bench)
    qtbot.waitUntil(lambda: "Ana Gomes pagou a Carla Mendes" in _links(bench, ids), timeout=3000)


@pytest.mark.usefixtures("compiled")
def test_an_english_window_shows_captions_and_actors_exactly_as_stored(qtbot, bench, case_path,
                                                                       payments_case) -> None:
    ids = payments_case
    _open(qtbot, bench, case_path)
    model = bench.caseview.entities.model
    listed = _listed(bench)
    assert {PAID, CALLED, TYPED} <= set(listed)
    assert listed == [model.summary(r).caption for r in range(model.rowCount())]  # every row as stored
    editor = bench.caseview.entities.editor
    editor.show_entity(ids["note"])
    qtbot.waitUntil(lambda: PAID in _links(bench, ids), timeout=TIMEOUT)
    users, items = _audit(qtbot, bench)
    audit = bench.caseview.audit.model
    assert ACTOR in users and users == [audit.row(r).user for r in range(audit.rowCount())]
    assert PAID in items


@pytest.mark.usefixtures("compiled", "linked_case")
def test_chart_links_and_found_paths_take_the_window_language(qtbot, bench, case_path) -> None:
    chart = open_case(qtbot, bench, case_path, cap=100)
    show_chart_page(qtbot, bench, chart)
    qtbot.waitUntil(lambda: len(chart.tab.edge_items) > 0, timeout=TIMEOUT)

    def labels() -> dict[str, str]:
        return {item.edge.kind: item.edge.caption for item in chart.tab.edge_items}

    assert labels()["Payment"] == "paid" and labels()["Call"].startswith("called")
    bench.set_language("es")
    try:
        qtbot.waitUntil(lambda: labels().get("Payment") == "pagó a", timeout=3000)
        assert labels()["Call"].startswith("llamó a")
        assert chart.model().edges  # exports take the chart as made: English labels
        assert {e.label for e in chart.model().edges if e.kind == "Payment"} == {"paid"}
        nodes = {n.label: n.id for n in chart.graph.nodes.values()}
        found = find_paths_shown(chart.graph, (), (), nodes["Bruno Diallo"], nodes["Carla Mendes"], k=1)
        chart.show_paths(found, chart.tab)
        steps = [chart.steps_model.index(r, 0).data() for r in range(chart.steps_model.rowCount())]
        assert any("—pagó a→" in s for s in steps), steps
        bench.set_language("en")  # a live switch: paths and links again in English

        def steps_say(text: str) -> bool:
            return any(text in chart.steps_model.index(r, 0).data() for r in range(chart.steps_model.rowCount()))

        qtbot.waitUntil(lambda: steps_say("—paid→") and steps_say("Path 1: 1 link"), timeout=3000)
        qtbot.waitUntil(lambda: labels().get("Payment") == "paid", timeout=3000)
    finally:
        bench.set_language("en")
