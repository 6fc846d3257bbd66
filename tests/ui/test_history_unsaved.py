"""Back, Forward and opening another entity while the form holds typed values: Cancel
leaves the page and the Back/Forward history exactly as they were; Save and Discard take
the step. Driven with the window's buttons, keys, list rows, links and search results."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.ui import test_editor_undo, test_navigation
from tests.ui.conftest import TIMEOUT

from casebench.ui.caseview import ENTITY_GROUPS
from casebench.ui.editor import Choice
from casebench.ui.workbench import Workbench

linked_case = test_navigation.linked_case  # the fixtures of the navigation tests
nav = test_navigation.nav
answers = test_editor_undo.answers
type_value = test_editor_undo.type_value
shows = test_navigation._shows
button = test_navigation._toolbar_button


def where(bench: Workbench) -> tuple[list[tuple[str, int, str | None]], int]:
    return list(bench.history.steps), bench.history.index


def notes(bench: Workbench) -> list[str]:
    return test_editor_undo.shown(bench.caseview.entities.editor, "notes")


def test_cancel_on_back_stays_and_back_still_goes_where_it_went(qtbot, nav, monkeypatch) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    cv.open_entity(ids["ana"])
    shows(qtbot, bench, ids["ana"])
    cv.open_entity(ids["bob"])
    shows(qtbot, bench, ids["bob"])
    before = where(bench)
    type_value(qtbot, editor, "notes", "met in Vigo")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.CANCEL, Choice.DISCARD)
    qtbot.mouseClick(button(bench, bench.act_back), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert asked == ["Bob Jallow"]
    assert editor.entity.id == ids["bob"] and notes(bench) == ["met in Vigo"]
    assert where(bench) == before
    assert bench.act_back.isEnabled() and not bench.act_forward.isEnabled()
    # a row of the list: Cancel keeps the history too
    page = cv.entities
    page.table.selectRow(page.model.row_of(ids["carla"]))
    qtbot.wait(100)
    assert len(asked) == 2 and editor.entity.id == ids["bob"] and where(bench) == before
    # Back again, Discard: Ana, with Bob ahead
    qtbot.mouseClick(button(bench, bench.act_back), Qt.MouseButton.LeftButton)
    shows(qtbot, bench, ids["ana"])
    assert len(asked) == 3 and bench.act_forward.isEnabled()
    qtbot.mouseClick(button(bench, bench.act_forward), Qt.MouseButton.LeftButton)
    shows(qtbot, bench, ids["bob"])
    assert notes(bench) == [""]


def test_cancel_on_forward_keeps_the_steps_ahead_and_save_takes_the_step(qtbot, nav, monkeypatch) -> None:
    bench, ids = nav
    cv = bench.caseview
    for who in ("ana", "bob", "carla"):
        cv.open_entity(ids[who])
        shows(qtbot, bench, ids[who])
    for who in ("bob", "ana"):
        qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        shows(qtbot, bench, ids[who])
    before = where(bench)
    type_value(qtbot, cv.entities.editor, "notes", "sister of Carla")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.SAVE)
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(100)
    assert asked == ["Ana Lopes"] and cv.entities.editor.entity.id == ids["ana"]
    assert where(bench) == before and bench.act_forward.isEnabled() and not bench.act_back.isEnabled()
    # Save: the values are written, then Forward is taken, and Carla is still ahead
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    shows(qtbot, bench, ids["bob"])
    assert len(asked) == 2 and bench.act_back.isEnabled() and bench.act_forward.isEnabled()
    assert bench.statusBar().currentMessage() == "Saved 1 change to Ana Lopes"
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    shows(qtbot, bench, ids["carla"])


def test_cancel_on_a_link_keeps_the_list_entry_and_the_steps_ahead(qtbot, nav, monkeypatch) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    events = next(i for i, (_label, schemata) in enumerate(ENTITY_GROUPS) if "Event" in schemata)
    cv.select("entities", events)
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.row_of(ids["event"]) >= 0,
                    timeout=TIMEOUT)
    cv.entities.open_entity(ids["event"])
    shows(qtbot, bench, ids["event"])
    cv.open_entity(ids["carla"])  # from elsewhere: All entities
    shows(qtbot, bench, ids["carla"])
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    shows(qtbot, bench, ids["event"])
    assert cv.current_arg == events and bench.act_forward.isEnabled()
    before = where(bench)
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 1, timeout=TIMEOUT)
    type_value(qtbot, editor, "notes", "in the port office")
    asked = answers(monkeypatch, Choice.CANCEL, Choice.DISCARD)
    (ana,) = editor.link_buttons()
    qtbot.mouseClick(ana, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert asked == ["Meeting in Vigo"]
    assert where(bench) == before and bench.act_forward.isEnabled()
    assert cv.current_arg == events and cv.navigator.currentItem().parent() is not None
    assert editor.entity.id == ids["event"] and notes(bench) == ["in the port office"]
    qtbot.mouseClick(editor.link_buttons()[0], Qt.MouseButton.LeftButton)  # Discard: Ana opens
    shows(qtbot, bench, ids["ana"])
    assert not bench.act_forward.isEnabled()  # a new step after Back drops the ones ahead


def test_cancel_on_a_search_result_stays_on_the_results(qtbot, nav, monkeypatch) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.open_entity(ids["bob"])
    shows(qtbot, bench, ids["bob"])
    type_value(qtbot, cv.entities.editor, "notes", "owns the boat")
    bench.search_box.setFocus()
    qtbot.keyClicks(bench.search_box, "Carla")
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.search and cv.search.tree.topLevelItemCount() > 0,
                    timeout=TIMEOUT)
    before = where(bench)
    asked = answers(monkeypatch, Choice.CANCEL, Choice.DISCARD)
    tree = cv.search.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    items += [it.child(j) for it in list(items) if it is not None for j in range(it.childCount())]
    hit = next(it for it in items if it is not None and it.data(0, Qt.ItemDataRole.UserRole) == ids["carla"])
    tree.setFocus()
    tree.setCurrentItem(hit)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert asked == ["Bob Jallow"]
    assert cv.stack.currentWidget() is cv.search and where(bench) == before
    assert cv.entities.editor.entity.id == ids["bob"] and notes(bench) == ["owns the boat"]
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Discard
    shows(qtbot, bench, ids["carla"])
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.search, timeout=TIMEOUT)


def test_back_to_the_entity_being_typed_for_keeps_the_values_and_asks_nothing(qtbot, nav, monkeypatch) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.open_entity(ids["ana"])
    shows(qtbot, bench, ids["ana"])
    type_value(qtbot, cv.entities.editor, "notes", "left at noon")
    asked = answers(monkeypatch)
    cv.select("audit")
    assert cv.stack.currentWidget() is cv.audit
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    shows(qtbot, bench, ids["ana"])
    assert asked == [] and notes(bench) == ["left at noon"]
    cv.entities.editor.discard()
