"""The entity form's undo and redo, the note after Save, and the Save / Discard / Cancel
question on every way of leaving typed values (another entity, close, quit, lock); the idle
lock discards them and says so. Driven with keys and clicks in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QToolButton
from tests.conftest import PASSPHRASE
from tests.ui import test_i18n
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import open_case
from casebench.ui import editor as editor_module
from casebench.ui.editor import Choice, EntityEditor
from casebench.ui.entity_model import Col
from casebench.ui.workbench import Workbench

compiled = test_i18n.compiled  # the translations, compiled for the test

REAL_ASK_UNSAVED = editor_module.ask_unsaved  # before the fixture replaces it
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def answers(monkeypatch, *choices: Choice) -> list[str]:
    """Answer the Save / Discard / Cancel questions in order; the names asked about."""
    asked: list[str] = []
    queue = list(choices)

    def fake(_parent: object, name: str) -> Choice:
        asked.append(name)
        return queue.pop(0) if queue else Choice.DISCARD  # an extra question fails by the count

    monkeypatch.setattr(editor_module, "ask_unsaved", fake)
    return asked


def ids_by_name(qtbot, bench: Workbench) -> dict[str, str]:
    page = bench.caseview.entities
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=TIMEOUT)
    return {page.model.index(r, Col.CAPTION).data(): page.model.index(r, Col.CAPTION).data(
        Qt.ItemDataRole.UserRole) for r in range(page.model.rowCount())}


def open_person(qtbot, bench: Workbench) -> EntityEditor:
    bench.activateWindow()  # keys and focus changes go to the active window
    qtbot.waitUntil(bench.isActiveWindow, timeout=TIMEOUT)
    page = bench.caseview.entities
    eid = ids_by_name(qtbot, bench)["Mamadou Diallo"]
    page.open_entity(eid)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == eid, timeout=TIMEOUT)
    return editor


def type_value(qtbot, editor: EntityEditor, prop: str, text: str, index: int = 0) -> None:
    """Type into a field and press Enter (Tab out of a text box, where Enter is a new line):
    one step of the form."""
    field = editor.row(prop).fields[index].editor
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab if isinstance(field, QPlainTextEdit) else Qt.Key.Key_Return)


def shown(editor: EntityEditor, prop: str) -> list[str]:
    return [f.value() for f in editor.row(prop).fields]


def read_back(qtbot, bench: Workbench, name: str, prop: str) -> list[str]:
    got: list[list[str]] = []
    eid = ids_by_name(qtbot, bench)[name]
    bench.session.call(lambda c: es.get(c, eid).values(prop), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def read_closed(case_path: Path, prop: str) -> list[str]:
    case = open_case(case_path, PASSPHRASE, user="tester")
    try:
        person = next(s for s in es.list_entities(case, schema="Person") if s.caption == "Mamadou Diallo")
        return es.get(case, person.id).values(prop)
    finally:
        case.close()


def press(qtbot, widget, modifiers: Qt.KeyboardModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


# -- undo and redo ----------------------------------------------------------------------------
def test_ctrl_z_takes_back_one_value_at_a_time_and_ctrl_shift_z_brings_it_back(qtbot, opened) -> None:
    editor = open_person(qtbot, opened)
    assert not opened.act_undo.isEnabled()  # nothing typed: nothing to undo
    type_value(qtbot, editor, "alias", "Jaun")
    type_value(qtbot, editor, "notes", "seen in Vigo")
    assert editor.steps.stack.count() == 2  # one step per value, not one per keystroke
    assert opened.act_undo.isEnabled()
    assert opened.act_undo.text() == "&Undo typing in “Notes”"
    alias = editor.row("alias").fields[0].editor
    press(qtbot, alias, CTRL)  # in another field: still the form's last step
    assert shown(editor, "notes") == [""] and shown(editor, "alias") == ["Jaun"]
    press(qtbot, alias, CTRL)
    assert shown(editor, "alias") == [""]
    assert not opened.act_undo.isEnabled() and opened.act_undo.text() == "&Undo"
    assert opened.act_redo.text() == "&Redo typing in “Alias”"
    press(qtbot, alias, CTRL_SHIFT)
    assert shown(editor, "alias") == ["Jaun"]
    opened.act_redo.trigger()  # Edit › Redo
    assert shown(editor, "notes") == ["seen in Vigo"]
    opened.act_undo.trigger()  # Edit › Undo
    assert shown(editor, "notes") == [""]
    editor.discard()


def test_ctrl_z_in_a_field_still_being_typed_in_takes_back_that_typing(qtbot, opened) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "alias", "El Gallego")
    notes = editor.row("notes").fields[0].editor
    notes.setFocus()
    qtbot.keyClicks(notes, "wrong")
    press(qtbot, notes, CTRL)  # the typing not yet recorded is the step taken back
    assert shown(editor, "notes") == [""] and shown(editor, "alias") == ["El Gallego"]
    press(qtbot, notes, CTRL_SHIFT)
    assert shown(editor, "notes") == ["wrong"]
    editor.discard()


def test_plus_and_minus_are_steps_too(qtbot, opened) -> None:
    editor = open_person(qtbot, opened)
    row = editor.row("alias")
    qtbot.mouseClick(row.more, Qt.MouseButton.LeftButton)  # "+"
    assert len(row.fields) == 2
    type_value(qtbot, editor, "alias", "El Gallego", index=1)
    remove = row.fields[1].parentWidget().findChild(QToolButton, "removeValue")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)  # "−"
    assert len(row.fields) == 1
    assert opened.act_undo.text() == "&Undo removing a value from “Alias”"
    opened.act_undo.trigger()
    assert shown(editor, "alias") == ["", "El Gallego"]  # back with what it held
    opened.act_undo.trigger()
    assert shown(editor, "alias") == ["", ""]
    assert opened.act_undo.text() == "&Undo adding a value to “Alias”"
    opened.act_undo.trigger()
    assert len(row.fields) == 1 and not opened.act_undo.isEnabled()
    for _ in range(3):
        opened.act_redo.trigger()
    assert len(row.fields) == 1 and shown(editor, "alias") == [""]
    opened.act_undo.trigger()
    assert shown(editor, "alias") == ["", "El Gallego"]
    editor.discard()


def test_save_says_how_many_changes_and_leaves_nothing_to_undo(qtbot, opened) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "alias", "El Gallego")
    type_value(qtbot, editor, "notes", "seen in Vigo")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.statusBar().currentMessage() == "Saved 2 changes to Mamadou Diallo",
                    timeout=TIMEOUT)
    assert read_back(qtbot, opened, "Mamadou Diallo", "alias") == ["El Gallego"]
    assert shown(editor, "alias") == [""] and not opened.act_undo.isEnabled()  # saved is clean
    type_value(qtbot, editor, "alias", "Mamadu")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened.statusBar().currentMessage() == "Saved 1 change to Mamadou Diallo",
                    timeout=TIMEOUT)


# -- leaving typed values ---------------------------------------------------------------------
def test_choosing_another_entity_asks_and_cancel_keeps_the_user_there(qtbot, opened, monkeypatch) -> None:
    page = opened.caseview.entities
    editor = open_person(qtbot, opened)
    person = editor.entity.id
    type_value(qtbot, editor, "notes", "seen in Vigo")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.DISCARD)
    vessel_row = page.model.row_of(ids_by_name(qtbot, opened)["Mar Azul"])
    page.table.selectRow(vessel_row)  # as a click in the list
    qtbot.wait(100)
    assert asked == ["Mamadou Diallo"]
    assert editor.entity.id == person and shown(editor, "notes") == ["seen in Vigo"]
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [page.model.row_of(person)]
    opened.act_undo.trigger()  # the steps are still there
    assert shown(editor, "notes") == [""]
    opened.act_redo.trigger()
    page.table.selectRow(vessel_row)  # Discard: the other entity opens, nothing is written
    qtbot.waitUntil(lambda: editor.entity.caption == "Mar Azul", timeout=TIMEOUT)
    assert len(asked) == 2 and shown(editor, "notes") == [""] and not opened.act_undo.isEnabled()
    assert read_back(qtbot, opened, "Mamadou Diallo", "notes") == []


def test_save_on_leaving_writes_the_values_then_opens_the_other_entity(qtbot, opened, monkeypatch) -> None:
    page = opened.caseview.entities
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "notes", "seen in Vigo")
    asked = answers(monkeypatch, Choice.SAVE)
    page.table.selectRow(page.model.row_of(ids_by_name(qtbot, opened)["Mar Azul"]))
    qtbot.waitUntil(lambda: editor.entity.caption == "Mar Azul", timeout=TIMEOUT)
    assert asked == ["Mamadou Diallo"]
    assert opened.statusBar().currentMessage() == "Saved 1 change to Mamadou Diallo"
    assert read_back(qtbot, opened, "Mamadou Diallo", "notes") == ["seen in Vigo"]


def test_save_refused_keeps_the_user_with_the_values_and_the_reason(qtbot, opened, monkeypatch) -> None:
    page = opened.caseview.entities
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "birthDate", "1980-13")  # no 13th month
    answers(monkeypatch, Choice.SAVE)
    page.table.selectRow(page.model.row_of(ids_by_name(qtbot, opened)["Mar Azul"]))
    qtbot.wait(200)
    assert editor.entity.caption == "Mamadou Diallo" and shown(editor, "birthDate") == ["1980-13"]
    assert editor.error.text()
    editor.discard()


def test_closing_the_window_asks_cancel_keeps_it_open_and_save_writes_first(
        qtbot, opened, monkeypatch, closed_case: Path) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "notes", "seen in Vigo")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.SAVE)
    opened.close()
    assert asked == ["Mamadou Diallo"]
    assert opened.isVisible() and opened.session.is_open and shown(editor, "notes") == ["seen in Vigo"]
    opened.close()  # Save: written, then the window closes
    qtbot.waitUntil(lambda: not opened.isVisible(), timeout=TIMEOUT)
    assert len(asked) == 2
    assert read_closed(closed_case, "notes") == ["seen in Vigo"]


def test_close_case_asks_and_discard_closes_without_writing(qtbot, opened, monkeypatch,
                                                            closed_case: Path) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "notes", "seen in Vigo")
    asked = answers(monkeypatch, Choice.DISCARD)
    opened.act_close.trigger()  # Case › Close case
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    assert asked == ["Mamadou Diallo"]
    assert read_closed(closed_case, "notes") == []


def test_a_forum_form_behind_another_page_is_not_forgotten(qtbot, opened, monkeypatch) -> None:
    forum = opened.caseview.forum.pages[0]  # meetings
    opened.caseview.select("forum", 0)
    forum.new_entity("Meeting")
    type_value(qtbot, forum.editor, "name", "Meeting in Lisbon")
    opened.caseview.select("audit")  # the form is on a page behind
    asked = answers(monkeypatch, Choice.CANCEL)
    opened.act_close.trigger()
    assert asked and opened.session.is_open
    forum.editor.discard()


def test_lock_asks_and_save_writes_before_locking(qtbot, opened, monkeypatch) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "notes", "seen in Vigo")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.SAVE)
    opened.act_lock.trigger()
    assert asked == ["Mamadou Diallo"] and opened.session.is_open and not opened.locked
    opened.act_lock.trigger()
    qtbot.waitUntil(lambda: opened.locked and opened.unlock_dialog is not None, timeout=TIMEOUT)
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: opened.session.is_open and opened.caseview.entities.model.ready, timeout=TIMEOUT)
    assert read_back(qtbot, opened, "Mamadou Diallo", "notes") == ["seen in Vigo"]


def test_the_idle_lock_discards_typed_values_and_says_so(qtbot, opened, monkeypatch) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "alias", "El Gallego")
    editor.row("notes").fields[0].editor.setFocus()
    qtbot.keyClicks(editor.row("notes").fields[0].editor, "seen in Vigo")  # still being typed
    asked = answers(monkeypatch)
    opened._idle_lock()
    assert asked == []  # nobody is there to answer
    assert opened.locked and opened.unlock_dialog is not None
    intro = opened.unlock_dialog.intro.text()
    assert "2 values typed and not saved were discarded when the case locked." in intro
    assert "Mamadou" not in intro  # the lock screen names nothing of the case
    assert editor.steps.stack.count() == 0 and shown(editor, "notes") == [""]  # nothing kept
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: opened.session.is_open and opened.caseview.entities.model.ready, timeout=TIMEOUT)
    assert "discarded" in opened.statusBar().currentMessage()
    assert read_back(qtbot, opened, "Mamadou Diallo", "alias") == []


def test_the_idle_lock_answers_a_question_left_waiting(qtbot, opened, monkeypatch) -> None:
    """The user walked away with the real Save / Discard / Cancel box on screen: the idle
    lock answers it (Cancel) and discards; the window is locked, nothing is written."""
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "notes", "seen in Vigo")
    monkeypatch.setattr(editor_module, "ask_unsaved", REAL_ASK_UNSAVED)
    seen: list[str] = []

    def idle() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else "")
        opened._idle_lock()

    QTimer.singleShot(300, idle)
    safety = QTimer(opened)  # should the lock not answer it, the test fails instead of hanging
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    safety.start(8_000)
    try:
        opened.act_close.trigger()  # the real question, modal
    finally:
        safety.stop()
    assert seen and "Mamadou Diallo" in seen[0]
    assert opened.locked and editor.steps.stack.count() == 0
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: opened.session.is_open and opened.caseview.entities.model.ready, timeout=TIMEOUT)
    assert read_back(qtbot, opened, "Mamadou Diallo", "notes") == []


def test_a_language_switch_keeps_the_typed_values_and_their_steps(qtbot, compiled, opened) -> None:
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "alias", "El Gallego")
    opened.set_language("es")
    try:
        qtbot.waitUntil(lambda: opened.edit_menu.title() == "&Edición", timeout=3000)
        assert shown(editor, "alias") == ["El Gallego"]  # the form was rebuilt in Spanish, values kept
        assert opened.act_undo.text() == "&Deshacer: escribir en «Alias»"
        opened.act_undo.trigger()
        assert shown(editor, "alias") == [""]
    finally:
        opened.set_language("en")
    editor.discard()



def test_the_chart_page_keeps_its_own_ctrl_z(qtbot, opened) -> None:
    """The form's steps wait on the Entities page; on the chart, Ctrl+Z is the chart's."""
    editor = open_person(qtbot, opened)
    type_value(qtbot, editor, "alias", "Jaun")
    opened.caseview.select("chart")
    assert not opened.act_undo.isEnabled()  # its key is free for the chart's own undo
    chart = opened.caseview.pages["chart"]
    press(qtbot, chart.view, CTRL)
    assert shown(editor, "alias") == ["Jaun"]
    opened.caseview.select("entities")  # back: the typed value and its step are still there
    assert shown(editor, "alias") == ["Jaun"] and opened.act_undo.isEnabled()
    press(qtbot, editor.values_view, CTRL)  # not in a field: the window's Edit › Undo key
    assert shown(editor, "alias") == [""]
