"""Values as operators and banks really send them: every value out checked against what went in.

Negative credits (reversals), Excel date-time serials beside a time column, ``+34 (0) …``
phone numbers, and identifiers (IMEI, IMSI, ICCID, account numbers) a spreadsheet kept as
numbers or wrote in exponent form.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.domain.errors import CodedError
from casebench.exchange.formats.mapping import (
    CellError,
    ColumnMap,
    ImportSpec,
    Related,
    RowPlan,
    bank_statement_spec,
    compile_spec,
)
from casebench.exchange.formats.tables import EXCEL_1900, TableFormat, open_table
from casebench.services.entities import get
from casebench.services.table_import import import_table
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

OWN = "ES9121000418450200051332"
OTHER = "ES7620770024003102575766"
PT = "PT50000201231234567890154"


def _plans(path: Path, spec: ImportSpec, fmt: TableFormat | None = None) -> list[RowPlan | list[CellError]]:
    with open_table(path, fmt) as reader:
        compiled = compile_spec(spec, reader.header, default_region="es")
        return [compiled.plan(n, cells) for n, cells in reader.rows()]


def _values(plan: RowPlan | list[CellError]) -> dict[str, str]:
    assert isinstance(plan, RowPlan), plan
    out = {p: n.value for p, n, _ in plan.values}
    out.update({f"{r.prop}.{p}": n.value for r in plan.related for p, n, _ in r.values})
    return out


def _code(plan: RowPlan | list[CellError]) -> tuple[str, str, dict[str, object]]:
    """(column, code, params) of a row's one problem."""
    assert isinstance(plan, list) and len(plan) == 1, plan
    cause = plan[0].cause
    assert isinstance(cause, CodedError), plan
    return plan[0].column, cause.code, cause.params


def _workbook(path: Path, rows: list[list[Any]], formats: dict[int, str] | None = None,
              title: str = "") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    for row in rows:
        ws.append(row)
        for col, fmt in (formats or {}).items():  # a cell's number format, as the bank's export set it
            ws.cell(ws.max_row, col).number_format = fmt
    wb.save(path)
    return path


# -- 1. debit and credit columns ---------------------------------------------------------------
# A Spanish bank's export: title rows, cp1252, semicolons, "Cargo" and "Abono" columns; the
# bank writes a returned transfer as a negative credit, and one row (a bank error) has both.
CAIXA = ("CAIXABANK - EXTRACTO DE MOVIMIENTOS\r\n"
         f"Cuenta: {OWN}\r\n"
         "\r\n"
         "Fecha;Concepto;Cuenta contrapartida;Cargo;Abono;Saldo\r\n"
         f"02/01/2024;PAGO PROVEEDOR;{OTHER};2.300,50;;7.699,50\r\n"
         f"03/01/2024;COBRO FACTURA;{PT};;750,00;8.449,50\r\n"
         f"04/01/2024;DEVOLUCION TRANSFERENCIA;{PT};;-150,00;8.299,50\r\n"
         f"05/01/2024;CARGO ESCRITO CON SIGNO;{OTHER};-80,00;;8.219,50\r\n"
         f"06/01/2024;APUNTE DOBLE;{OTHER};5,00;6,00;8.220,50\r\n"
         f"07/01/2024;ABONO A CERO;{PT};0,00;99,95;8.320,45\r\n")


def _pair_spec() -> ImportSpec:
    spec = bank_statement_spec("CaixaBank", account_iban=OWN, counterparty_iban="Cuenta contrapartida",
                               amount="Cargo", date="Fecha", purpose="Concepto")
    return replace(spec, columns=tuple(c for c in spec.columns if c.prop != "amount"),
                   debit="Cargo", credit="Abono")


def _direction(plan: RowPlan | list[CellError]) -> tuple[str, str, str]:
    """(payer IBAN, beneficiary IBAN, amount) of a planned payment."""
    v = _values(plan)
    return v.get("payerAccount.iban", ""), v.get("beneficiaryAccount.iban", ""), v["amount"]


