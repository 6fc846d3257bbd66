"""A bank statement of one account through the wizard: whose statement it is, its currency,
and which way each movement went (a signed amount, or debit and credit columns)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import TIMEOUT
from tests.ui.test_table_import_gui import check_and_import, on_worker

from casebench.ui.table_import_wizard import TableImportWizard, statement_account_path
from casebench.ui.workbench import Workbench

OWN = "ES91 2100 0418 4502 0005 1332"
TITLE = ["CAIXABANK - EXTRACTO DE MOVIMIENTOS", f"Cuenta: {OWN};Titular: AGENCIA NAVIERA DEL ESTRECHO SL",
         "Periodo: 01/01/2024 - 31/01/2024", ""]


def write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join([*TITLE, header, *rows]) + "\r\n").encode("cp1252"))
    return path


def to_mapping(qtbot, bench: Workbench, path: Path) -> TableImportWizard:
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    fp = wizard.file_page
    fp.path.setText(str(path))
    qtbot.waitUntil(lambda: fp.isComplete() and "row 5" in fp.found.text(), timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    assert not page.account.isVisibleTo(page)  # a statement is for payments only
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Payment"))
    assert page.account.isVisibleTo(page)
    return wizard


def payments(qtbot, bench: Workbench) -> list[tuple[str, str, str, str, str]]:
    """(date, payer account, beneficiary account, amount, currency) of every payment."""
    def read(c) -> list[tuple[str, str, str, str, str]]:
        def one(eid: str, prop: str) -> str:
            row = c.conn.execute("SELECT value FROM statements WHERE entity_id = ? AND prop = ?",
                                 (eid, prop)).fetchone()
            return row[0] if row else ""

        def account(eid: str, prop: str) -> str:
            acc = one(eid, prop)
            return (one(acc, "iban") or one(acc, "accountNumber")) if acc else ""

        ids = [r[0] for r in c.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'")]
        return sorted((one(e, "date"), account(e, "payerAccount"), account(e, "beneficiaryAccount"),
                       one(e, "amount"), one(e, "currency")) for e in ids)
    return on_worker(qtbot, bench, read)


def test_a_signed_statement_records_who_paid_whom(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv",
                 "Fecha operación;Concepto;Cuenta contrapartida;Importe (EUR);Saldo (EUR)",
                 ["02/01/2024;TRANSFERENCIA A FAVOR DE AGENCIA NAVIERA;ES7620770024003102575766;-12.500,00;48.210,35",
                  "05/01/2024;INGRESO EFECTIVO OFICINA 0231;;9.000,00;57.210,35",
                  "11/01/2024;TRANSF. DE JOÃO PEDRO DA SILVA SANTOS;PT50000201231234567890154;1.500,00;58.710,35"])
    bench = opened
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha operación", "date"), ("Concepto", "purpose"),
                         ("Cuenta contrapartida", "beneficiaryAccount.iban"), ("Importe (EUR)", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    # read as written, the negative amounts have no direction: the page says what to do
    qtbot.waitUntil(lambda: "negative" in page.status.text(), timeout=TIMEOUT)
    qtbot.keyClicks(page.account, OWN)
    assert page.sides.currentData() == "signed"  # naming the account makes the sign the direction
    qtbot.keyClicks(page.currency, "eur")
    qtbot.waitUntil(lambda: "negative" not in page.status.text() and page.isComplete(), timeout=TIMEOUT)
    check_and_import(qtbot, wizard)
    assert wizard.report.imported_rows == 3 and wizard.report.rejected_rows == 0, wizard.report.errors
    own = OWN.replace(" ", "")
    assert payments(qtbot, bench) == [
        ("2024-01-02", own, "ES7620770024003102575766", "12500.00", "EUR"),  # money out
        ("2024-01-05", "", own, "9000.00", "EUR"),  # cash paid in: nobody known paid it
        ("2024-01-11", "PT50000201231234567890154", own, "1500.00", "EUR"),  # money in
    ]


def test_debit_and_credit_columns_give_one_movement_each(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "movimientos.csv",
                 "Fecha;Concepto;Cuenta contrapartida;Cargo;Abono",
                 ["02/01/2024;PAGO PROVEEDOR;ES7620770024003102575766;2.300,50;",
                  "03/01/2024;COBRO FACTURA;PT50000201231234567890154;;750,00"])
    bench = opened
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Cuenta contrapartida", "beneficiaryAccount.iban")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    page.sides.setCurrentIndex(page.sides.findData("pair"))
    assert page.debit.isVisibleTo(page) and page.credit.isVisibleTo(page)
    qtbot.waitUntil(lambda: "both the debit" in page.status.text(), timeout=TIMEOUT)
    assert not page.isComplete()
    page.debit.setCurrentIndex(page.debit.findData("Cargo"))
    page.credit.setCurrentIndex(page.credit.findData("Abono"))
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    check_and_import(qtbot, wizard)
    assert wizard.report.imported_rows == 2, wizard.report.errors
    own = OWN.replace(" ", "")
    assert payments(qtbot, bench) == [
        ("2024-01-02", own, "ES7620770024003102575766", "2300.50", ""),
        ("2024-01-03", "PT50000201231234567890154", own, "750.00", ""),
    ]


def test_the_statement_account_cannot_also_be_a_mapped_payer(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;Saldo",
                 ["02/01/2024;PAGO;ES7620770024003102575766;-10,00;90,00"])
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Cuenta", "payerAccount.iban"), ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    qtbot.keyClicks(page.account, OWN)
    qtbot.waitUntil(lambda: "Beneficiary account" in page.status.text(), timeout=TIMEOUT)
    assert not page.isComplete()


def test_an_account_is_read_as_an_iban_only_when_it_has_an_ibans_shape() -> None:
    assert statement_account_path("ES91 2100 0418 4502 0005 1332") == "payerAccount.iban"
    assert statement_account_path("IBAN ES9121000418450200051332") == "payerAccount.iban"
    assert statement_account_path("0049-1500-05-1234567890") == "payerAccount.accountNumber"
    assert statement_account_path("2100458813") == "payerAccount.accountNumber"


def test_a_mistyped_statement_account_is_said_once_at_its_field(qtbot, opened, tmp_path) -> None:
    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta;Importe;Saldo",
                 ["02/01/2024;PAGO;ES7620770024003102575766;-10,00;90,00"])
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Cuenta", "beneficiaryAccount.iban"), ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    qtbot.keyClicks(page.account, "ES66 0182 1234 5600 1234 5678")  # check digits do not match
    qtbot.waitUntil(lambda: page.status.text().startswith("Statement of account:")
                    and "check digits" in page.status.text(), timeout=TIMEOUT)
    assert not page.isComplete()
    page.account.setText(OWN)
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)


def test_a_saved_statement_specification_comes_back_unchanged(qtbot, opened, tmp_path) -> None:
    from casebench.services import specs
    from casebench.services.table_import import bank_statement_spec

    bench = opened
    saved = on_worker(qtbot, bench, lambda c: specs.save_spec(c, bank_statement_spec(
        "CaixaBank", account_iban=OWN, counterparty_iban="Cuenta contrapartida", amount="Importe (EUR)",
        date="Fecha operación", purpose="Concepto")))
    path = write(tmp_path / "extracto.csv",
                 "Fecha operación;Concepto;Cuenta contrapartida;Importe (EUR);Saldo (EUR)",
                 ["02/01/2024;PAGO;ES7620770024003102575766;-12.500,00;48.210,35"])
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    wizard.file_page.path.setText(str(path))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    page = wizard.mapping_page
    assert page.spec_combo.currentData() == "CaixaBank"
    # the statement fields show what the specification says, and give it back unchanged, so the
    # same file is recognised as already imported next time
    assert page.account.text() == OWN and page.currency.text() == "EUR"
    assert page.sides.currentData() == "signed"
    assert page.spec().digest() == saved.digest() and page.spec().name == "CaixaBank"
    page.currency.setText("USD")
    assert page.spec().name == "" and ("currency", "USD") in page.spec().constants


def test_numbers_without_a_country_code_say_which_country_they_became(qtbot, opened, tmp_path) -> None:
    from tests.ui.test_table_import_gui import open_wizard, write_cdr

    # a Portuguese operator's numbers: 912 345 678 is also a valid Madrid number
    path = write_cdr(tmp_path / "meo.csv", ["PT-1;08/01/2024 07:15:02;912345678;+34699111222;65;Lisboa",
                                            "PT-2;08/01/2024 09:40:10;+351912345678;961234567;12;Porto"])
    wizard = open_wizard(qtbot, opened, path)
    wizard.next()
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Llamante", "callerNumber"), ("Destinatario", "receiverNumber"),
                         ("Fecha y hora", "date")):
        assert page.mapping.set_property(column, prop)
    qtbot.waitUntil(lambda: "numbers of Spain, the case's country" in page.status.text(), timeout=TIMEOUT)
    qtbot.keyClicks(page.phone_country, "pt")
    qtbot.waitUntil(lambda: page.status.text().endswith("Numbers without +code are read as numbers of Portugal."),
                    timeout=TIMEOUT)
    page.mapping.set_property("Llamante", "")
    page.mapping.set_property("Destinatario", "")
    assert page.mapping.set_property("Nº registro", "recordId")
    qtbot.waitUntil(lambda: "Checking" not in page.status.text() and "without +code" not in page.status.text(),
                    timeout=TIMEOUT)


def test_a_one_sided_movement_is_named_and_keeps_its_name_after_an_edit(qtbot, opened, tmp_path) -> None:
    from casebench.services import entities as es

    path = write(tmp_path / "extracto.csv", "Fecha;Concepto;Cuenta contrapartida;Importe;Saldo",
                 ["05/01/2024;INGRESO EFECTIVO;;9.000,00;57.210,35",
                  "06/01/2024;TRANSFERENCIA;ES7620770024003102575766;-10,00;57.200,35"])
    bench = opened
    wizard = to_mapping(qtbot, bench, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Cuenta contrapartida", "beneficiaryAccount.iban"),
                         ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    qtbot.keyClicks(page.account, OWN)
    check_and_import(qtbot, wizard)
    own = OWN.replace(" ", "")

    def captions(c) -> list[str]:
        return sorted(r[0] for r in c.conn.execute("SELECT caption FROM entities WHERE schema = 'Payment'"))
    expected = [f"{own} paid ES7620770024003102575766", f"… paid {own}"]  # cash in: nobody known paid
    assert on_worker(qtbot, bench, captions) == expected
    # an edit names the entity by the same rule (it turned into plain "Payment")
    on_worker(qtbot, bench, lambda c: [es.add_values(c, eid, [("notes", "checked")]) for (eid,) in
                                       c.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'").fetchall()])
    assert on_worker(qtbot, bench, captions) == expected
