"""The mapping page shows the first rows as the import will store them, before it runs: amounts
read in the file's number format with their currency, which way each movement went, the two
ends, dates with their zone (07/08/2023 is 7 August), and the reason a row will be refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from tests.ui.conftest import TIMEOUT, shown
from tests.ui.test_table_import_statement import OWN, to_mapping, write

from casebench.services.table_import import ColumnMap, ImportSpec, sniff_table
from casebench.services.table_preview import planned_preview
from casebench.ui.table_import_preview import PlannedPreviewModel
from casebench.ui.table_import_wizard import MappingPage, TableImportWizard
from casebench.ui.workbench import Workbench

COUNTERPARTY = "ES7620770024003102575766"
STATEMENT = ["07/08/2023;PAGO PROVEEDOR;ES7620770024003102575766;1.234,56;D",
             "08/08/2023;COBRO FACTURA;PT50000201231234567890154;750,00;H",
             "09/08/2023;COMISION;ES7620770024003102575766;12,50;X"]  # X: neither debit nor credit


def cell(model: PlannedPreviewModel, row: int, header: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    column = model.column_of(header)
    assert column >= 0, (header, [model.header_label(i) for i in range(model.columnCount())])
    return str(model.data(model.index(row, column), role) or "")


def planned_rows(qtbot, page: MappingPage, rows: int) -> PlannedPreviewModel:
    model = page.planned.model
    qtbot.waitUntil(lambda: model.rowCount() == rows and model.preview is not None
                    and not model.preview.problem, timeout=TIMEOUT)
    return model


def open_mapping(qtbot, bench: Workbench, path: Path) -> TableImportWizard:
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    wizard.file_page.path.setText(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    return wizard


def map_statement(qtbot, bench: Workbench, path: Path) -> TableImportWizard:
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Concepto", "purpose"), ("Cuenta", "beneficiaryAccount.iban"),
                         ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    qtbot.keyClicks(page.currency, "EUR")
    page.sides.setCurrentIndex(page.sides.findData("marks"))
    page.direction.setCurrentIndex(page.direction.findData("D/C"))
    return wizard


def test_a_statement_is_shown_as_it_will_be_imported_before_the_import(qtbot, opened, tmp_path,
                                                                        qtmodeltester) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    wizard = map_statement(qtbot, opened, path)
    page = wizard.mapping_page
    model = planned_rows(qtbot, page, 3)
    qtmodeltester.check(model)
    assert page.preview_tabs.currentWidget() is page.planned  # shown first
    own = OWN.replace(" ", "")
    # a debit: 1.234,56 is one thousand two hundred and thirty-four euros, paid by the account
    assert cell(model, 0, "Import") == "Imported"
    assert cell(model, 0, "Amount") == "1,234.56 EUR"
    assert cell(model, 0, "Direction") == "money out (debit)"
    assert (cell(model, 0, "Payer"), cell(model, 0, "Beneficiary")) == (own, COUNTERPARTY)
    assert cell(model, 0, "Date") == "2023-08-07"
    tip = cell(model, 0, "Date", Qt.ItemDataRole.ToolTipRole)
    assert "August 7, 2023" in tip and "07/08/2023" in tip  # 7 August, not July 8
    # a credit ("H", Haber): the counterparty paid the account
    assert cell(model, 1, "Direction") == "money in (credit)"
    assert (cell(model, 1, "Payer"), cell(model, 1, "Beneficiary")) == ("PT50000201231234567890154", own)
    assert cell(model, 1, "Amount") == "750 EUR"  # as the window writes whole amounts
    # the third row will be refused, and the row says why
    assert cell(model, 2, "Import") == "Refused"
    problem = cell(model, 2, "Problem")
    assert "“X”" in problem and "neither a debit nor a credit" in problem, problem
    assert shown(cell(model, 2, "Import", Qt.ItemDataRole.ToolTipRole)) == problem
    assert cell(model, 2, "Amount") == ""
    assert model.data(model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(2, Qt.Orientation.Vertical) == "8"  # the spreadsheet's row number
    assert "Refused: 1" in page.planned.summary.text()
    # the mapping changes: the preview follows (read as a point-decimal file, 1.234,56 is refused)
    page.decimal.setCurrentIndex(page.decimal.findData("."))
    qtbot.waitUntil(lambda: model.rowCount() == 3 and cell(model, 0, "Import") == "Refused", timeout=TIMEOUT)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.waitUntil(lambda: model.rowCount() == 3 and cell(model, 0, "Import") == "Imported", timeout=TIMEOUT)


CDR = ["Fecha;Hora;Llamante;Destinatario",
       "07/08/2023;7:15 PM;+34612345678;+34699111222",
       "07/08/2023;13:75 PM;+34612345678;+34699111222",  # no such time
       "08/08/2023;12:05 AM;+34699111222;+351912345678"]


def test_a_call_record_with_12_hour_times_shows_each_time_in_its_zone(qtbot, opened, tmp_path,
                                                                      qtmodeltester) -> None:
    path = tmp_path / "cdr.csv"
    path.write_bytes(("\r\n".join(CDR) + "\r\n").encode("utf-8"))
    wizard = open_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Fecha", "date"), ("Llamante", "callerNumber"), ("Destinatario", "receiverNumber")):
        assert page.mapping.set_property(column, prop)
    page.time_column.setCurrentIndex(page.time_column.findData("Hora"))
    qtbot.keyClicks(page.date_formats, "dd/mm/yyyy hh:mm")
    qtbot.keyClicks(page.tz, "Europe/Madrid")
    model = planned_rows(qtbot, page, 3)
    qtbot.waitUntil(lambda: "19:15" in cell(model, 0, "Date"), timeout=TIMEOUT)
    qtmodeltester.check(model)
    # 7:15 PM, summer time in Madrid
    assert cell(model, 0, "Date") == "2023-08-07 19:15 (UTC+02:00) = 17:15 UTC"
    assert (cell(model, 0, "Caller"), cell(model, 0, "Receiver")) == ("+34612345678", "+34699111222")
    assert cell(model, 2, "Date").startswith("2023-08-08 00:05 (UTC+02:00)")  # 12:05 AM is just past midnight
    assert cell(model, 1, "Import") == "Refused"
    assert "13:75 PM" in cell(model, 1, "Problem")
    assert model.column_of("Direction") < 0  # a call has no direction to read


def test_the_preview_is_the_imports_own_reading(case, tmp_path) -> None:
    """The service behind the panel: `CompiledSpec.plan`, the import's conversion, row by row."""
    path = tmp_path / "extracto.csv"
    path.write_text("Fecha;Cuenta;Importe\n07/08/2023;ES7620770024003102575766;-1.234,56\n"
                    "08/08/2023;ES7620770024003102575766;99,99\n09/08/2023;ES76;1,00\n", "utf-8")
    spec = ImportSpec(schema="Payment", columns=(ColumnMap("Fecha", "date"), ColumnMap("Cuenta", "beneficiaryAccount.iban"),
                                                 ColumnMap("Importe", "amount")),
                      constants=(("payerAccount.iban", OWN.replace(" ", "")),), decimal=",", signed="amount",
                      date_formats=("dd/mm/yyyy",))
    planned = planned_preview(case, path, spec, sniff_table(path))
    assert [r.direction for r in planned.rows] == ["out", "in", ""]
    assert planned.rows[0].value("amount") == "1234.56" and planned.rows[1].value("amount") == "99.99"
    # a credit: the counterparty is the payer, as the import stores it
    assert [(v.path, v.value) for v in planned.rows[1].source] == [("payerAccount.iban", COUNTERPARTY)]
    assert planned.rows[2].refused and planned.rows[2].errors[0].column == "Cuenta"
    wrong = planned_preview(case, path, ImportSpec(schema="Payment", columns=(ColumnMap("Saldo", "amount"),)),
                            sniff_table(path))
    assert wrong.rows == [] and wrong.problem_error is not None
    assert wrong.problem_error.code == "spec.no_such_column" and wrong.problem_error.params["column"] == "Saldo"