def test_a_negative_credit_is_money_out_and_both_columns_filled_is_the_rows_problem(tmp_path: Path) -> None:
    path = tmp_path / "caixabank.csv"
    path.write_bytes(CAIXA.encode("cp1252"))
    plans = _plans(path, _pair_spec())
    assert [_direction(p) for i, p in enumerate(plans) if i != 4] == [
        (OWN, OTHER, "2300.50"),  # a debit: money out
        (PT, OWN, "750.00"),  # a credit: money in
        (OWN, PT, "150.00"),  # a negative credit (a returned transfer): money OUT
        (OWN, OTHER, "80.00"),  # a debit written with a minus is still money out
        (PT, OWN, "99.95"),  # a zero debit beside a credit is no second amount
    ]
    column, code, params = _code(plans[4])
    assert (column, code, params) == ("Cargo/Abono", "amount.debit_and_credit", {"debit": "5,00", "credit": "6,00"})


def test_negative_credit_number_cells_of_a_workbook_are_money_out(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "extracto.xlsx", [
        ["Fecha", "Concepto", "Cuenta contrapartida", "Cargo", "Abono"],
        ["02/01/2024", "PAGO", OTHER, 2300.5, None],
        ["03/01/2024", "COBRO", PT, None, 750],
        ["04/01/2024", "RETROCESION", PT, None, -150.25],
        ["05/01/2024", "DOBLE", OTHER, 5, 6],
    ], title="Banco Santander - Movimientos")
    plans = _plans(path, replace(_pair_spec(), decimal=""))
    assert [_direction(p) for p in plans[:3]] == [(OWN, OTHER, "2300.5"), (PT, OWN, "750"), (OWN, PT, "150.25")]
    assert _code(plans[3])[1:] == ("amount.debit_and_credit", {"debit": "5", "credit": "6"})


