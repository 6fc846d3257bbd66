"""Table import never changes a value: files as operators and banks send them, every value checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services.entities import EntityDraft, add_entity, get
from casebench.services.table_import import import_table
from casebench.store.case import Case

pytestmark = pytest.mark.usefixtures("statement_path")  # see the fixture

# A Nigerian operator's reply: Latin-1, semicolons, numbers in every form its system writes.
NG_CDR = """Record;Date;A-Number;B-Number;Duration
1;02/03/2024 10:00:00;08031234567;+233244123456;35
2;02/03/2024 10:05:00;2348031234567;0034612345678;12
3;02/03/2024 10:10:00;Anónimo;08031234567;61
4;02/03/2024 10:15:00;08031234567;112;4
5;02/03/2024 10:20:00;Privado;1004;9
6;02/03/2024 10:25:00;08031234567;009 220 799 1234;30
7;02/03/2024 10:30:00;08031234567;233244123456;30
"""


def _calls(case: Case) -> dict[str, object]:
    out = {}
    for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'"):
        call = get(case, eid)
        out[call.first("recordId")] = call
    return out


def test_nigerian_cdr_numbers_keep_their_country(case: Case, tmp_path: Path) -> None:
    subscriber = add_entity(case, EntityDraft("Person", [("name", "Chinedu Okafor"),
                                                         ("phone", "+2348031234567")]))
    path = tmp_path / "mtn-reply.csv"
    path.write_bytes(NG_CDR.encode("latin-1"))
    spec = call_record_spec("MTN", caller="A-Number", receiver="B-Number", date="Date",
                            duration="Duration", record_id="Record", tz="Africa/Lagos",
                            phone_region="ng")
    report = import_table(case, path, spec)
    assert report.rejected_rows == 0 and report.imported_rows == 7, report.errors
    calls = _calls(case)
    expected = {  # record: (caller, receiver) as stored
        "1": ("+2348031234567", "+233244123456"),
        "2": ("+2348031234567", "+34612345678"),
        "3": ("Anónimo", "+2348031234567"),
        "4": ("+2348031234567", "112"),
        "5": ("Privado", "1004"),
        "6": ("+2348031234567", "+2207991234"),
        "7": ("+2348031234567", "+233244123456"),
    }
    got = {k: (c.first("callerNumber"), c.first("receiverNumber"))  # type: ignore[attr-defined]
           for k, c in calls.items()}
    assert got == expected
    # the subscriber is linked through his number, withheld callers are linked to nobody
    assert calls["1"].first("caller") == subscriber  # type: ignore[attr-defined]
    assert calls["3"].first("receiver") == subscriber  # type: ignore[attr-defined]
    assert calls["3"].first("caller") is None  # type: ignore[attr-defined]
    assert calls["5"].first("caller") is None  # type: ignore[attr-defined]
    # the text as found is kept beside every value
    raws = {r[0] for r in case.conn.execute(
        "SELECT original FROM statements WHERE prop = 'receiverNumber'")}
    assert {"0034612345678", "009 220 799 1234", "112"} <= raws


def _workbook(path: Path, rows: list[list[object]], *, epoch_1904: bool = False,
              title_rows: int = 0, sheet: str = "Movimientos") -> Path:
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    if epoch_1904:
        wb.epoch = dt.datetime(1904, 1, 1)  # type: ignore[assignment]
    ws = wb.active
    ws.title = sheet
    for i in range(title_rows):
        ws.append([f"Banco de Bogotá - Extracto de cuenta ({i + 1})"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _payments(case: Case) -> list[object]:
    return [get(case, r[0]) for r in case.conn.execute(
        "SELECT id FROM entities WHERE schema = 'Payment' ORDER BY rowid")]


OWN = "ES9121000418450200051332"


def test_xlsx_number_cells_are_numbers_whatever_the_decimal_setting(case: Case, tmp_path: Path) -> None:
    from casebench.exchange.formats.mapping import bank_statement_spec

    path = _workbook(tmp_path / "extracto.xlsx", [
        ["Fecha", "Concepto", "Importe", "Cuenta"],
        ["03/01/2024", "Transferencia", -4337847.15, "PT50000201231234567890154"],
        ["04/01/2024", "Abono", 1250, "PT50000201231234567890154"],
        ["05/01/2024", "Texto", "-1.500,25", "PT50000201231234567890154"],
        ["06/01/2024", "Reais", "R$ 300.357,63", "PT50000201231234567890154"],
        ["07/01/2024", "Negativo", "(250,00)", "PT50000201231234567890154"],
        ["08/01/2024", "Al final", "99,10-", "PT50000201231234567890154"],
    ])
    spec = bank_statement_spec("Banco", account_iban=OWN, counterparty_iban="Cuenta",
                               amount="Importe", date="Fecha", purpose="Concepto", decimal=",",
                               currency="")
    report = import_table(case, path, spec)
    assert report.rejected_rows == 0, report.errors
    got = [(p.first("purpose"), p.first("amount"), p.first("currency"),  # type: ignore[attr-defined]
            p.first("payerAccount") == p.first("beneficiaryAccount")) for p in _payments(case)]
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("Transferencia", "4337847.15", None), ("Abono", "1250", None), ("Texto", "1500.25", None),
        ("Reais", "300357.63", "BRL"), ("Negativo", "250.00", None), ("Al final", "99.10", None)]
    # money in (positive) swaps the sides: the own account is the beneficiary
    accounts = {r[1]: r[0] for r in case.conn.execute("SELECT entity_id, value FROM statements"
                                                       " WHERE prop = 'iban'")}
    pays = _payments(case)
    assert pays[0].first("payerAccount") == accounts[OWN]  # type: ignore[attr-defined]
    assert pays[1].first("beneficiaryAccount") == accounts[OWN]  # type: ignore[attr-defined]
    assert pays[4].first("payerAccount") == accounts[OWN]  # type: ignore[attr-defined]


def test_text_amount_in_the_other_convention_is_refused(case: Case, tmp_path: Path) -> None:
    from casebench.exchange.formats.mapping import bank_statement_spec

    path = tmp_path / "statement.csv"
    path.write_bytes("Fecha;Importe;Cuenta\n03/01/2024;-4337847.15;PT50000201231234567890154\n"
                     .encode("latin-1"))
    spec = bank_statement_spec("B", account_iban=OWN, counterparty_iban="Cuenta", amount="Importe",
                               date="Fecha", decimal=",")
    report = import_table(case, path, spec)
    assert report.imported_rows == 0 and "group digits by three" in report.errors[0].reason


def test_debit_and_credit_columns_give_one_signed_amount(case: Case, tmp_path: Path) -> None:
    from dataclasses import replace

    from casebench.exchange.formats.mapping import bank_statement_spec

    path = tmp_path / "bancolombia.csv"
    path.write_bytes(
        "Fecha;Descripción;Débito;Crédito;Cuenta\n"
        "03/01/2024;Pago proveedor;$ 300.357,63;;PT50000201231234567890154\n"
        "04/01/2024;Consignación;;1.000.000,00;PT50000201231234567890154\n"
        "05/01/2024;Error;5,00;6,00;PT50000201231234567890154\n".encode("cp1252"))
    spec = bank_statement_spec("Bancolombia", account_iban=OWN, counterparty_iban="Cuenta",
                               amount="Débito", date="Fecha", purpose="Descripción", currency="COP")
    spec = replace(spec, columns=tuple(c for c in spec.columns if c.prop != "amount"),
                   debit="Débito", credit="Crédito")
    report = import_table(case, path, spec)
    assert report.imported_rows == 2 and report.rejected_rows == 1
    assert report.errors[0].row == 4 and getattr(report.errors[0].cause, "code", "") == "amount.debit_and_credit"
    accounts = {r[1]: r[0] for r in case.conn.execute("SELECT entity_id, value FROM statements"
                                                       " WHERE prop = 'iban'")}
    out, inn = _payments(case)
    assert (out.first("amount"), out.first("currency")) == ("300357.63", "COP")  # type: ignore[attr-defined]
    assert out.first("payerAccount") == accounts[OWN]  # type: ignore[attr-defined]
    assert inn.first("amount") == "1000000.00"  # type: ignore[attr-defined]
    assert inn.first("beneficiaryAccount") == accounts[OWN]  # type: ignore[attr-defined]


def test_xlsx_number_cells_come_out_as_they_went_in(tmp_path_factory: object) -> None:
    """Any amount Excel can hold (15 significant digits), under either decimal setting."""
    from decimal import Decimal

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from casebench.exchange.formats.mapping import ColumnMap, ImportSpec, compile_spec
    from casebench.exchange.formats.tables import open_table

    @settings(max_examples=25, deadline=None)
    @given(amounts=st.lists(st.decimals(min_value=-10**11, max_value=10**11, places=2,
                                        allow_nan=False, allow_infinity=False), min_size=1, max_size=40),
           decimal=st.sampled_from(["", ",", "."]))
    def check(amounts: list[Decimal], decimal: str) -> None:
        path = _workbook(tmp_path_factory.mktemp("x") / "s.xlsx",  # type: ignore[attr-defined]
                         [["Importe"], *[[float(a)] for a in amounts]])
        spec = ImportSpec(schema="Payment", columns=(ColumnMap("Importe", "amount"),), decimal=decimal)
        with open_table(path) as reader:
            compiled = compile_spec(spec, reader.header)
            got = [Decimal(compiled.plan(n, cells).values[0][1].value)  # type: ignore[union-attr]
                   for n, cells in reader.rows()]
        assert got == amounts

    check()
