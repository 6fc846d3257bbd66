"""The entity page's Links table (a row per link, sortable, taken in batches) and the names a
relationship gives above its values: readable at 1280×800."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, shown, unlock

from casebench.services import entities as es
from casebench.services import entity_links as el
from casebench.services.cases import create_case
from casebench.ui import i18n
from casebench.ui.links_table import LCol, LinksModel
from casebench.ui.workbench import Workbench


def _row(kind: str, name: str, date: str = "", amount: str = "", direction: int = el.OUT,
         other: str = "x") -> el.LinkRow:
    return el.LinkRow(kind, other, "Person", name, direction, date, amount, "EUR" if amount else "", via="v")


def test_the_model_shows_rows_in_batches_and_sorts_them_all(qtbot, qtmodeltester) -> None:
    model = LinksModel(batch=3)
    rows = [_row("Call", f"P{i}", f"2024-03-0{i + 1}T1{i}:05:09+01:00") for i in range(6)]
    rows.append(_row("Family", "Undated", direction=el.UNDIRECTED))
    model.set_links(rows)
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7 and not model.canFetchMore()
    qtmodeltester.check(model)
    # A sort orders every row, also those the view has not taken yet; undated rows stay last.
    model = LinksModel(batch=3)
    model.set_links(rows)
    model.sort(LCol.DATE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 3
    assert [model.index(r, LCol.OTHER).data() for r in range(3)] == ["P5", "P4", "P3"]
    assert model.all_rows()[-1].other_name == "Undated"
    # the moment in UTC to the minute (decision 66); as recorded, its zone and UTC in the tooltip
    assert model.index(0, LCol.DATE).data() == "2024-03-06 14:05 UTC"
    assert shown(model.index(0, LCol.DATE).data(Qt.ItemDataRole.ToolTipRole)) == \
        "2024-03-06 15:05:09 (UTC+01:00) = 14:05:09 UTC"
    assert model.index(0, LCol.OTHER).data(Qt.ItemDataRole.UserRole) == "x"


def test_amounts_sort_by_value_and_read_in_the_window_language(qtbot, qtmodeltester) -> None:
    model = LinksModel()
    model.set_links([_row("Payment", "A", amount="950"), _row("Payment", "B", amount="12500.5"),
                     _row("Payment", "C", amount="80", direction=el.IN), _row("Call", "D")])
    model.sort(LCol.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, LCol.AMOUNT).data() for r in range(4)] == ["12,500.5 EUR", "950 EUR", "80 EUR", ""]
    assert model.index(2, LCol.DIRECTION).data() == "← from"
    i18n.install("es")
    try:
        assert model.index(0, LCol.AMOUNT).data() == "12.500,5 EUR"
    finally:
        i18n.install("en")
    qtmodeltester.check(model)


LONG = {"payer": "Atlântida Trading, Unipessoal Lda.", "beneficiary": "Kombo Atlantic Trading Company Ltd",
        "payer_iban": "PT50000201231234567890154", "beneficiary_iban": "ES9121000418450200051332"}


@pytest.fixture
def payment_case(case_path: Path) -> tuple[Path, dict[str, str]]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", originator_country="es")

    def add(schema: str, *values: tuple[str, str]) -> str:
        return es.add_entity(c, es.EntityDraft(schema, list(values)))

    ids = {"payer": add("Company", ("name", LONG["payer"])),
           "beneficiary": add("Company", ("name", LONG["beneficiary"])),
           "person": add("Person", ("name", "Alejandro Ruiz de la Fuente")),
           "other": add("Person", ("name", "Francisco Javier Romero Delgado"))}
    ids["payer_account"] = add("BankAccount", ("iban", LONG["payer_iban"]), ("holder", ids["payer"]))
    ids["beneficiary_account"] = add("BankAccount", ("iban", LONG["beneficiary_iban"]), ("holder", ids["beneficiary"]))
    ids["payment"] = add("Payment", ("payer", ids["payer"]), ("beneficiary", ids["beneficiary"]),
                         ("payerAccount", ids["payer_account"]), ("beneficiaryAccount", ids["beneficiary_account"]),
                         ("amount", "125000"), ("currency", "EUR"), ("date", "2024-03-11"))
    for day in range(1, 4):
        add("Call", ("caller", ids["person"]), ("receiver", ids["other"]), ("date", f"2024-03-0{day}T14:05:09+01:00"))
    c.close()
    return case_path, ids


@pytest.fixture
def window(qtbot, bench: Workbench, payment_case) -> tuple[Workbench, dict[str, str]]:
    path, ids = payment_case
    bench.resize(1280, 800)
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench, ids


def _open(qtbot, bench: Workbench, entity_id: str) -> None:
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(entity_id)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == entity_id, timeout=TIMEOUT)
    panel = editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == entity_id, timeout=TIMEOUT)


def test_a_payments_four_names_are_on_screen_whole_at_1280_by_800(qtbot, window) -> None:
    bench, ids = window
    editor = bench.caseview.entities.editor
    _open(qtbot, bench, ids["payment"])
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 4, timeout=TIMEOUT)
    qtbot.wait(50)  # the layout settles

    def on_page(w) -> bool:  # drawn inside the entity page, not past its edge or under a scroll area
        left = w.mapTo(editor, w.rect().topLeft()).x()
        return w.isVisible() and not w.visibleRegion().isEmpty() and left >= 0 and left + w.width() <= editor.width()

    labels = {lbl.text(): lbl for lbl in editor.refs.findChildren(QLabel)}
    assert set(labels) == {"Payer:", "Beneficiary:", "Payer account:", "Beneficiary account:"}
    for label in labels.values():
        assert on_page(label) and label.width() >= label.sizeHint().width()  # never cut
    buttons = {b.name: b for b in editor.link_buttons()}
    assert set(buttons) == {LONG["payer"], LONG["beneficiary"], LONG["payer_iban"], LONG["beneficiary_iban"]}
    for name, button in buttons.items():
        assert on_page(button)
        assert button.shown_name == name  # whole: there is room for it at 1280 px
    # the account opens on a click, as the other names do
    qtbot.mouseClick(buttons[LONG["beneficiary_iban"]], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["beneficiary_account"],
                    timeout=TIMEOUT)


def test_the_links_table_gives_the_other_end_room_at_1280_by_800(qtbot, window) -> None:
    bench, ids = window
    editor = bench.caseview.entities.editor
    _open(qtbot, bench, ids["person"])
    panel = editor.links_panel
    editor.tabs.setCurrentWidget(panel)
    qtbot.wait(50)
    view, model = panel.table, panel.model
    header = view.horizontalHeader()
    assert model.index(0, LCol.OTHER).data() == "Francisco Javier Romero Delgado"
    # the name is whole (cut at its end only when there is no room, never in its middle)
    name_width = view.fontMetrics().horizontalAdvance("Francisco Javier Romero Delgado")
    assert header.sectionSize(LCol.OTHER) >= name_width + 16 + 8
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    # kind, direction, other end and date on screen; no room kept for amounts there are none of
    assert header.isSectionHidden(LCol.AMOUNT) and header.isSectionHidden(LCol.DETAILS)
    for column in (LCol.KIND, LCol.DIRECTION, LCol.OTHER, LCol.DATE):
        assert header.sectionViewportPosition(column) >= 0
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()
    assert [model.index(0, c).data() for c in (LCol.KIND, LCol.DIRECTION, LCol.DATE)] == [
        "Call", "→ to", "2024-03-01 13:05 UTC"]
    # the Links tab takes the room the form below gives up
    assert view.viewport().height() >= 5 * view.verticalHeader().defaultSectionSize()