def test_a_negative_credit_imports_as_a_payment_out_of_the_account(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "caixabank.csv"
    path.write_bytes(CAIXA.encode("cp1252"))
    report = import_table(case, path, _pair_spec())
    assert (report.imported_rows, report.rejected_rows) == (5, 1), report.errors
    assert report.errors[0].row == 9
    ibans = {r[0]: r[1] for r in case.conn.execute("SELECT entity_id, value FROM statements WHERE prop = 'iban'")}
    got = {}
    for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'"):
        pay = get(case, eid)
        got[pay.first("purpose")] = (ibans[pay.first("payerAccount")],  # type: ignore[attr-defined,index]
                                     ibans[pay.first("beneficiaryAccount")],  # type: ignore[attr-defined,index]
                                     pay.first("amount"))  # type: ignore[attr-defined]
    assert got["DEVOLUCION TRANSFERENCIA"] == (OWN, PT, "150.00")
    assert got["COBRO FACTURA"] == (PT, OWN, "750.00")


def test_a_dash_in_the_unused_column_is_an_empty_cell(tmp_path: Path) -> None:
    """Portuguese and Latin American banks fill the column a movement does not use with a dash."""
    path = tmp_path / "extrato.csv"
    path.write_bytes("Data;Descrição;Conta;Débito;Crédito\r\n"
                     f"02/01/2024;PAGAMENTO;{OTHER};2.300,50;-\r\n"
                     f"03/01/2024;RECEBIMENTO;{PT};--;750,00\r\n"
                     f"04/01/2024;ESTORNO;{PT};\u2014;-150,00\r\n"
                     f"05/01/2024;SEM VALOR;{PT};-;-\r\n".encode())
    spec = bank_statement_spec("Millennium", account_iban=OWN, counterparty_iban="Conta", amount="Débito",
                               date="Data", purpose="Descrição")
    spec = replace(spec, columns=tuple(c for c in spec.columns if c.prop != "amount"), debit="Débito",
                   credit="Crédito")
    plans = _plans(path, spec)
    assert [_direction(p) for p in plans[:3]] == [(OWN, OTHER, "2300.50"), (PT, OWN, "750.00"), (OWN, PT, "150.00")]
    assert _code(plans[3])[:2] == ("Débito/Crédito", "value.empty")  # a row with no amount at all


# A Spanish savings bank's export: one unsigned "Importe" and a "D/H" column (Debe / Haber),
# and a Portuguese one with "Débito"/"Crédito" words; a mark nobody wrote is the row's problem.
DEBE_HABER = ("Fecha;Concepto;Cuenta contrapartida;Importe;D/H\r\n"
              f"02/01/2024;PAGO PROVEEDOR;{OTHER};2.300,50;D\r\n"
              f"03/01/2024;COBRO FACTURA;{PT};750,00;H\r\n"
              f"04/01/2024;COMISION;{OTHER};1,20;d.\r\n"
              f"05/01/2024;TRASPASO;{PT};99,95;Crédito\r\n"
              f"06/01/2024;RETROCESION;{PT};-150,00;H\r\n"
              f"07/01/2024;APUNTE;{OTHER};5,00;X\r\n"
              f"08/01/2024;PAGO;{OTHER};12,00;-\r\n")


def _marks_spec() -> ImportSpec:
    spec = bank_statement_spec("Unicaja", account_iban=OWN, counterparty_iban="Cuenta contrapartida",
                               amount="Importe", date="Fecha", purpose="Concepto")
    return replace(spec, direction="D/H")


def test_a_direction_column_says_which_way_each_amount_went(tmp_path: Path) -> None:
    path = tmp_path / "unicaja.csv"
    path.write_bytes(DEBE_HABER.encode("cp1252"))
    plans = _plans(path, _marks_spec())
    assert [_direction(p) for i, p in enumerate(plans) if i != 5] == [
        (OWN, OTHER, "2300.50"),  # D(ebe): money out
        (PT, OWN, "750.00"),  # H(aber): money in
        (OWN, OTHER, "1.20"),  # "d." as written by hand
        (PT, OWN, "99.95"),  # a word, accented
        (OWN, PT, "150.00"),  # a negative credit is money out, as in a credit column
        (OWN, OTHER, "12.00"),  # a minus sign as the mark
    ]
    assert _code(plans[5]) == ("Importe/D/H", "amount.direction_unknown", {"mark": "X"})
    assert next(raw for p, _n, raw in plans[0].values if p == "amount") == "2.300,50 D"  # type: ignore[union-attr]


def test_without_its_direction_column_every_amount_would_be_money_in(tmp_path: Path) -> None:
    # the reason for the column: the same file read as signed amounts books every payment as received
    path = tmp_path / "unicaja.csv"
    path.write_bytes(DEBE_HABER.encode("cp1252"))
    plans = _plans(path, replace(_marks_spec(), direction=""))
    assert _direction(plans[0]) == (OTHER, OWN, "2300.50")


def test_a_direction_column_needs_an_amount_and_no_debit_credit_pair(tmp_path: Path) -> None:
    from casebench.exchange.formats.mapping import SpecError

    header = ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "D/H"]
    spec = _marks_spec()
    with pytest.raises(SpecError, match="not both"):
        compile_spec(replace(spec, debit="Importe", credit="D/H"), header)
    with pytest.raises(SpecError, match="map the amount"):
        compile_spec(replace(spec, columns=tuple(c for c in spec.columns if c.prop != "amount")), header)
    with pytest.raises(SpecError, match="no column 'Signo'"):
        compile_spec(replace(spec, direction="Signo"), header)
    # a specification saved before the field existed keeps its digest (a half-done import of
    # it is resumed): the digest of the same keys as then
    import hashlib
    import json

    before = replace(spec, direction="").to_json()
    for key in ("name", "description", "direction"):
        before.pop(key)
    text = json.dumps(before, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert replace(spec, direction="").digest() == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert spec.digest() != replace(spec, direction="").digest()
    assert ImportSpec.from_json(spec.to_json()) == spec


def test_a_missing_mark_or_an_amount_marked_the_other_way_is_the_rows_problem() -> None:
    from casebench.exchange.formats.tables import NumberCell

    compiled = compile_spec(_marks_spec(), ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "D/H"],
                            default_region="es")

    def plan(amount: Any, mark: str) -> RowPlan | list[CellError]:
        return compiled.plan(2, ["02/01/2024", "x", OTHER, amount, mark])

    assert _code(plan("5,00", ""))[1:] == ("amount.direction_missing", {"amount": "5,00"})
    assert _code(plan("5,00", "\u2014"))[1] == "amount.direction_missing"  # a dash filling the cell
    assert _code(plan("100,00 CR", "D"))[1:] == ("amount.direction_disagrees", {"amount": "100,00 CR", "mark": "D"})
    assert _code(plan("100,00 D", "H"))[1] == "amount.direction_disagrees"
    assert _direction(plan("100,00 D", "Debe")) == (OWN, OTHER, "100.00")  # both say out: agreed
    assert _direction(plan(NumberCell(2300.5), "D")) == (OWN, OTHER, "2300.5")  # a workbook's number


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["D", "DR", "Debe", "Cargo", "Débito", "débit", "-"]),
       st.sampled_from(["C", "CR", "Haber", "Abono", "Crédito", "crédit", "+"]))
