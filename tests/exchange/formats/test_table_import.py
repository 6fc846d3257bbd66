"""Table import: a 100,000-row operator CDR, re-import, rejected rows, strict mode, bank statements."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from tests.exchange.formats.cdr import write_cdr

from casebench.exchange.formats.mapping import bank_statement_spec, call_record_spec
from casebench.services import evidence, specs
from casebench.services.entities import EntityDraft, add_entity, get
from casebench.services.progress import OperationCancelled
from casebench.services.table_import import file_sha256, import_table, preview
from casebench.store.case import Case

# scale test: `make test-fast` skips it; the statement path: see the fixture
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("statement_path")]

ROWS = 100_000
BAD = {4: (1, "31/02/2024 10:00:00"), 9: (2, "not a number"), 70_000: (4, "12 minutes")}


def _cdr_spec() -> object:
    return call_record_spec("Telefónica CDR", caller="Llamante", receiver="Destinatario",
                            date="Fecha y hora", duration="Duración (s)", record_id="Nº registro",
                            tz="Europe/Madrid")


@pytest.fixture(scope="module")
def big(shared_case: Case, tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Path, object, float]:
    path = write_cdr(tmp_path_factory.mktemp("cdr") / "cdr-2024.csv", ROWS, bad=BAD)
    spec = specs.save_spec(shared_case, _cdr_spec())  # type: ignore[arg-type]
    started = time.monotonic()
    report = import_table(shared_case, path, specs.get_spec(shared_case, spec.name))
    return shared_case, path, report, time.monotonic() - started


def test_100k_latin1_semicolon_cdr(big: tuple[Case, Path, object, float]) -> None:
    case, path, report, _seconds = big
    assert report.format.encoding == "cp1252" and report.format.delimiter == ";"  # type: ignore[attr-defined]
    assert report.rows == ROWS  # type: ignore[attr-defined]
    assert report.imported_rows == ROWS - len(BAD)  # type: ignore[attr-defined]
    assert report.rejected_rows == len(BAD)  # type: ignore[attr-defined]
    calls = case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0]
    assert calls == ROWS - len(BAD)
    # speed is measured by bench/table_import.py, not asserted here (timed tests flake)
    # every statement points at its row of the exhibit that holds the file
    ex = evidence.get_exhibit(case, report.exhibit)  # type: ignore[attr-defined]
    files = evidence.content_files(case, ex.id)
    assert [f.sha256 for f in files] == [file_sha256(path)]
    bad_locators = case.conn.execute(
        "SELECT count(*) FROM statements s JOIN entities e ON e.id = s.entity_id"
        " WHERE e.schema = 'Call' AND (s.source_exhibit != ? OR s.locator NOT LIKE 'row %')",
        (ex.reference,)).fetchone()[0]
    assert bad_locators == 0
    # row 2 is the first data row: CDR-0000000, its numbers in E.164, its time with offset
    eid = case.conn.execute("SELECT entity_id FROM statements WHERE prop = 'recordId'"
                            " AND value = 'CDR-0000000'").fetchone()[0]
    call = get(case, eid)
    assert {s.provenance.locator for s in call.statements} == {"row 2"}
    first_line = path.read_bytes().decode("latin-1").splitlines()[1].split(";")
    assert call.first("callerNumber") == "+34" + first_line[2].removeprefix("+34 ")
    assert call.first("receiverNumber") == "+" + first_line[3].removeprefix("00")
    assert call.first("date").endswith("+01:00")  # Europe/Madrid in January
    assert all(v.startswith("+34") and v[1:].isdigit() for (v,) in case.conn.execute(
        "SELECT DISTINCT value FROM statements WHERE prop IN ('callerNumber', 'receiverNumber')"))
    # a summer row is read with the summer offset
    summer = case.conn.execute("SELECT value FROM statements WHERE prop = 'date'"
                               " AND value LIKE '2024-07-%' LIMIT 1").fetchone()[0]
    assert summer.endswith("+02:00")


def test_bad_rows_reported_by_number_and_column(big: tuple[Case, Path, object, float]) -> None:
    report = big[2]
    got = {(e.row, e.column) for e in report.errors}  # type: ignore[attr-defined]
    assert got == {(6, "Fecha y hora"), (11, "Llamante"), (70_002, "Duración (s)")}
    text = [str(e) for e in report.errors]  # type: ignore[attr-defined]
    assert any("row 6, column 'Fecha y hora'" in t and "February 2024 has no day 31" in t for t in text)


def test_reimport_adds_nothing(big: tuple[Case, Path, object, float]) -> None:
    case, path, _, _ = big
    before = case.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    exhibits = len(evidence.list_exhibits(case))
    again = import_table(case, path, specs.get_spec(case, "Telefónica CDR"))
    assert again.already_imported and not again.imported
    assert case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == before
    assert len(evidence.list_exhibits(case)) == exhibits
    # the imported values are searchable (the full-text index was filled in one pass)
    hit = case.conn.execute("SELECT count(*) FROM search_values WHERE search_values MATCH 'cdr'"
                            ).fetchone()[0]
    assert hit >= ROWS - len(BAD)


def test_next_reply_with_the_same_rows_plus_one_adds_one(big: tuple[Case, Path, object, float],
                                                         tmp_path: Path) -> None:
    """The operator's next reply: the same 100,000 rows (another file) plus one new call."""
    case, path, _, _ = big
    calls = case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0]
    text = path.read_bytes().decode("latin-1")
    extra = "CDR-9999999;01/03/2024 10:00:00;+34 612000001;0034612007920;42;Algeciras\r\n"
    reply = tmp_path / "cdr-2024-second-reply.csv"
    reply.write_bytes((text + extra).encode("latin-1"))
    report = import_table(case, reply, specs.get_spec(case, "Telefónica CDR"))
    assert (report.imported_rows, report.present, report.rejected_rows) == (1, ROWS - len(BAD), len(BAD))
    assert "1 new, 99997 already present" in report.summary()
    after = case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0]
    assert after == calls + 1


