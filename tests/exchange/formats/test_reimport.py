"""Re-importing overlapping files adds only new records; --spec options are applied or refused."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tests.exchange.formats.cdr import HEADER, write_cdr

from casebench.cli.main import main
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import specs
from casebench.services.cases import create_case
from casebench.services.entities import get
from casebench.services.table_import import import_table
from casebench.store.case import Case

pytestmark = pytest.mark.usefixtures("statement_path")  # see the fixture

PASS = "correct horse battery staple"


def _spec(**extra: object) -> object:
    return call_record_spec("Telefónica CDR", caller="Llamante", receiver="Destinatario",
                            date="Fecha y hora", duration="Duración (s)", record_id="Nº registro",
                            tz="Europe/Madrid", **extra)


def _next_reply(first: Path, path: Path, extra_rows: list[str]) -> Path:
    """The operator's next reply: the same rows (reformatted: UTF-8, commas) plus new ones."""
    lines = first.read_bytes().decode("latin-1").splitlines()
    rows = [line.split(";") for line in lines[1:]]
    out = [",".join(HEADER)] + [",".join(r) for r in rows] + extra_rows
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def _calls(case: Case) -> int:
    return int(case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0])


@pytest.mark.parametrize("key", [(), ("recordId",)])
def test_overlapping_reply_adds_only_the_new_records(case: Case, tmp_path: Path,
                                                     key: tuple[str, ...]) -> None:
    spec = replace(_spec(), record_key=key)  # type: ignore[type-var]
    first = write_cdr(tmp_path / "reply-1.csv", 60)
    assert import_table(case, first, spec).imported_rows == 60  # type: ignore[arg-type]
    new_row = "CDR-0000060,01/02/2024 10:00:00,+34 612000001,0034612007920,42,Algeciras"
    second = _next_reply(first, tmp_path / "reply-2.csv", [new_row])
    report = import_table(case, second, spec)  # type: ignore[arg-type]
    assert (report.imported_rows, report.present, report.rows) == (1, 60, 61)
    assert "1 new, 60 already present" in report.summary()
    assert _calls(case) == 61
    (eid,) = case.conn.execute("SELECT entity_id FROM statements WHERE prop = 'recordId'"
                               " AND value = 'CDR-0000060'").fetchone()
    call = get(case, eid)
    assert (call.first("callerNumber"), call.first("receiverNumber"), call.first("duration")) == (
        "+34612000001", "+34612007920", "42")


def test_repeated_rows_count_as_often_as_they_occur(case: Case, tmp_path: Path) -> None:
    row = "CDR-1;01/02/2024 10:00:00;+34 612000001;0034612007920;42;Algeciras"
    first = tmp_path / "a.csv"
    first.write_bytes(("\n".join([";".join(HEADER), row, row]) + "\n").encode("latin-1"))
    spec = _spec()
    assert import_table(case, first, spec).imported_rows == 2  # type: ignore[arg-type]
    second = tmp_path / "b.csv"
    second.write_bytes(("\n".join([";".join(HEADER), row, row, row]) + "\n").encode("latin-1"))
    report = import_table(case, second, spec)  # type: ignore[arg-type]
    assert (report.imported_rows, report.present) == (1, 2)
    assert _calls(case) == 3


def test_known_file_under_another_spec_warns(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "r.csv", 10)
    import_table(case, path, _spec())  # type: ignore[arg-type]
    other = replace(_spec(), name="Otra", tags=("op-mar-azul",))  # type: ignore[type-var]
    report = import_table(case, path, other)  # type: ignore[arg-type]
    assert report.earlier.startswith("warning: r.csv was imported before with specification "
                                     "Telefónica CDR")
    assert report.present == 10 and report.imported_rows == 0 and _calls(case) == 10


def test_spec_options_are_applied_or_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    case_path = tmp_path / "C.casebench"
    with create_case(case_path, PASS, user="tester", title="T", originator_country="es",
                     default_tlp="AMBER") as case:
        specs.save_spec(case, _spec())  # type: ignore[arg-type]
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    cdr = write_cdr(tmp_path / "cdr.csv", 5)
    c = str(case_path)
    assert main(["import-table", c, str(cdr), "--spec", "Telefónica CDR", "--schema", "Payment"]) == 1
    assert "cannot change that" in capsys.readouterr().err
    assert main(["import-table", c, str(cdr), "--spec", "Telefónica CDR", "--map", "Nope=recordId"]) == 1
    assert "no column 'Nope'" in capsys.readouterr().err
    assert main(["import-table", c, str(cdr), "--spec", "Telefónica CDR", "--spec-tag", "lote-3",
                 "--tz", "+05:00", "--map", "Célula=notes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["imported_rows"] == 5
    with Case.open(case_path, PASS, user="tester") as case:
        (eid,) = case.conn.execute("SELECT entity_id FROM statements WHERE prop = 'recordId'"
                                   " AND value = 'CDR-0000000'").fetchone()
        call = get(case, eid)
        assert "lote-3" in call.tags
        assert (call.first("date") or "").endswith("+05:00")
        assert call.first("notes") == "Algeciras-Palmones ñ"


def test_statement_sent_again_as_xlsx_adds_only_the_new_movement(case: Case, tmp_path: Path) -> None:
    import datetime as dt

    import openpyxl

    from casebench.exchange.formats.mapping import bank_statement_spec

    own, cp = "ES9121000418450200051332", "PT50000201231234567890154"
    csv_path = tmp_path / "marzo.csv"
    csv_path.write_bytes(("Fecha;Concepto;Importe;Cuenta\n"
                          f"03/01/2024;Factura 17;-1.500,00;{cp}\n"
                          f"05/01/2024;Devolución;12.345,67;{cp}\n").encode("cp1252"))
    spec = bank_statement_spec("Banco Sur", account_iban=own, counterparty_iban="Cuenta",
                               amount="Importe", date="Fecha", purpose="Concepto")
    assert import_table(case, csv_path, spec).imported_rows == 2
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Fecha", "Concepto", "Importe", "Cuenta"])
    ws.append([dt.datetime(2024, 1, 3), "Factura 17", -1500, cp])
    ws.append([dt.datetime(2024, 1, 5), "Devolución", 12345.67, cp])
    ws.append([dt.datetime(2024, 1, 9), "Factura 18", -99.5, cp])
    xlsx = tmp_path / "marzo.xlsx"
    wb.save(xlsx)
    report = import_table(case, xlsx, spec)
    # "-1.500,00" (text) and -1500 (a number cell) are the same amount
    assert (report.imported_rows, report.present) == (1, 2)