@settings(max_examples=60, deadline=None)
def test_any_amount_marked_out_and_in_gives_the_same_size_both_ways(amount: Decimal, out: str, into: str) -> None:
    header = ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "D/H"]
    compiled = compile_spec(_marks_spec(), header, default_region="es")
    text = format(amount, "f").replace(".", ",")
    went_out = compiled.plan(2, ["02/01/2024", "x", OTHER, text, out])
    came_in = compiled.plan(3, ["02/01/2024", "x", OTHER, text, into])
    if amount == 0:
        return
    assert _direction(went_out) == (OWN, OTHER, format(amount, "f"))
    assert _direction(came_in) == (OTHER, OWN, format(amount, "f"))


# the words banks write in a direction column beside an unsigned amount: True is money out
BANK_WORDS = {
    "Ingreso": False, "Abono": False, "Cargo": True, "Pago": True, "Retiro": True,  # es
    "Entrada": False, "Saída": True, "Crédito": False, "Débito": True, "Levantamento": True,  # pt
    "Crédit": False, "Débit": True, "Versement": False, "Retrait": True,  # fr
    "Deposit": False, "Withdrawal": True, "In": False, "Out": True,  # en
}


@pytest.mark.parametrize("word", sorted(BANK_WORDS))
def test_every_bank_word_in_a_direction_column_reads_its_direction(word: str) -> None:
    """'Ingreso', 'Retrait', 'Withdrawal' … were refused ('neither a debit nor a credit'): the
    row was lost. As written, in capitals, in lower case and without accents, as banks write them."""
    import unicodedata

    compiled = compile_spec(replace(_marks_spec(), direction="Tipo"),
                            ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "Tipo"], default_region="es")
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    want = (OWN, OTHER, "1500.00") if BANK_WORDS[word] else (OTHER, OWN, "1500.00")
    for written in (word, word.upper(), word.lower(), bare.upper(), f" {word}. "):
        plan = compiled.plan(2, ["02/01/2024", "x", OTHER, "1.500,00", written])
        assert _direction(plan) == want, written


@pytest.mark.parametrize("word", ["Reintegro", "Cobro", "Transferencia", "Traspaso", "Virement", "Transfer", "X"])
def test_a_word_that_reads_both_ways_or_no_way_is_still_the_rows_problem(word: str) -> None:
    """'Reintegro' is a withdrawal in Spain and a refund received in Argentina; 'Cobro' money
    collected or a fee charged; a transfer goes either way: guessing would swap payer and payee."""
    compiled = compile_spec(replace(_marks_spec(), direction="Tipo"),
                            ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "Tipo"], default_region="es")
    plan = compiled.plan(2, ["02/01/2024", "x", OTHER, "1.500,00", word])
    assert _code(plan) == ("Importe/Tipo", "amount.direction_unknown", {"mark": word})


def test_every_word_of_the_word_list_reads_one_way() -> None:
    """The data file: every row is out or in, and no word is listed both ways."""
    from casebench.domain.names import fold
    from casebench.exchange.formats.mapping import direction_words

    words = direction_words()
    assert len(words) >= 30
    for word, debit in BANK_WORDS.items():
        assert words[fold(word)] is debit, word


# -- 2. Excel date-time serials and a separate time column -------------------------------------
SERIAL = 45123.5416667  # 16 July 2023 13:00:00 (plus Excel's float noise)


def _call_spec(**extra: Any) -> ImportSpec:
    return ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"), ColumnMap("Registro", "recordId")),
                      time_columns=(("Fecha", "Hora"),), tz="Europe/Madrid", **extra)


