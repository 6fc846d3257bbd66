"""Columns at 1280×800 (issue 13 item 5): Value takes the room left and never collapses, the
selected value's provenance is on screen, the audit log opens with every column readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from tests.ui.conftest import TIMEOUT
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

from casebench.services import entities as es
from casebench.ui.audit_view import ACol
from casebench.ui.columns import text_width
from casebench.ui.statement_model import SCol


def _on_screen(view: QTableView, column: int) -> bool:
    x = view.columnViewportPosition(column)
    return x >= 0 and x + view.columnWidth(column) <= view.viewport().width()


def _widths(view: QTableView) -> list[int]:
    return [view.columnWidth(c) for c in range(view.model().columnCount())]


def test_values_and_their_provenance_are_visible_at_1280x800(qtbot, qtmodeltester, opened) -> None:
    opened.resize(1280, 800)
    done: list = []
    opened.session.call(lambda c: es.add_entity(c, es.EntityDraft("Person", [
        ("name", "Francisco Javier Romero Delgado"), ("birthDate", "1971-08-14"), ("gender", "male"),
        ("nationality", "es"), ("email", "f.romero.delgado@correo-seguro.example.com")])),
        on_done=done.append, on_error=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    editor = opened.caseview.entities.editor
    opened.caseview.open_entity(done[0])
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == done[0], timeout=TIMEOUT)
    view, model = editor.values_view, editor.values_model
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: view.viewport().width() > 300, timeout=TIMEOUT)
    assert view.columnWidth(SCol.VALUE) >= text_width(view, "Operation Mar Azul")
    for column in (SCol.PROPERTY, SCol.VALUE, SCol.HANDLING, SCol.SOURCE):
        assert _on_screen(view, column), (column, _widths(view), view.viewport().width())
    assert view.columnWidth(SCol.HANDLING) >= view.fontMetrics().horizontalAdvance("TLP:AMBER+STRICT")
    # The pane under the table: everything about the selected value, wrapped, on screen.
    details = editor.value_details
    assert details.isVisible() and details.textFormat() == Qt.TextFormat.PlainText
    assert "Select a value" in details.text()
    row = next(r for r in range(model.rowCount()) if model.statement(r).prop == "email")
    view.selectRow(row)
    text = details.text()
    assert "f.romero.delgado@correo-seguro.example.com" in text
    assert "Source: tester" in text and "Handling: TLP:AMBER" in text and "Recorded: " in text
    assert details.geometry().bottom() <= editor.height() and details.visibleRegion().boundingRect().height() > 20
    # A refresh (the same entity shown again) never changes the widths.
    before = _widths(view)
    editor.show_entity(done[0])
    qtbot.waitUntil(lambda: model.rowCount() > 0 and "Select a value" in details.text(), timeout=TIMEOUT)
    assert _widths(view) == before
    # Narrower: Value keeps its minimum and the table scrolls sideways instead of squeezing it.
    view.resize(260, view.height())
    assert view.columnWidth(SCol.VALUE) >= text_width(view, "Operation Mar Azul")


def test_the_audit_log_opens_with_every_column_readable(qtbot, qtmodeltester, opened) -> None:
    opened.resize(1280, 800)
    opened.caseview.select("audit")
    page = opened.caseview.audit
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    qtmodeltester.check(page.model)
    table = page.table
    widths = _widths(table)
    assert max(widths) <= table.viewport().width() * 0.45, widths  # not one wide column
    for column in ACol:
        head = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(head), head
        assert _on_screen(table, column), (column, widths, table.viewport().width())
    when = page.model.index(0, ACol.AT).data()
    assert table.columnWidth(ACol.AT) >= table.fontMetrics().horizontalAdvance(when)
    # A filter changes the rows, never the widths.
    page.category.setCurrentIndex(page.category.findData("consultation"))
    qtbot.waitUntil(lambda: all(page.model.index(r, ACol.CATEGORY).data() == "consultation"
                                for r in range(page.model.rowCount())), timeout=TIMEOUT)
    assert _widths(table) == widths


@pytest.mark.usefixtures("compiled")
def test_audit_categories_and_actions_follow_the_window_language(qtbot, opened) -> None:
    opened.caseview.select("audit")
    page = opened.caseview.audit
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    oldest = page.model.rowCount() - 1  # the list opens at the newest record
    assert page.model.index(oldest, ACol.CATEGORY).data() == "collection"
    english = [page.model.index(r, ACol.ACTION).data() for r in range(page.model.rowCount())]
    assert "case created" in english and "Vessel added" in english, english  # as stored
    opened.set_language("es")
    try:
        assert page.model.index(oldest, ACol.CATEGORY).data() == "recogida"
        actions = [page.model.index(r, ACol.ACTION).data() for r in range(page.model.rowCount())]
        assert "caso creado" in actions and "alta: Buque" in actions, actions
        assert "case created" not in actions and "Vessel added" not in actions
    finally:
        opened.set_language("en")


def test_the_exhibit_table_fits_1280x800_without_scrolling(qtbot, opened) -> None:
    from casebench.services import evidence as ev
    from casebench.ui.exhibit_models import XCol

    opened.resize(1280, 800)
    done: list = []
    opened.session.call(ev.add_exhibit, ev.ExhibitDraft("IMPORT-60C00931A6FD", type="data",
                        description="movistar-cdr-2024-T1.csv: table imported with a specification",
                        seized_at="2024-01-17T10:40+01:00", seized_place="Port of Algeciras, Spain"),
                        on_done=done.append, on_error=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    opened.caseview.select("exhibits")
    page = opened.caseview.pages["exhibits"]
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.ready and page.model.rowCount() == 1, timeout=TIMEOUT)
    table = page.table
    qtbot.waitUntil(lambda: table.viewport().width() > 600, timeout=TIMEOUT)
    for column in XCol:
        assert _on_screen(table, column), (column, _widths(table), table.viewport().width())
    ref = page.model.index(0, XCol.REFERENCE).data()
    assert table.columnWidth(XCol.REFERENCE) >= table.fontMetrics().horizontalAdvance(ref)
    assert table.columnWidth(XCol.TLP) >= table.fontMetrics().horizontalAdvance("TLP:AMBER+STRICT")
