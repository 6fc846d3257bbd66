"""What a walk through the mapping page at 1280×800 found: the mapping table and the rows as
they will be imported both stay in sight, every column the page uses says what for, a refusal
is said once, the amount format is asked only where a number needs it, and an incomplete
mapping shows no rows read by the previous choice."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView
from tests.ui.conftest import TIMEOUT
from tests.ui.test_table_import_preview import (
    CDR,
    STATEMENT,
    map_statement,
    open_mapping,
    planned_rows,
)
from tests.ui.test_table_import_statement import OWN, to_mapping, write

from casebench.ui.table_import_models import MCol
from casebench.ui.table_import_wizard import MAPPING_ROWS, PLANNED_MIN_ROWS, MappingPage


def whole_rows(view: QTableView) -> int:
    """How many rows the view shows whole."""
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


def becomes(page: MappingPage, column: str) -> str:
    model = page.mapping
    return str(model.data(model.index(model.columns.index(column), MCol.PROPERTY)) or "")


def test_neither_the_mapping_nor_the_preview_can_be_dragged_out_of_sight(qtbot, opened, tmp_path) -> None:
    rows = [*STATEMENT, "10/08/2023;OTRO;ES7620770024003102575766;1,00;D",
            "11/08/2023;OTRO;ES7620770024003102575766;2,00;H", "12/08/2023;OTRO;ES7620770024003102575766;3,00;D"]
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C;Saldo;Oficina", rows)
    wizard = map_statement(qtbot, opened, path)
    page = wizard.mapping_page
    planned_rows(qtbot, page, 6)
    qtbot.waitUntil(lambda: page.map_view.viewport().height() > 0, timeout=TIMEOUT)
    # as the wizard opens (its smallest size): the preview and the mapping have room for their
    # rows, the window is tall enough for both (nothing cut off at its bottom) and fits a
    # 1366×768 laptop screen with a taskbar (728 pixels, a title bar of about 30 within them)
    assert page.height() >= page.minimumSizeHint().height()
    assert whole_rows(page.map_view) >= MAPPING_ROWS
    assert whole_rows(page.planned.view) >= PLANNED_MIN_ROWS
    assert wizard.height() <= 728 - 30
    split = page.findChild(QSplitter)
    wizard.resize(wizard.width(), wizard.height() + 200)  # room to drag the divider in
    qtbot.waitUntil(lambda: split.height() > sum(split.widget(i).minimumSizeHint().height()
                                                 for i in range(2)) + 150, timeout=TIMEOUT)
    handle = split.handle(1)
    for far in (-2000, 2000):  # the divider dragged all the way up, then all the way down
        start = handle.rect().center()
        qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(handle, start + QPoint(0, far // 2))
        qtbot.mouseMove(handle, start + QPoint(0, far))
        qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(0, far))
        assert split.sizes()[0 if far < 0 else 1] < 260, split.sizes()  # the drag moved it
        assert whole_rows(page.map_view) >= MAPPING_ROWS, split.sizes()
        assert whole_rows(page.planned.view) >= PLANNED_MIN_ROWS, split.sizes()
    split.setSizes([0, 10_000])  # however it is asked
    assert page.map_view.isVisible() and whole_rows(page.map_view) >= MAPPING_ROWS, split.sizes()


def test_the_time_column_says_it_is_the_time_of_the_date(qtbot, opened, tmp_path) -> None:
    path = tmp_path / "cdr.csv"
    path.write_bytes(("\r\n".join(CDR) + "\r\n").encode("utf-8"))
    wizard = open_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Fecha", "date"), ("Llamante", "callerNumber"), ("Destinatario", "receiverNumber")):
        assert page.mapping.set_property(column, prop)
    assert becomes(page, "Hora") == "(not imported)"
    page.time_column.setCurrentIndex(page.time_column.findData("Hora"))
    assert becomes(page, "Hora") == "Time of the date"
    hora = page.mapping.index(page.mapping.columns.index("Hora"), MCol.PROPERTY)
    assert page.mapping.data(hora, Qt.ItemDataRole.ForegroundRole) is None  # not greyed as unused
    page.time_column.setCurrentIndex(page.time_column.findData(""))
    assert becomes(page, "Hora") == "(not imported)"


def test_the_dc_column_says_what_it_is_used_for(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    wizard = map_statement(qtbot, opened, path)
    assert becomes(wizard.mapping_page, "D/C") == "Says debit or credit"


def visible_labels_saying(page: MappingPage, words: str) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)
            if label.isVisibleTo(page) and words in label.text()]


def test_a_refused_direction_is_said_once(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "pagos.csv", "Fecha;Ordenante;Beneficiario;Importe",
                 ["07/08/2023;ES7620770024003102575766;PT50000201231234567890154;-1.234,56"])
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Ordenante", "payerAccount.iban"),
                         ("Beneficiario", "beneficiaryAccount.iban"), ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    page.sides.setCurrentIndex(page.sides.findData("signed"))
    qtbot.waitUntil(lambda: "already says who paid whom" in page.status.text(), timeout=TIMEOUT)
    assert len(visible_labels_saying(page, "who paid whom")) == 1, visible_labels_saying(page, "who paid whom")
    assert page.planned.model.rowCount() == 0
    assert "problem above" in page.planned.summary.text()
    assert not page.isComplete()


def test_amounts_are_asked_about_only_where_a_number_needs_its_decimal_mark(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    label = next(w for w in page.findChildren(QLabel) if w.text() == "Amounts are written:")
    assert page.decimal.isVisibleTo(page) and label.isVisibleTo(page)
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))  # durations are seconds or h:mm:ss
    assert not page.decimal.isVisibleTo(page) and not label.isVisibleTo(page)
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Company"))  # its capital is an amount
    assert page.decimal.isVisibleTo(page)


def test_an_incomplete_direction_shows_no_rows_of_the_previous_choice(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Concepto", "purpose"), ("Cuenta", "beneficiaryAccount.iban"),
                         ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    qtbot.keyClicks(page.currency, "EUR")
    planned_rows(qtbot, page, 3)  # signed: every amount is positive, so money in
    page.sides.setCurrentIndex(page.sides.findData("marks"))  # the D/C column not chosen yet
    qtbot.waitUntil(lambda: "Choose the column that says debit or credit" in page.status.text(), timeout=TIMEOUT)
    assert page.planned.model.rowCount() == 0
    assert "problem above" in page.planned.summary.text()
    page.direction.setCurrentIndex(page.direction.findData("D/C"))
    model = planned_rows(qtbot, page, 3)
    assert model.text(0, model.column_of("Direction")) == "money out (debit)"


def test_the_files_cells_show_twenty_rows_whatever_the_preview_keeps_in_sight(case, tmp_path) -> None:
    """The wizard's look at the file reads its first 20 rows (a constant of the same name
    once set it to the preview's minimum of 5)."""
    from casebench.services.table_import import TableFormat
    from casebench.ui.table_import_wizard import first_look

    rows = [f"{d:02d}/08/2023;PAGO {d};ES7620770024003102575766;{d},00;D" for d in range(1, 31)]
    path = write(tmp_path / "largo.csv", "Fecha;Concepto;Cuenta;Importe;D/C", rows)
    look = first_look(case, path, TableFormat(delimiter=";"))
    assert len(look.preview.rows) == 20