def test_a_date_time_serial_and_its_time_column_make_one_moment(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "cdr.xlsx", [
        ["Registro", "Fecha", "Hora"],
        ["R1", SERIAL, dt.time(13, 0)],  # the whole moment in the date cell, the same time beside it
        ["R2", 45123, dt.time(9, 5, 7)],  # a day, and its time
        ["R3", SERIAL, "13:00:00"],  # the time as text
        ["R4", SERIAL, 0.5416667],  # the time as a bare fraction
        ["R5", SERIAL, SERIAL],  # the whole moment in both cells (a time cell's date is not read)
        ["R6", SERIAL, None],  # no time: the date cell's own
        ["R7", SERIAL, dt.time(14, 0)],  # two different times: which one?
        ["R8", 45123.54166666, "13:00"],  # 12:59:59.9994 is shown, and read, as 13:00:00
    ])
    plans = _plans(path, _call_spec())
    dates = [_values(p)["date"] if isinstance(p, RowPlan) else None for p in plans]
    assert dates == ["2023-07-16T13:00:00+02:00", "2023-07-16T09:05:07+02:00", *["2023-07-16T13:00:00+02:00"] * 4,
                     None, "2023-07-16T13:00+02:00"]
    column, code, params = _code(plans[6])
    assert (column, code) == ("Fecha + Hora", "date.time_disagrees")
    assert params == {"date": "2023-07-16", "own": "13:00:00", "time": "14:00:00"}


def test_a_date_cell_formatted_as_a_date_time_keeps_its_seconds_right(tmp_path: Path) -> None:
    """openpyxl gives 12:59:59.999 for a serial Excel shows as 13:00:00; not 12:59:59."""
    path = _workbook(tmp_path / "cdr.xlsx", [["Registro", "Fecha", "Hora"], ["R1", 45123.54166666, "13:00:00"],
                                             ["R2", 45123.54166666, "12:59:59"]],
                     formats={2: "dd/mm/yyyy hh:mm:ss"})
    plans = _plans(path, _call_spec())
    assert _values(plans[0])["date"] == "2023-07-16T13:00:00+02:00"
    assert _code(plans[1])[1] == "date.time_disagrees"
    alone = _plans(path, replace(_call_spec(), time_columns=()))
    assert _values(alone[0])["date"] == "2023-07-16T13:00:00+02:00"


def test_text_serials_of_a_csv_combine_with_the_time_column_alike(tmp_path: Path) -> None:
    path = tmp_path / "cdr.csv"
    path.write_text("Registro;Fecha;Hora\nR1;45123.54;12:57:36\nR2;45123;09:05\nR3;45123,54;12:57:36\n"
                    "R4;45123.54;14:00:00\n", encoding="utf-8")
    plans = _plans(path, _call_spec(date_formats=("excel",)))
    assert [_values(p)["date"] for p in plans[:3]] == [
        "2023-07-16T12:57:36+02:00", "2023-07-16T09:05+02:00", "2023-07-16T12:57:36+02:00"]
    assert _code(plans[3])[1:] == ("date.time_disagrees", {"date": "2023-07-16", "own": "12:57:36",
                                                           "time": "14:00:00"})


def test_a_text_date_at_midnight_takes_the_time_columns_time(tmp_path: Path) -> None:
    """A database export's date column: every date at 00:00:00, the time in the next column."""
    path = tmp_path / "cdr.csv"
    path.write_text("Registro;Fecha;Hora\nR1;08/01/2024 00:00:00;19:15:02\nR2;08/01/2024 0:00;19:15\n"
                    "R3;08/01/2024 19:15:02;19:15:02\nR4;08/01/2024 13:00:00;19:15:02\nR5;08/01/2024;19:15\n",
                    encoding="utf-8")
    for formats in ((), ("dd/mm/yyyy hh:mm:ss",), ("dd/mm/yyyy",)):
        plans = _plans(path, _call_spec(date_formats=formats))
        assert [_values(p)["date"] for i, p in enumerate(plans) if i != 3] == [
            "2024-01-08T19:15:02+01:00", "2024-01-08T19:15+01:00", "2024-01-08T19:15:02+01:00",
            "2024-01-08T19:15+01:00"], formats
        assert _code(plans[3])[1:] == ("date.time_disagrees", {"date": "08/01/2024", "own": "13:00:00",
                                                               "time": "19:15:02"})


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 2_958_464), second=st.integers(0, 86_399))
def test_any_serial_moment_and_its_own_time_agree(day: int, second: int) -> None:
    """Whatever Excel stores for a moment (a float), the moment and its own time read back alike."""
    from casebench.exchange.formats.cells import combine_date_time
    from casebench.exchange.formats.tables import NumberCell

    serial = day + second / 86400
    moment = dt.datetime.combine(EXCEL_1900, dt.time()) + dt.timedelta(days=day, seconds=second)
    clock = moment.strftime("%H:%M:%S")
    assert combine_date_time(NumberCell(serial), NumberCell(second / 86400)) == (
        moment.date().isoformat() + "T" + clock)
    assert combine_date_time(NumberCell(day), clock) == moment.date().isoformat() + "T" + clock


