"""Print / export chart… from the chart page, and aggregated links on the screen chart."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from tests.conftest import PASSPHRASE

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.cases import create_case, open_case
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.services.graph import aggregate_key
from casebench.services.progress import OperationCancelled
from casebench.store import audit
from casebench.ui.analysis_chart_items import EdgeItem, NodeItem
from casebench.ui.chart_print import ChartPrintDialog
from casebench.ui.chart_view import ChartView
from casebench.ui.session import CaseSession

TIMEOUT = 30_000


@pytest.fixture
def ids(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER",
                    reference="ES-UDYCO-2024-0117")
    out = {k: add_entity(c, EntityDraft("Person", [("name", n)]))
           for k, n in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"))}
    out["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Ownership", [("owner", out["ana"]), ("asset", out["co"])]))
    for day in (11, 12, 13):
        add_entity(c, EntityDraft("Call", [("caller", out["ana"]), ("receiver", out["bruno"]),
                                           ("date", f"2024-03-{day}T14:05Z")]),
                   Source(grade=Grade.parse("admiralty", "B2")))
    c.close()
    return out


@pytest.fixture
def session(qtbot, case_path: Path, ids: dict[str, str]) -> Iterator[CaseSession]:
    s = CaseSession()
    s.open(lambda: open_case(case_path, PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: s.is_open, timeout=TIMEOUT)
    yield s
    s.shutdown()


@pytest.fixture
def view(qtbot, session: CaseSession) -> ChartView:
    v = ChartView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    with qtbot.waitSignal(v.chartChanged, timeout=TIMEOUT):
        v.load()
    return v


def _disclosures(qtbot, session: CaseSession) -> list[audit.AuditRecord]:
    done: list[list[audit.AuditRecord]] = []
    session.run_task(lambda case, progress, cancelled: audit.records(case, category="disclosure"),
                     on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    return done[0]


def _ok(qtbot, dialog: ChartPrintDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_print_the_chart_as_pdf_from_the_chart_page(qtbot, view: ChartView, session: CaseSession,
                                                    tmp_path: Path) -> None:
    qtbot.mouseClick(view.findChild(QPushButton, "printChart"), Qt.MouseButton.LeftButton)
    dialog = view.print_dialog
    assert isinstance(dialog, ChartPrintDialog) and dialog.isVisible()
    assert dialog.file.text().endswith(".pdf")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert dialog.file.text().endswith(".svg")  # the suffix follows the format
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.file.setText(str(tmp_path / "network.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as sig:
        _ok(qtbot, dialog)
    done = sig.args[0]
    assert isinstance(done, charts.ChartExport) and done.path.read_bytes().startswith(b"%PDF")
    assert "network.pdf" in view.status.text()
    [record] = _disclosures(qtbot, session)
    assert record.action == "chart exported"
    assert record.details["paper"] == "A3" and record.details["orientation"] == "portrait"
    assert record.details["tlp"] == "AMBER" and record.details["file"] == "network.pdf"


@pytest.fixture
def secret_name(case_path: Path, ids: dict[str, str]) -> str:
    """A person (AMBER) whose only name is RED: on screen by name, on paper by kind."""
    c = open_case(case_path, PASSPHRASE, user="tester")
    dora = add_entity(c, EntityDraft("Person", [("name", "Dora Secreta")], handling=Handling(tlp=TLP.AMBER)),
                      Source(handling=Handling(tlp=TLP.RED)))
    add_entity(c, EntityDraft("Call", [("caller", dora), ("receiver", ids["bruno"])]))
    c.close()
    return dora


def test_the_dialog_prints_at_most_amber_unless_told_and_says_what_it_left_out(
        qtbot, secret_name: str, view: ChartView, session: CaseSession, tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert "Dora Secreta" in {n.label for n in view.model().nodes}
    dialog = view.export()
    assert dialog.max_tlp.currentData() == "AMBER" and dialog.max_tlp.currentText() == "TLP:AMBER"
    dialog.file.setText(str(tmp_path / "network.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as sig:
        _ok(qtbot, dialog)
    done = sig.args[0]
    text = PdfReader(str(done.path)).pages[0].extract_text()
    assert "Secreta" not in text and "Bruno Diallo" in text and done.tlp is TLP.AMBER
    assert done.names_as_kind == 1
    assert "marked TLP:AMBER" in view.status.text() and "replaced by the kind" in view.status.text()
    [record] = _disclosures(qtbot, session)
    assert record.details["max_tlp"] == "AMBER" and record.details["names_as_kind"] == 1


def test_problems_are_shown_and_nothing_written(qtbot, view: ChartView, session: CaseSession,
                                                tmp_path: Path) -> None:
    dialog = view.export()
    (tmp_path / "taken.pdf").write_bytes(b"mine")
    dialog.file.setText(str(tmp_path / "taken.pdf"))
    _ok(qtbot, dialog)
    assert "exists already" in dialog.problem.text() and dialog.runner is None
    dialog.file.setText(str(tmp_path / "nowhere" / "c.pdf"))
    _ok(qtbot, dialog)
    assert "nowhere" in dialog.problem.text()
    assert (tmp_path / "taken.pdf").read_bytes() == b"mine"
    assert _disclosures(qtbot, session) == []
    dialog.reject()


def test_cancel_stops_the_export(qtbot, view: ChartView, monkeypatch: pytest.MonkeyPatch,
                                 tmp_path: Path) -> None:
    started = threading.Event()

    def slow(case: Any, *args: Any, progress: Any, cancelled: Any, **kw: Any) -> None:
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise OperationCancelled("exporting the chart")

    monkeypatch.setattr(charts, "export_chart", slow)
    dialog = view.export()
    dialog.file.setText(str(tmp_path / "c.pdf"))
    _ok(qtbot, dialog)
    assert dialog.runner is not None
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    dialog.runner.cancel()
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=TIMEOUT)
    assert "cancelled" in dialog.problem.text() and not (tmp_path / "c.pdf").exists()


def test_calls_between_two_people_are_one_link_that_expands(qtbot, view: ChartView,
                                                            ids: dict[str, str]) -> None:
    key = aggregate_key(ids["ana"], ids["bruno"], "Call", "called")
    calls = [i for i in view.scene.items() if isinstance(i, EdgeItem) and i.edge.kind == "Call"]
    assert len(calls) == 1 and calls[0].edge.count == 3
    assert calls[0].caption is not None
    tip = calls[0].toolTip()
    assert "called [B2] ×3" in tip and "2024-03-12 14:05" in tip and "Ana Gomes → Bruno Diallo" in tip
    assert calls[0].on_toggle is not None
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        calls[0].on_toggle(key)  # the link's context menu: Show the 3 single links
    single = [i for i in view.scene.items() if isinstance(i, EdgeItem) and i.edge.kind == "Call"]
    assert len(single) == 3 and {i.edge.count for i in single} == {1}
    assert sorted(i.edge.lane for i in single) == [-1, 0, 1]  # side by side, not on top of each other
    assert view.model().edges and key in view.links.expanded
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        single[0].on_toggle(key)  # Combine into one link
    assert len([i for i in view.scene.items() if isinstance(i, EdgeItem) and i.edge.kind == "Call"]) == 1


def test_link_labels_cover_no_node(qtbot, view: ChartView) -> None:
    view.view.resetTransform()
    view.view.scale(1.5, 1.5)
    view.view.update_detail()

    nodes = [i for i in view.scene.items() if isinstance(i, NodeItem)]
    for e in (i for i in view.scene.items() if isinstance(i, EdgeItem)):
        if e.caption is not None and e.caption.isVisible():
            rect = e.caption.sceneBoundingRect()
            assert not any(n.label_rect().intersects(rect) for n in nodes), e.edge.caption


def test_names_on_screen_overlap_no_symbol_and_no_other_name(qtbot, view: ChartView, ids: dict[str, str]
                                                             ) -> None:
    nodes = [i for i in view.scene.items() if isinstance(i, NodeItem)]
    # crowd them: every node on nearly the same spot, then let go of one (a drag ends)
    for k, n in enumerate(nodes):
        n.setPos(n.pos().x() * 0.05 + k * 3, n.pos().y() * 0.05)
    from casebench.ui.chart_links import place_labels

    place_labels(view.scene)
    names = [(n, n.name_box.translated(n.pos())) for n in nodes if n.name]
    assert names  # some still have room
    for i, (a, ra) in enumerate(names):
        for b, rb in names[i + 1:]:
            assert not ra.intersects(rb), (a.name, b.name)
        for other in nodes:
            assert not ra.intersects(other.symbol_rect().translated(other.pos())), (a.name, other.node.label)
    for n in nodes:  # a name with no room is on the tooltip
        assert n.node.label in n.toolTip()


def test_right_click_on_an_aggregated_link_shows_its_single_links(
        qtbot, view: ChartView, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from casebench.ui import analysis_chart_items

    chosen: list[str] = []

    class Picking(QMenu):  # the user picks the menu's action (no modal loop in a test)
        def exec(self, *args: Any) -> None:  # type: ignore[override]
            [act] = [a for a in self.actions() if a.objectName() == "toggleAggregate"]
            chosen.append(act.text())
            act.trigger()

    monkeypatch.setattr(analysis_chart_items, "QMenu", Picking)
    [call] = [i for i in view.scene.items() if isinstance(i, EdgeItem) and i.edge.kind == "Call"]
    # a pixel of the link no node or name lies over (the layout places names where they fit),
    # checked in view pixels: a scene point on a thin line can round to a pixel beside it
    at = next(a for a in (view.view.mapFromScene(call.path().pointAtPercent(k / 40)) for k in range(6, 35))
              if view.view.items(a)[:1] == [call])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, view.view.viewport().mapToGlobal(at))
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        QApplication.sendEvent(view.view.viewport(), event)
    assert chosen == ["Show the 3 single links"]
    assert len([i for i in view.scene.items() if isinstance(i, EdgeItem) and i.edge.kind == "Call"]) == 3