def test_strict_mode_imports_nothing(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "small.csv", 50, bad={7: (3, "0034")})
    report = import_table(case, path, _cdr_spec(), strict=True)  # type: ignore[arg-type]
    assert not report.imported and report.rejected_rows == 1
    assert [(e.row, e.column) for e in report.errors] == [(9, "Destinatario")]
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert evidence.list_exhibits(case) == []
    lenient = import_table(case, path, _cdr_spec())  # type: ignore[arg-type]
    assert lenient.imported_rows == 49


def test_preview_marks_cells(tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "p.csv", 20, bad={1: (1, "32/01/2024 10:00:00")})
    view = preview(path, _cdr_spec(), rows=5)  # type: ignore[arg-type]
    assert [r.number for r in view.rows] == [2, 3, 4, 5, 6]
    assert list(view.rows[1].errors) == ["Fecha y hora"]
    assert view.rows[0].errors == {}


def test_cancel_rolls_back(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "c.csv", 12_000)
    calls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        import_table(case, path, _cdr_spec(), cancelled=lambda: next(calls) >= 1)  # type: ignore[arg-type]
    assert case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    trig = case.conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('search_names_ai',"
                             " 'search_values_ai')").fetchone()[0]
    assert trig == 2


BANK = """Fecha;Concepto;Importe;Cuenta contraparte;Nombre contraparte;Referencia
03/01/2024;Factura 17;-1.500,00;PT50000201231234567890154;Atlantida Trading;SEPA-1
05/01/2024;Transferencia recibida;12.345,67;GB82WEST12345698765432;Kombo Atlantic;SEPA-2
08/01/2024;Pago;-250,00;PT50000201231234567890154;Atlantida Trading;SEPA-3
09/01/2024;Pago;-250,00;PT50000201231234567890155;Atlantida Trading;SEPA-4
"""


def test_bank_statement_payments_between_accounts(case: Case, tmp_path: Path) -> None:
    own = "ES9121000418450200051332"
    holder = add_entity(case, EntityDraft("Company", [("name", "Frutas del Atlántico SL")]))
    add_entity(case, EntityDraft("BankAccount", [("iban", own), ("holder", holder)]))
    path = tmp_path / "extracto.csv"
    path.write_bytes(BANK.encode("cp1252"))
    spec = bank_statement_spec("Banco Sur", account_iban=own, counterparty_iban="Cuenta contraparte",
                               amount="Importe", date="Fecha", purpose="Concepto",
                               reference="Referencia", counterparty_name="Nombre contraparte")
    report = import_table(case, path, specs.save_spec(case, spec))
    assert report.imported_rows == 3 and report.rejected_rows == 1
    assert "check digits" in report.errors[0].reason and report.errors[0].row == 5
    payments = [get(case, r[0]) for r in case.conn.execute(
        "SELECT id FROM entities WHERE schema = 'Payment' ORDER BY rowid")]
    accounts = {r[1]: r[0] for r in case.conn.execute(
        "SELECT s.entity_id, s.value FROM statements s WHERE s.prop = 'iban'")}
    assert len(accounts) == 3  # the own account was found, the two counterparties created once
    out, inn, out2 = payments
    assert out.first("payerAccount") == accounts[own] and out.first("amount") == "1500.00"
    assert inn.first("beneficiaryAccount") == accounts[own] and inn.first("amount") == "12345.67"
    assert inn.first("payerAccount") == accounts["GB82WEST12345698765432"]
    assert out2.first("beneficiaryAccount") == out.first("beneficiaryAccount")
    assert out.first("date") == "2024-01-03"
    assert out.caption == f"{own} paid PT50000201231234567890154"
