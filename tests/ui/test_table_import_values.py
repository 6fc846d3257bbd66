"""Values as banks and operators send them, through the table import wizard: which way a
negative credit went, and the row problems and warnings said in the window's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.test_error_texts import compiled  # noqa: F401 (a fixture)
from tests.ui.test_table_import_gui import check_and_import, open_wizard, write_cdr
from tests.ui.test_table_import_statement import OWN, payments, to_mapping, write

from casebench.ui import i18n


def _problems(model) -> list[tuple[str, str, str]]:
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]


def test_a_negative_credit_is_money_out_and_a_row_with_both_is_said_in_spanish(
        qtbot, opened, tmp_path, compiled) -> None:  # noqa: F811
    path = write(tmp_path / "movimientos.csv", "Fecha;Concepto;Cuenta contrapartida;Cargo;Abono",
                 ["02/01/2024;COBRO FACTURA;PT50000201231234567890154;;750,00",
                  "03/01/2024;DEVOLUCION TRANSFERENCIA;PT50000201231234567890154;;-150,00",
                  "04/01/2024;APUNTE DOBLE;ES7620770024003102575766;5,00;6,00"])
    bench = opened
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Concepto", "purpose"),
                         ("Cuenta contrapartida", "beneficiaryAccount.iban")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    page.sides.setCurrentIndex(page.sides.findData("pair"))
    page.debit.setCurrentIndex(page.debit.findData("Cargo"))
    page.credit.setCurrentIndex(page.credit.findData("Abono"))
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert (report.imported_rows, report.rejected_rows) == (2, 1), report.errors
    own = OWN.replace(" ", "")
    assert payments(qtbot, bench) == [
        ("2024-01-02", "PT50000201231234567890154", own, "750.00", ""),  # money in
        ("2024-01-03", own, "PT50000201231234567890154", "150.00", ""),  # a returned transfer: money out
    ]
    shown = wizard.result_page.problems
    assert _problems(shown) == [("8", "Cargo/Abono", "The row has an amount in both the debit column (5,00) and "
                                 "the credit column (6,00); one row is one movement, so which one it is is not known.")]
    i18n.install("es")
    try:
        said = _problems(shown)
    finally:
        i18n.install("en")
    assert said == [("8", "Cargo/Abono", "La fila tiene un importe tanto en la columna de cargo (5,00) como en la "
                     "de abono (6,00); una fila es un movimiento, así que no se sabe cuál es.")]


def test_a_bracketed_trunk_zero_and_an_identifier_in_exponent_form_in_the_window(
        qtbot, opened, tmp_path, compiled) -> None:  # noqa: F811
    path = write_cdr(tmp_path / "cdr.csv", [
        "MV-000001;08/01/2024 07:15:02;+34 (0) 612 345 678;+34699111222;65;Algeciras-Palmones",
        "MV-000002;08/01/2024 09:40:10;+39 (0)6 1234 5678;+34699111222;12;Vigo-Bouzas",
        "3,51235E+14;08/01/2024 09:41:10;+34612345678;+34699111222;12;Vigo-Bouzas",
    ])
    bench = opened
    wizard = open_wizard(qtbot, bench, path)
    wizard.next()
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Llamante", "callerNumber"), ("Destinatario", "receiverNumber"),
                         ("Fecha y hora", "date"), ("Nº registro", "recordId")):
        assert page.mapping.set_property(column, prop)
    qtbot.keyClicks(page.date_formats, "dd/mm/yyyy hh:mm:ss")
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert (report.imported_rows, report.rejected_rows) == (2, 1), report.errors
    i18n.install("fr")
    try:
        said = _problems(wizard.result_page.problems)
    finally:
        i18n.install("en")
    assert said == [
        ("4", "Nº registro", "« 3,51235E+14 » est un nombre en notation exponentielle : le tableur qui l’a écrit "
         "n’en a gardé que les premiers chiffres, l’identifiant est donc perdu. Demandez le fichier avec cette "
         "colonne au format texte."),
        ("3", "Llamante", "Dans « +39 (0)6 1234 5678 », le (0) après l’indicatif du pays peut faire partie du "
         "numéro dans ce pays (ce pourrait être +390612345678) ; le numéro est gardé tel qu’il est écrit, sans "
         "être normalisé."),
    ]


def test_a_workbooks_serial_moments_and_long_numbers_are_said_in_portuguese(
        qtbot, opened, tmp_path, compiled) -> None:  # noqa: F811
    import openpyxl
    from PySide6.QtCore import Qt
    from tests.ui.conftest import TIMEOUT

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["VODAFONE - Resposta ao ofício 117/2024"])
    ws.append(["Registo", "Data", "Hora", "Chamador", "Destino"])
    ws.append([351234567890123, 45123.5416667, "13:00:00", "+351912345678", "+34699111222"])
    ws.append([351234567890124, 45123.5416667, "14:00:00", "+351912345678", "+34699111222"])
    ws.append([8934011234567890123, 45123.75, "18:00:00", "+351912345678", "+34699111222"])
    path = tmp_path / "vodafone.xlsx"
    wb.save(path)
    bench = opened
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    fp = wizard.file_page
    fp.path.setText(str(path))
    qtbot.waitUntil(lambda: fp.isComplete() and "row 2" in fp.found.text(), timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    assert wizard.preview_page.model.headerData(0, Qt.Orientation.Vertical) == "3"
    wizard.next()
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Chamador", "callerNumber"), ("Destino", "receiverNumber"), ("Data", "date"),
                         ("Registo", "recordId")):
        assert page.mapping.set_property(column, prop)
    page.time_column.setCurrentIndex(page.time_column.findData("Hora"))
    qtbot.keyClicks(page.tz, "Europe/Lisbon")
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert (report.imported_rows, report.rejected_rows) == (1, 2), report.errors
    i18n.install("pt")
    try:
        said = _problems(wizard.result_page.problems)
    finally:
        i18n.install("en")
    assert said == [
        ("4", "Data + Hora", "A célula da data tem uma hora própria (2023-07-16 13:00:00) que não é a da coluna da "
         "hora, 14:00:00; não se sabe qual é a certa. Associe só a coluna da data ou corrija as horas."),
        ("5", "Registo", "«8934011234567890000» tem 19 dígitos, mas um número de folha de cálculo só guarda 15: os "
         "últimos dígitos perderam-se. Peça o ficheiro com esta coluna formatada como texto."),
    ]


def test_a_typed_number_with_a_bracketed_zero_says_what_it_became(qtbot) -> None:
    """The same reading when an investigator types the number: dropped, or kept with the reason."""
    from casebench.domain.schema import get_schema
    from casebench.ui.fields import ValueField

    field = ValueField(get_schema("Person").properties["phone"], region="ES")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.editor, "+34 (0) 612 345 678")
    assert field.problem() == "" and field.hint.text() == "→ +34612345678"
    field.clear()
    qtbot.keyClicks(field.editor, "+39 (0)6 1234 5678")
    assert field.problem() == ""
    assert field.hint.text() == ("Kept as written, not normalised: the (0) after the country code may be part of "
                                 "the number in that country (+390612345678). Write it with + and the country "
                                 "code, without the brackets.")


def test_an_amount_and_a_debe_haber_column_book_money_out_and_in(qtbot, opened, tmp_path, compiled) -> None:  # noqa: F811
    path = write(tmp_path / "unicaja.csv", "Fecha;Concepto;Cuenta contrapartida;Importe;D/H",
                 ["02/01/2024;PAGO PROVEEDOR;ES7620770024003102575766;2.300,50;D",
                  "03/01/2024;COBRO FACTURA;PT50000201231234567890154;750,00;H",
                  "04/01/2024;APUNTE;PT50000201231234567890154;5,00;X"])
    bench = opened
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    assert page.schema_combo.currentData() == "Payment"  # what the headers name, not the first kind
    for column, prop in (("Fecha", "date"), ("Concepto", "purpose"),
                         ("Cuenta contrapartida", "beneficiaryAccount.iban"), ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    assert not page.direction.isVisible()
    page.sides.setCurrentIndex(page.sides.findData("marks"))
    assert page.direction.isVisible() and not page.debit.isVisible()
    assert page.statement_problem("Payment", [(c, p) for c, p in page.mapping.pairs()]) \
        == "Choose the column that says debit or credit."
    page.direction.setCurrentIndex(page.direction.findData("D/H"))
    # the bad mark is tinted where it is, and so is the amount it leaves without a direction
    qtbot.waitUntil(lambda: "1 with a problem" in page.status.text(), timeout=5000)
    pm = page.preview_model
    bad = next(r for r in range(pm.rowCount()) if pm.rows[r].number == 8)
    for column in ("Importe", "D/H"):
        cell = pm.index(bad, pm.header.index(column))
        assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None, column
        assert "neither a debit nor a credit" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert pm.index(bad, pm.header.index("Fecha")).data(Qt.ItemDataRole.BackgroundRole) is None
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert (report.imported_rows, report.rejected_rows) == (2, 1), report.errors
    own = OWN.replace(" ", "")
    assert payments(qtbot, bench) == [
        ("2024-01-02", own, "ES7620770024003102575766", "2300.50", ""),  # D(ebe): money out
        ("2024-01-03", "PT50000201231234567890154", own, "750.00", ""),  # H(aber): money in
    ]
    i18n.install("es")
    try:
        said = _problems(wizard.result_page.problems)
    finally:
        i18n.install("en")
    assert said == [("8", "Importe/D/H", "La columna D/H dice «X», que no es ni un cargo ni un abono. "
                     "Escriba D o C, DR o CR, Debe o Haber, Cargo o Abono, Pago o Ingreso, Débito o Crédito, "
                     "Retrait o Versement, Withdrawal o Deposit, o - o +.")]


def test_a_file_naming_both_sides_with_a_direction_is_said_in_spanish(qtbot, opened, tmp_path, compiled) -> None:  # noqa: F811
    # the walk's file: "Ingreso" swapped the payer and beneficiary the file named; the core
    # refuses it (English), the page says why and what to choose in the window's language
    path = write(tmp_path / "transferencias.csv", "Fecha;Ordenante;Beneficiario;Importe;D/C",
                 ["03/02/2024;Ana Torres;Fatou Ceesay;1.234,56;Ingreso",
                  "15/02/2024;Fatou Ceesay;Banco Atlántico;300,00;Retiro"])
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Payment"))
    for column, prop in (("Fecha", "date"), ("Ordenante", "payer.name"), ("Beneficiario", "beneficiary.name"),
                         ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    page.sides.setCurrentIndex(page.sides.findData("marks"))
    page.direction.setCurrentIndex(page.direction.findData("D/C"))
    qtbot.waitUntil(lambda: "names both the payer (Ordenante) and the beneficiary (Beneficiario)"
                    in page.status.text(), timeout=5000)
    assert not page.isComplete()  # Next stays greyed
    i18n.install("es")
    try:
        said = page.statement_problem("Payment", list(page.mapping.pairs()))
    finally:
        i18n.install("en")
    assert said.startswith("El archivo nombra al ordenante (Ordenante) y al beneficiario (Beneficiario)")
    assert "«importes tal como están escritos (sin entrada/salida)»" in said