# -- 3. the trunk zero in brackets -------------------------------------------------------------
def test_a_cdr_with_bracketed_trunk_zeros(tmp_path: Path) -> None:
    path = tmp_path / "vodafone.csv"
    path.write_bytes(
        "Registro;Fecha;Llamante;Destinatario\r\n"
        "V1;08/01/2024 07:15:02;+34 (0) 612 345 678;+44 (0)20 7946 0958\r\n"
        "V2;08/01/2024 07:16:02;0034 (0) 612 345 678;+33 (0)6 12 34 56 78\r\n"
        "V3;08/01/2024 07:17:02;+39 (0)6 1234 5678;+34612345678\r\n".encode("cp1252"))
    spec = ImportSpec(schema="Call", columns=(
        ColumnMap("Registro", "recordId"), ColumnMap("Fecha", "date"), ColumnMap("Llamante", "callerNumber"),
        ColumnMap("Destinatario", "receiverNumber")), date_formats=("dd/mm/yyyy hh:mm:ss",))
    plans = _plans(path, spec)
    numbers = [(_values(p)["callerNumber"], _values(p)["receiverNumber"]) for p in plans]
    assert numbers == [("+34612345678", "+442079460958"), ("+34612345678", "+33612345678"),
                       ("+39 (0)6 1234 5678", "+34612345678")]  # Italy: kept as recorded
    third = plans[2]
    assert isinstance(third, RowPlan) and [w.column for w in third.warnings] == ["Llamante"]
    cause = third.warnings[0].cause
    assert isinstance(cause, CodedError) and cause.code == "phone.trunk_zero_unclear"
    assert cause.params == {"value": "+39 (0)6 1234 5678", "options": "+390612345678"}
    assert not plans[0].warnings and not plans[1].warnings  # type: ignore[union-attr]


# -- 4. identifiers a spreadsheet held as numbers ----------------------------------------------
IMEI, IMSI, ICCID = 351234567890123, 214011234567890, 8934011234567890123


def _subscriber_spec() -> ImportSpec:
    # an operator's subscriber list: the line's identifiers on the subscriber
    return ImportSpec(schema="Person", columns=(
        ColumnMap("Titular", "name"), ColumnMap("IMEI", "idNumber"), ColumnMap("IMSI", "registrationNumber"),
        ColumnMap("ICCID", "sourceId"), ColumnMap("MSISDN", "phone")))


def test_identifiers_in_number_cells_are_exact_or_the_rows_problem(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "abonados.xlsx", [
        ["Titular", "IMEI", "IMSI", "ICCID", "MSISDN"],
        ["Ana Ruiz", IMEI, IMSI, "8934011234567890123", 34612345678],  # ints as Excel keeps them
        ["Luis Gil", float(IMEI), float(IMSI), None, 34612345678.0],  # the same as floats
        ["Eva Sanz", IMEI, IMSI, float(ICCID), 34612345678],  # 19 digits: Excel kept 15
        ["Rui Sá", IMEI, IMSI, ICCID, 34612345678],  # exact in the file, but more than Excel keeps
        ["Max Vidal", 351234567890.5, IMSI, None, 34612345678],  # a fraction
        ["Ola Berg", IMEI, IMSI, None, 34612345678.5],  # a phone with a fraction is no number
    ])
    plans = _plans(path, _subscriber_spec())
    assert _values(plans[0]) == {"name": "Ana Ruiz", "idNumber": "351234567890123",
                                 "registrationNumber": "214011234567890", "sourceId": "8934011234567890123",
                                 "phone": "+34612345678"}
    assert _values(plans[1]) == {"name": "Luis Gil", "idNumber": "351234567890123",
                                 "registrationNumber": "214011234567890", "phone": "+34612345678"}
    assert _code(plans[2]) == ("ICCID", "identifier.too_many_digits", {"value": "8934011234567890000", "digits": 19})
    column, code, params = _code(plans[3])
    assert (column, code, params["digits"]) == ("ICCID", "identifier.too_many_digits", 19)
    assert str(params["value"]).startswith("893401123456789")
    assert _code(plans[4]) == ("IMEI", "identifier.not_whole_number", {"value": "351234567890.5"})
    assert _code(plans[5]) == ("MSISDN", "identifier.not_whole_number", {"value": "34612345678.5"})


