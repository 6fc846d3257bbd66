"""Lock and unlock again and again with the case's pages in use: an entity form with values
typed, saved and undone through the Edit menu (and a field still searching), a link chart, the
timeline and a search. Each unlock must bring the case back whole, with nothing of the typing
left to undo. Run with ``python -X faulthandler -m pytest``: a crash shows its stack.

``CASEBENCH_LOCK_CYCLES`` sets how many cycles (3 here: the idle lock, the Lock button and
Case › Lock now once each; 30 or more when hunting a crash)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.ui.chart_view import ChartView
from casebench.ui.editor import EntityEditor
from casebench.ui.entity_model import Col
from casebench.ui.fields import EntityField
from casebench.ui.workbench import Workbench

CYCLES = int(os.environ.get("CASEBENCH_LOCK_CYCLES", "3"))


@pytest.fixture
def linked(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids = {key: add_entity(c, EntityDraft("Person", [("name", name)]))
           for key, name in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"), ("carla", "Carla Mendes"))}
    ids["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Address", [("full", "Rua do Sol 12, Vigo")]))
    add_entity(c, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]))
    for day in range(1, 6):
        add_entity(c, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                           ("date", f"2024-03-{day:02d}T14:05Z")]))
    add_entity(c, EntityDraft("Payment", [("payer", ids["bruno"]), ("beneficiary", ids["carla"]),
                                          ("date", "2024-03-15")]))
    c.close()
    return ids


def _ready(bench: Workbench) -> bool:
    return bench.session.is_open and bench.info is not None


def _open_ana(qtbot, bench: Workbench, ids: dict[str, str]) -> EntityEditor:
    page = bench.caseview.entities
    bench.caseview.select("entities")
    qtbot.waitUntil(lambda: page.model.ready and page.model.rowCount() >= 4, timeout=TIMEOUT)
    page.open_entity(ids["ana"])
    editor = page.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["ana"], timeout=TIMEOUT)
    return editor


def _type(qtbot, editor: EntityEditor, prop: str, text: str) -> None:
    field = editor.row(prop).fields[0].editor
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _values(bench: Workbench, prop: str) -> list[str]:
    entity = bench.caseview.entities.editor.entity
    assert entity is not None
    return [s.value for s in entity.statements if s.prop == prop and not s.retracted]


def _use_the_pages(qtbot, bench: Workbench, ids: dict[str, str], i: int) -> EntityEditor:
    editor = _open_ana(qtbot, bench, ids)
    # typed, then saved: the form empties and the page shows the value
    _type(qtbot, editor, "alias", f"Alias {i}")
    assert bench.act_undo.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"Alias {i}" in _values(bench, "alias"), timeout=TIMEOUT)
    # typed, undone and redone through the Edit menu
    _type(qtbot, editor, "notes", f"draft {i}")
    bench.edit_menu.aboutToShow.emit()
    assert "notes" in bench.act_undo.text().lower() or "Notes" in bench.act_undo.text()
    bench.act_undo.trigger()
    assert editor.row("notes").fields[0].value() == ""
    bench.act_redo.trigger()
    assert editor.row("notes").fields[0].value() == f"draft {i}"
    # a field that searches the case as it is typed in (its timer runs on)
    editor.show_all.setChecked(True)
    field = editor.row("addressEntity").fields[0]
    assert isinstance(field, EntityField) and isinstance(field.editor, QComboBox)
    field.editor.setFocus()
    qtbot.keyClicks(field.editor, "Rua")
    qtbot.waitUntil(lambda: field.editor.count() == 1, timeout=TIMEOUT)  # offered as typed
    assert field.editor.itemText(0).startswith("Rua do Sol 12, Vigo")
    # a chart with entities on it, the timeline, a search
    chart = bench.caseview.pages["chart"]
    assert isinstance(chart, ChartView)
    bench.caseview.show_on_chart([ids["ana"], ids["bruno"], ids["co"]])
    qtbot.waitUntil(lambda: {ids["ana"], ids["co"]} <= set(chart.items), timeout=TIMEOUT)
    timeline = bench.caseview.timeline
    bench.caseview.select("timeline")
    qtbot.waitUntil(lambda: timeline._window is not None, timeout=TIMEOUT)
    bench.search_box.setFocus()
    bench.search_box.clear()
    qtbot.keyClicks(bench.search_box, "Gomes")
    results = bench.caseview.search
    qtbot.waitUntil(lambda: results.query == "Gomes" and bool(results.hits), timeout=TIMEOUT)
    return editor


def test_lock_and_unlock_many_times_with_pages_open(qtbot, bench: Workbench, case_path: Path,
                                                   linked: dict[str, str]) -> None:
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: _ready(bench), timeout=TIMEOUT)
    bench.activateWindow()
    qtbot.waitUntil(bench.isActiveWindow, timeout=TIMEOUT)
    for i in range(CYCLES):
        editor = _use_the_pages(qtbot, bench, linked, i)
        how = i % 3
        if how == 0:  # the idle lock discards what is typed and says so
            bench._idle_lock()
        else:  # Lock button or Case › Lock now: typed values discarded by the user first
            editor.discard()
            if how == 1:
                qtbot.mouseClick(bench.lock_button, Qt.MouseButton.LeftButton)
            else:
                bench.act_lock.trigger()
        assert bench.locked and bench.unlock_dialog is not None
        assert not bench.act_undo.isEnabled() and bench.act_undo.text() == "&Undo"
        assert editor.entity is None and editor.steps.stack.count() == 0
        qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)
        unlock(qtbot, bench)
        qtbot.waitUntil(lambda: _ready(bench), timeout=TIMEOUT)
        assert not bench.locked and "Operation Mar Azul" in bench.case_label.text()
        assert not bench.act_undo.isEnabled()  # nothing typed before the lock comes back
    editor = _open_ana(qtbot, bench, linked)
    model = bench.caseview.entities.model
    assert model.rowCount() >= 4 and model.index(0, Col.CAPTION).data()
    assert {f"Alias {i}" for i in range(CYCLES)} <= set(_values(bench, "alias"))


def test_the_idle_lock_closes_the_dialogs_that_show_the_case(qtbot, opened: Workbench) -> None:
    """The briefing pack and executive summary dialogs stayed above the passphrase prompt
    (case data on screen while locked) and, once unlocked, acted on what they read before."""
    pack = opened.print_pack()
    assert pack is not None and pack.isVisible()
    summary = opened.edit_summary()
    assert summary is not None and summary.isVisible()
    opened._idle_lock()
    assert opened.locked and opened.pack_dialog is None and opened.summary_dialog is None
    assert not pack.isVisible() and not summary.isVisible()
    assert opened.unlock_dialog is not None and opened.unlock_dialog.isVisible()
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: _ready(opened), timeout=TIMEOUT)
    again = opened.print_pack()  # a new one, for the case as it is now
    assert again is not None and again is not pack and again.isVisible()
    again.reject()


def test_the_idle_lock_closes_the_timeline_export_dialog(qtbot, opened: Workbench) -> None:
    timeline = opened.caseview.timeline
    opened.caseview.select("timeline")
    seen: list[bool] = []

    def idle() -> None:
        dialog = timeline.export_dialog
        seen.append(dialog is not None and dialog.isVisible())
        opened._idle_lock()

    QTimer.singleShot(300, idle)
    safety = QTimer(opened)  # should the lock leave it open, the test fails instead of hanging
    safety.setSingleShot(True)
    rescued: list[bool] = []

    def rescue() -> None:
        rescued.append(True)
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()

    safety.timeout.connect(rescue)
    safety.start(8_000)
    try:
        assert timeline.export() is None  # the real, modal dialog: nothing exported
    finally:
        safety.stop()
    assert seen == [True] and not rescued and opened.locked
    assert timeline.export_dialog is None
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: _ready(opened), timeout=TIMEOUT)