def test_a_spanish_window_says_a_specification_problem_in_spanish(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    opened.set_language("es")
    try:
        wizard = open_mapping(qtbot, opened, path)
        page = wizard.mapping_page
        page.schema_combo.setCurrentIndex(page.schema_combo.findData("Payment"))
        assert page.mapping.set_property("Fecha", "date")
        qtbot.keyClicks(page.date_formats, "dd/mm/yyyy hh:mm")
        qtbot.keyClicks(page.tz, "Europa/Madriz")  # no such zone: the compiler refuses it
        qtbot.waitUntil(lambda: "Europa/Madriz" in page.status.text(), timeout=TIMEOUT)
        assert page.status.text() == ("La zona horaria Europa/Madriz es desconocida. Escriba una zona como "
                                      "Europe/Madrid o un desfase como +01:00.")
        # said once, above the preview; the preview says where to look (in Spanish too)
        assert page.planned.summary.text() == ("Las filas tal como se importarán aparecen aquí cuando se "
                                               "resuelva el problema indicado arriba.")
        assert not page.isComplete()
    finally:
        opened.set_language("en")


def test_no_choice_on_the_mapping_page_is_cut_in_a_spanish_window(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;D/C", STATEMENT)
    opened.set_language("es")
    try:
        wizard = open_mapping(qtbot, opened, path)
        page = wizard.mapping_page
        page.schema_combo.setCurrentIndex(page.schema_combo.findData("Payment"))
        qtbot.keyClicks(page.account, OWN)
        for sides in ("", "signed", "pair", "marks"):
            page.sides.setCurrentIndex(page.sides.findData(sides))
            qtbot.wait(50)
            combos = [c for c in page.findChildren(QComboBox) if c.isVisibleTo(page)
                      and c.parent() is not page.map_view.viewport()]
            for combo in combos:
                longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
                text = combo.currentText()
                cut = combo.width() < combo.minimumSizeHint().width() or combo.width() < longest
                # a combo narrower than its words holds the whole choice in its tooltip
                assert not cut or text in shown(combo.toolTip()), (combo.objectName(), text, combo.width(), longest)
        page.sides.setCurrentIndex(page.sides.findData(""))
        assert page.sides.currentText() == "importes tal como están escritos (sin entrada/salida)"
        assert page.sides.width() >= page.sides.minimumSizeHint().width()  # the whole text, and the arrow
    finally:
        opened.set_language("en")