def test_identifiers_in_exponent_form_are_refused_naming_the_value(tmp_path: Path) -> None:
    path = tmp_path / "abonados.csv"
    path.write_bytes("Titular;IMEI;IMSI;ICCID;MSISDN\r\n"
                     "Ana Ruiz;351234567890123;214011234567890;8934011234567890123;34612345678\r\n"
                     "Luis Gil;3.51235E+14;214011234567890;;34612345678\r\n"
                     "Eva Sanz;351234567890123;2,14011E+14;;3,46123E+10\r\n"
                     "Rui Sá;AB1E+5;214011234567890;;34612345678\r\n".encode("cp1252"))
    plans = _plans(path, _subscriber_spec())
    assert _values(plans[0])["sourceId"] == "8934011234567890123"  # text keeps every digit
    assert _code(plans[1]) == ("IMEI", "identifier.exponent_form", {"value": "3.51235E+14"})
    problems = plans[2]
    assert isinstance(problems, list)
    assert sorted((e.column, getattr(e.cause, "code", "")) for e in problems) == [
        ("IMSI", "identifier.exponent_form"), ("MSISDN", "identifier.exponent_form")]
    assert _values(plans[3])["idNumber"] == "AB1E+5"  # letters before it: not a number in exponent form


def test_identifiers_written_as_a_floats_text_are_the_number_they_were(tmp_path: Path) -> None:
    """A list exported by a program that read the column as floats: ``351234567890123.0``."""
    path = tmp_path / "abonados.csv"
    path.write_bytes("Titular;IMEI;IMSI;ICCID;MSISDN\r\n"
                     "Ana Ruiz;351234567890123.0;214011234567890,0;;4930123456.0\r\n"
                     "Luis Gil;351234567890123;214011234567890;8934011234567890000.0;4930123456\r\n"
                     "Eva Sanz;1234.0;V2.0;;+4930123456\r\n".encode("cp1252"))
    plans = _plans(path, _subscriber_spec())
    # the IMEI's key was 3512345678901230 and the Berlin number +49301234560, another line
    assert _values(plans[0]) == {"name": "Ana Ruiz", "idNumber": "351234567890123",
                                 "registrationNumber": "214011234567890", "phone": "+4930123456"}
    assert _code(plans[1]) == ("ICCID", "identifier.too_many_digits", {"value": "8934011234567890000", "digits": 19})
    assert _values(plans[2])["idNumber"] == "1234.0"  # a short text is an identifier as written
    assert _values(plans[2])["registrationNumber"] == "V2.0"


@settings(max_examples=40, deadline=None)
@given(numbers=st.lists(st.integers(0, 10**15 - 1) | st.integers(10**15, 10**20), min_size=1, max_size=20),
       as_float=st.booleans())
def test_a_number_cell_identifier_is_its_digits_or_refused(tmp_path_factory: pytest.TempPathFactory,
                                                           numbers: list[int], as_float: bool) -> None:
    """Never a silently changed identifier: the exact digits when Excel keeps them all."""
    path = _workbook(tmp_path_factory.mktemp("ids") / "ids.xlsx",
                     [["Cuenta"], *[[float(n) if as_float else n] for n in numbers]])
    spec = ImportSpec(schema="BankAccount", columns=(ColumnMap("Cuenta", "accountNumber"),))
    for n, plan in zip(numbers, _plans(path, spec), strict=True):
        if n < 10**15:
            assert _values(plan) == {"accountNumber": str(n)}
        else:
            column, code, params = _code(plan)
            assert (column, code) == ("Cuenta", "identifier.too_many_digits")
            # the digits as the workbook holds them (a reader may give a long integer as a float)
            assert int(str(params["digits"])) > 15


