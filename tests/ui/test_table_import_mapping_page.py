"""The mapping page of the table import wizard as an investigator reads it: the targets a
column is offered (one date for a payment, only what identifies a linked account or person),
the date format's example, and the two number formats told apart in words."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from tests.ui.conftest import TIMEOUT
from tests.ui.test_table_import_gui import on_worker
from tests.ui.test_table_import_statement import OWN, to_mapping, write

from casebench.services import specs
from casebench.services.table_import import ColumnMap, ImportSpec, Related
from casebench.ui.table_import_models import MCol
from casebench.ui.table_import_wizard import MappingPage, PropertyDelegate

HEADER = "Fecha;Hora;Concepto;Cuenta contrapartida;Importe;Tipo"
ROWS = ["02/01/2024;7:15 PM;PAGO PROVEEDOR;ES7620770024003102575766;2.300,50;Pago",
        "03/01/2024;19h15;INGRESO EFECTIVO;PT50000201231234567890154;750,00;Ingreso",
        "04/01/2024;12:05 AM;RETIRADA CAJERO;ES7620770024003102575766;60,00;Retrait"]


def _editor(page: MappingPage, column: str) -> QComboBox:
    """The PROPERTY editor of ``column``'s row, as a click on the cell opens it."""
    m = page.mapping
    index = m.index(m.columns.index(column), MCol.PROPERTY)
    delegate = page.map_view.itemDelegateForColumn(MCol.PROPERTY)
    assert isinstance(delegate, PropertyDelegate)
    editor = delegate.createEditor(page.map_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    return editor


def _offered(editor: QComboBox) -> list[str]:
    return [editor.itemText(i) for i in range(editor.count())]


def _choose(page: MappingPage, column: str, label: str) -> None:
    m = page.mapping
    index = m.index(m.columns.index(column), MCol.PROPERTY)
    editor = _editor(page, column)
    assert editor.findText(label) >= 0, (label, _offered(editor))
    editor.setCurrentIndex(editor.findText(label))
    page.map_view.itemDelegateForColumn(MCol.PROPERTY).setModelData(editor, m, index)
    editor.deleteLater()


def test_a_payment_offers_one_date_and_only_what_identifies_the_other_account(qtbot, opened, tmp_path) -> None:
    wizard = to_mapping(qtbot, opened, write(tmp_path / "extracto.csv", HEADER, ROWS))
    page = wizard.mapping_page
    offered = _offered(_editor(page, "Fecha"))
    assert "Date" in offered and "Start date" not in offered  # a payment has one moment
    assert {"Beneficiary account › IBAN", "Beneficiary account › Account number", "Beneficiary account › BIC",
            "Beneficiary account › Name", "Beneficiary account › Bank", "Payer › Name", "Payer › Tax number",
            "Beneficiary › Phone", "Beneficiary › Country"} <= set(offered)
    nonsense = [o for o in offered if o.partition(" › ")[2] in
                ("Photo (exhibit file)", "Notes", "Website", "Source link", "Summary", "Topics",
                 "Dissolution date", "Opening date", "Account type", "Keywords")]
    assert nonsense == []
    # the row's own values stay offered
    assert {"Amount", "Currency", "Purpose", "Transaction number"} <= set(offered)
    # a call also has one date; an ownership's moment is its start
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    call = _offered(_editor(page, "Fecha"))
    assert "Date" in call and "Start date" not in call and "Caller › Phone" in call
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Ownership"))
    owns = _offered(_editor(page, "Fecha"))
    assert "Start date" in owns and "Date" not in owns
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Payment"))
    # chosen through the editor, the statement imports with 12-hour and 19h15 times and bank words
    _choose(page, "Fecha", "Date")
    _choose(page, "Cuenta contrapartida", "Beneficiary account › IBAN")
    _choose(page, "Importe", "Amount")
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    page.time_column.setCurrentIndex(page.time_column.findData("Hora"))
    qtbot.keyClicks(page.account, OWN)
    page.sides.setCurrentIndex(page.sides.findData("marks"))
    page.direction.setCurrentIndex(page.direction.findData("Tipo"))
    qtbot.waitUntil(lambda: page.isComplete() and "0 with a problem" in page.status.text(), timeout=TIMEOUT)
    spec = page.spec()
    assert ("Cuenta contrapartida", "beneficiaryAccount.iban") in [(c.column, c.prop) for c in spec.columns]
    assert spec.time_columns == (("Fecha", "Hora"),) and spec.direction == "Tipo"


def test_a_saved_mapping_to_a_target_no_longer_offered_keeps_it(qtbot, opened, tmp_path) -> None:
    """A specification saved when Start date and any linked value were offered still shows,
    offers and keeps them: the same digest, so a file imported with it is 'already imported'."""
    saved = ImportSpec(name="Banco antiguo", schema="Payment",
                       columns=(ColumnMap("Fecha", "startDate"), ColumnMap("Importe", "amount"),
                                ColumnMap("Cuenta contrapartida", "beneficiaryAccount.iban"),
                                ColumnMap("Concepto", "beneficiaryAccount.notes")),
                       related=(Related("beneficiaryAccount", "BankAccount"),), decimal=",")
    on_worker(qtbot, opened, specs.save_spec, saved)
    wizard = to_mapping(qtbot, opened, write(tmp_path / "extracto.csv", HEADER, ROWS))
    page = wizard.mapping_page
    page.spec_combo.setCurrentIndex(0)  # to_mapping changed the kind: choose it afresh
    page.spec_combo.setCurrentIndex(page.spec_combo.findData("Banco antiguo"))
    m = page.mapping
    assert m.data(m.index(m.columns.index("Fecha"), MCol.PROPERTY)) == "Start date"
    editor = _editor(page, "Fecha")
    assert editor.currentText() == "Start date"  # on its own row only
    assert "Beneficiary account › Notes" not in _offered(editor)
    notes = _editor(page, "Concepto")
    assert notes.currentText() == "Beneficiary account › Notes"
    # opening and closing the editors changes nothing
    for column in ("Fecha", "Concepto"):
        index = m.index(m.columns.index(column), MCol.PROPERTY)
        page.map_view.itemDelegateForColumn(MCol.PROPERTY).setModelData(_editor(page, column), m, index)
    qtbot.waitUntil(lambda: page.checked is not None, timeout=TIMEOUT)
    assert page.spec().digest() == saved.digest()


def test_the_date_format_example_fits_and_number_formats_say_their_decimal_mark(qtbot, opened, tmp_path) -> None:
    wizard = to_mapping(qtbot, opened, write(tmp_path / "extracto.csv", HEADER, ROWS))
    wizard.resize(1000, 700)
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.date_formats.width() > 0 and page.date_hint.isVisible(), timeout=TIMEOUT)
    field = page.date_formats
    hint = field.placeholderText()
    # the whole example shows: the text and the frame's margins (a cut one ended in "dd…")
    assert field.fontMetrics().horizontalAdvance(hint) + 12 <= field.width(), (hint, field.width())
    assert "2024-03-11" in page.date_hint.text()  # what an empty field reads, said beneath it
    texts = {page.decimal.itemData(i): page.decimal.itemText(i) for i in range(page.decimal.count())}
    assert texts[","].startswith("1.234,56") and "comma" in texts[","]
    assert texts["."].startswith("1,234.56") and "point" in texts["."]
    # each fits its box when chosen
    for sep in (",", "."):
        page.decimal.setCurrentIndex(page.decimal.findData(sep))
        need = page.decimal.fontMetrics().horizontalAdvance(page.decimal.currentText()) + 24
        assert page.decimal.width() >= need, (page.decimal.currentText(), page.decimal.width())