@settings(max_examples=100, deadline=None)
@given(mantissa=st.decimals(min_value=1, max_value=Decimal("9.99999"), places=5), exponent=st.integers(10, 25),
       comma=st.booleans())
def test_exponent_forms_are_never_identifiers(mantissa: Decimal, exponent: int, comma: bool) -> None:
    from casebench.exchange.formats.cells import exponent_form

    text = f"{mantissa}E+{exponent}"
    text = text.replace(".", ",") if comma else text
    refused = exponent_form(text)
    assert refused is not None and refused.code == "identifier.exponent_form" and refused.params == {"value": text}


@settings(max_examples=150, deadline=None)
@given(amount=st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2).filter(lambda d: d != 0),
       column=st.sampled_from(["Cargo", "Abono"]), placeholder=st.sampled_from(["", "-", "0,00"]))
def test_a_movement_goes_out_exactly_when_it_is_a_debit_or_a_negative_credit(
        amount: Decimal, column: str, placeholder: str) -> None:
    """Whatever sign the bank wrote, one amount in one column: its size, and its direction by the rule."""
    compiled = compile_spec(_pair_spec(), ["Fecha", "Concepto", "Cuenta contrapartida", "Cargo", "Abono"])
    text = f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    cells = ["02/01/2024", "PAGO", PT, text if column == "Cargo" else placeholder,
             text if column == "Abono" else placeholder]
    payer, beneficiary, value = _direction(compiled.plan(2, cells))
    out = column == "Cargo" or amount < 0
    assert (payer, beneficiary) == ((OWN, PT) if out else (PT, OWN))
    assert Decimal(value) == abs(amount)


# A transfers export naming both sides ("Ordenante", "Beneficiario") beside a D/C column: the
# window walk's file. "Ingreso" swapped the two the file named: Fatou Ceesay paid Ana Torres.
BOTH_SIDES = ("Fecha;Ordenante;Beneficiario;IBAN beneficiario;Importe;D/C\r\n"
              f"02/01/2024;Ana Torres;Fatou Ceesay;{OTHER};1.234,56;Ingreso\r\n"
              f"03/01/2024;Ana Torres;Mindelo Marine Services, Lda.;{PT};300,00;Retiro\r\n")


def _both_sides_spec(**direction: str) -> ImportSpec:
    return ImportSpec(name="transfers", schema="Payment", columns=(
        ColumnMap("Fecha", "date"), ColumnMap("Ordenante", "payer.name"), ColumnMap("Beneficiario", "beneficiary.name"),
        ColumnMap("IBAN beneficiario", "beneficiaryAccount.iban"), ColumnMap("Importe", "amount")),
        related=(Related("payer", "LegalEntity"), Related("beneficiary", "LegalEntity"),
                 Related("beneficiaryAccount", "BankAccount")),
        constants=(("currency", "EUR"),), date_formats=("dd/mm/yyyy",), decimal=",", **direction)


@pytest.mark.parametrize("direction", [{"direction": "D/C"}, {"signed": "amount"},
                                       {"debit": "Importe", "credit": "D/C"}])
def test_a_file_naming_both_sides_is_not_swapped_by_a_direction(case: Case, tmp_path: Path,
                                                                direction: dict[str, str]) -> None:
    path = tmp_path / "transferencias.csv"
    path.write_bytes(BOTH_SIDES.encode("cp1252"))
    with pytest.raises(InvalidInput, match=r"names both sides, payer \(Ordenante\) and beneficiary "
                                           r"\(Beneficiario, IBAN beneficiario\).*as written"):
        import_table(case, path, _both_sides_spec(**direction))
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0  # the case as it was
    report = import_table(case, path, _both_sides_spec())  # its amounts as written
    assert (report.imported_rows, report.rejected_rows) == (2, 0), report.errors
    paid = sorted(get(case, eid).caption for (eid,) in case.conn.execute(
        "SELECT id FROM entities WHERE schema = 'Payment'"))
    assert paid == ["Ana Torres paid Fatou Ceesay", "Ana Torres paid Mindelo Marine Services, Lda."]
