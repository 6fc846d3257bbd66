"""Planning a table row gives, cell for cell, what reading that cell alone gives.

`CompiledSpec.plan` remembers what it read (a column's values per distinct text, a zone's
offset per local hour) and takes shortcuts for the common cell and the common date. None of that may change a stored value, its original text, a warning or an error.
These tests plan random rows of a call record and of a bank statement and compare each
row with (1) the same row planned alone by a newly compiled specification (nothing
remembered) and (2) each cell read by the unmemoised readers: `domain.values.normalise`,
`domain.amounts.parse_amount`, and dates by the reading as it was before the shortcuts
(strptime, `datetime.replace` and `strftime`, the zone asked for every time), copied here.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.exchange.formats.cdr import write_cdr

from casebench.domain.amounts import parse_amount
from casebench.domain.dates import ascii_digits
from casebench.domain.names import fold
from casebench.domain.values import Normalised, PropType, normalise
from casebench.exchange.formats import mapping
from casebench.exchange.formats.cells import dst_problem, duration_seconds, month_words
from casebench.exchange.formats.mapping import (
    CellError,
    ColumnMap,
    CompiledSpec,
    ImportSpec,
    RowPlan,
    bank_statement_spec,
    call_record_spec,
    compile_spec,
    date_format,
    parse_tz,
)
from casebench.exchange.formats.tables import open_table
from casebench.services.table_import import import_table, sniff_table
from casebench.store.case import Case

pytestmark = pytest.mark.usefixtures("statement_path")  # see the fixture

# -- the date reading before it remembered anything (mapping.py as of 7506cd2) --------------------


def _offset_text(delta: dt.timedelta | None) -> str:
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


def _fixed(t: dt.datetime, micro: int) -> str:
    return (f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:"
            f"{t.second:02d}.{micro:06d}Z")


def _reference_date_from(parsed: dt.datetime, fmt: str, tz: dt.tzinfo | None) -> Normalised:
    has_time = any(d in fmt for d in ("%H", "%I", "%M", "%S", "%X", "%c", "%T"))
    seconds = any(d in fmt for d in ("%S", "%X", "%c", "%T"))
    if not has_time:
        text = parsed.date().isoformat()
        return Normalised(text, None, f"{text}T00:00:00.000000Z", f"{text}T23:59:59.999999Z")
    problem = ""
    zoned = True
    if parsed.tzinfo is not None:
        offset = parsed.utcoffset()
    elif tz is not None:
        offset = parsed.replace(tzinfo=tz).utcoffset()
        problem = dst_problem(parsed, tz)
    else:
        zoned = False
    # four-digit years (strftime wrote "999-…" for years below 1000 here: fixed since)
    stamp = f"{parsed.year:04d}" + parsed.strftime("-%m-%dT%H:%M:%S" if seconds else "-%m-%dT%H:%M")
    if zoned:
        text = stamp + _offset_text(offset)
        start = (parsed.replace(tzinfo=None) - (offset or dt.timedelta())).replace(microsecond=0)
    else:
        text = stamp
        start = parsed.replace(microsecond=0, tzinfo=None)
    if not seconds:
        start = start.replace(second=0)
    if start.year == 9999 and start.month == 12 and start.day == 31 and start.hour == 23 and start.minute == 59:
        # the calendar's last minute has no next one: its bounds written out (it was refused)
        end = start.replace(second=start.second if seconds else 59, microsecond=999_999)
    else:
        end = start + (dt.timedelta(seconds=1) if seconds else dt.timedelta(minutes=1))
        end -= dt.timedelta(microseconds=1)
    return Normalised(text, None, _fixed(start, 0), _fixed(end, end.microsecond), note=problem,
                      flag="time" if problem else "")


def _reference_date(raw: str, formats: tuple[str, ...], zone: str) -> Normalised:
    """strptime alone (no quick reader), on the text with its digits made ASCII: the one rule
    for a date's digits (an Arabic-Indic date was read by the quick reader and refused by
    strptime, and '01/02/٢٠٢٤' read by strptime's year)."""
    tz = parse_tz(zone)
    raw = ascii_digits(raw)
    for written in formats:
        fmt = date_format(written)
        try:
            parsed = dt.datetime.strptime(raw, fmt)
        except ValueError:
            continue
        return _reference_date_from(parsed, fmt, tz)
    norm = normalise(PropType.DATE, month_words(raw))
    if tz is not None and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d(:\d\d(:\d\d)?)?", norm.value):
        naive = dt.datetime.fromisoformat(norm.value)
        problem = dst_problem(naive, tz)
        done = normalise(PropType.DATE, norm.value + _offset_text(tz.utcoffset(naive)))
        return replace(done, note=problem, flag="time" if problem else "")
    return norm


# -- what a row comes to, and the comparison ------------------------------------------------------


def _outcome(compiled: CompiledSpec, number: int, cells: list[str]) -> Any:
    """The plan, or the errors with their causes' kind and code, or the exception raised."""
    try:
        result = compiled.plan(number, cells)
    except Exception as exc:  # OverflowError at the ends of the calendar, as before
        return ("raised", type(exc), str(exc))
    if isinstance(result, list):
        return [(e, type(e.cause), getattr(e.cause, "code", None), str(e.cause)) for e in result]
    return result


def _planned(plan: RowPlan, path: str) -> list[Normalised]:
    head, dot, tail = path.partition(".")
    if not dot:
        return [n for p, n, _ in plan.values if p == path]
    return [n for r in plan.related if r.prop == head for p, n, _ in r.values if p == tail]


def _errors_of(outcome: Any, column: str) -> list[CellError]:
    return [e for e, *_ in outcome if e.column == column] if isinstance(outcome, list) else []


ZONES = ["", "Europe/Madrid", "America/St_Johns", "Australia/Lord_Howe", "Asia/Kathmandu",
         "America/Sao_Paulo", "+05:30", "-03:00", "UTC"]
FORMATS = ["dd/mm/yyyy hh:mm:ss", "mm/dd/yyyy hh:mm:ss", "yyyy-mm-dd hh:mm", "%d.%m.%Y %H:%M:%S",
           "dd/mm/yyyy", "%Y%m%d%H%M%S", "%d/%m/%y %H:%M", "dd/mm/yyyy hh:mm"]
# a few hours (so that times repeat their hour), around changes of the clocks and the ends
# of the calendar datetime can hold
HOURS = [dt.datetime(2024, 3, 31, 1), dt.datetime(2024, 3, 31, 2), dt.datetime(2024, 10, 27, 2),
         dt.datetime(2024, 11, 3, 1), dt.datetime(2024, 4, 7, 1), dt.datetime(2024, 4, 7, 2),
         dt.datetime(2024, 10, 6, 2), dt.datetime(2024, 2, 29, 23), dt.datetime(2024, 1, 1, 0),
         dt.datetime(1999, 12, 31, 23), dt.datetime(1890, 6, 1, 12), dt.datetime(999, 5, 5, 5),
         dt.datetime(1000, 1, 1, 0), dt.datetime(9999, 12, 31, 23), dt.datetime(1, 1, 1, 0),
         dt.datetime(2024, 6, 15, 10),
         # São Paulo's last changes of the clocks: forward at midnight (00:00 is 01:00), back
         # from midnight to 23:00 (23:00-23:59 twice); Madrid's hours either side of its changes
         dt.datetime(2018, 11, 3, 23), dt.datetime(2018, 11, 4, 0), dt.datetime(2018, 11, 4, 1),
         dt.datetime(2019, 2, 16, 22), dt.datetime(2019, 2, 16, 23), dt.datetime(2019, 2, 17, 0),
         dt.datetime(2024, 3, 31, 3), dt.datetime(2024, 10, 27, 1), dt.datetime(2024, 10, 27, 3),
         dt.datetime(9998, 12, 31, 23), dt.datetime(2, 1, 1, 0)]
NUMBERS = [f"6{n:08d}" for n in range(12_000_000, 12_000_000 + 12 * 7919, 7919)]


SHAPES = {"dd/mm/yyyy hh:mm:ss": "%d/%m/%Y %H:%M:%S", "mm/dd/yyyy hh:mm:ss": "%m/%d/%Y %H:%M:%S",
          "yyyy-mm-dd hh:mm": "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M:%S": "%d.%m.%Y %H:%M:%S",
          "dd/mm/yyyy": "%d/%m/%Y", "%Y%m%d%H%M%S": "%Y%m%d%H%M%S", "%d/%m/%y %H:%M": "%d/%m/%y %H:%M",
          "dd/mm/yyyy hh:mm": "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S.%f": "%Y-%m-%d %H:%M:%S.%f"}


@st.composite
def date_cells(draw: st.DrawFn, formats: list[str], hours: list[dt.datetime]) -> str:
    """Mostly a time in one of the file's formats, in a few hours; now and then another
    shape, an impossible time, two spaces, Arabic-Indic digits or a month name."""
    hour = draw(st.sampled_from(hours))
    when = hour.replace(minute=draw(st.integers(0, 59)), second=draw(st.integers(0, 59)))
    if draw(st.integers(0, 9)) == 0:
        when = when.replace(minute=59, second=59)  # the hour's last second (the calendar's, once)
    shape = SHAPES[draw(st.sampled_from(formats))] if draw(st.integers(0, 9)) else draw(
        st.sampled_from([*SHAPES.values(), "%Y-%m-%dT%H:%M:%S"]))
    text = shape.replace("%Y", f"{when.year:04d}").replace("%y", f"{when.year % 100:02d}")
    text = text.replace("%f", f"{draw(st.sampled_from([0, 5, 999_999])):06d}")
    for directive, value in (("%d", when.day), ("%m", when.month), ("%H", when.hour),
                             ("%M", when.minute), ("%S", when.second)):
        text = text.replace(directive, f"{value:02d}")
    odd = draw(st.integers(0, 30))
    if odd == 1:
        text = text.replace(f"{when.hour:02d}:", "24:", 1)
    elif odd == 2:
        text = text[:-2] + "60"
    elif odd == 3:
        text = "31/02/2024 10:00:00"
    elif odd == 4:
        text = text.replace(" ", "  ", 1)
    elif odd == 5:
        text = text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    elif odd == 6:
        text = f"{when.day}-abr-{when.year} 10:05"
    return text


@st.composite
def any_date_text(draw: st.DrawFn, formats: list[str]) -> str:
    """A time in one of the formats, or any text, each digit from any script."""
    scripts = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "０１２３４５６７８９"]
    if draw(st.integers(0, 3)):
        text = draw(date_cells(formats, HOURS))
    else:
        text = draw(st.text(alphabet=st.sampled_from("0123456789/.:- T+aábr٠١٢٣٤"), max_size=24) | st.text())
    return "".join(draw(st.sampled_from(scripts))[int(c)] if c in "0123456789" else c for c in text)


@settings(max_examples=300, deadline=None)
@given(formats=st.lists(st.sampled_from(sorted(SHAPES)), min_size=1, max_size=2, unique=True),
       zone=st.sampled_from(ZONES), data=st.data())
def test_a_date_cell_reads_alike_by_the_quick_and_the_reference_path(formats: list[str], zone: str,
                                                                      data: st.DataObject) -> None:
    """Any text in a date column comes to what strptime alone reads from it, its digits made
    ASCII: the same value and bounds, or the same refusal (the quick reader read Arabic-Indic
    digits that strptime refuses; with mm/dd/yyyy the fallback then read them day first)."""
    raw = data.draw(any_date_text(formats).filter(str.strip))
    spec = ImportSpec(schema="Event", columns=(ColumnMap("Fecha", "date"), ColumnMap("N", "name")), tz=zone,
                      date_formats=tuple(formats))
    got = _outcome(compile_spec(spec, ["Fecha", "N"]), 2, [raw, "x"])
    try:
        expected: Any = _reference_date(raw.strip(), tuple(formats), zone)
    except ValueError as exc:
        expected = (type(exc), getattr(exc, "code", None), str(exc))
    except OverflowError:  # the reference's arithmetic; the import words it as manual entry does
        assert isinstance(got, list) and [c[2] for c in got] == ["date.outside_years_in_utc"]
        return
    if isinstance(got, RowPlan):
        assert _planned(got, "date") == [replace(expected, note="", flag="")]
    else:
        assert isinstance(got, list) and [cause[1:] for cause in got] == [expected]
    ascii = _outcome(compile_spec(spec, ["Fecha", "N"]), 2, [ascii_digits(raw), "x"])
    if isinstance(got, RowPlan):  # the same value as the date in ASCII digits
        assert isinstance(ascii, RowPlan) and _planned(ascii, "date") == _planned(got, "date")
    else:  # refused alike (the words quote the text as found)
        assert isinstance(ascii, list) and [c[1:3] for c in ascii] == [c[1:3] for c in got]


@st.composite
def phone_cells(draw: st.DrawFn) -> str:
    number = draw(st.sampled_from(NUMBERS))
    if draw(st.integers(0, 9)):
        return draw(st.sampled_from([f"+34 {number}", f"0034{number}", number, f"34{number}",
                                     f"+34 {number[:3]} {number[3:6]} {number[6:]}",
                                     f"(+34) {number[:3]}-{number[3:6]}-{number[6:]}", f"0034 {number}",
                                     f"+34.{number}", f"+0034{number}", f"tel:+34{number}",
                                     f"+34\u00a0{number}", f"＋３４{number}"]))
    return draw(st.sampled_from(["Anónimo", "112", "12ab34", "+99 123", "00584160996041", "", "  ",
                                 "+1 202 555 0143", f"{number} ext. 12"]))


@st.composite
def call_rows(draw: st.DrawFn, formats: list[str], hours: list[dt.datetime]) -> list[str]:
    record = draw(st.sampled_from(["CDR-0001", "ÁB 12", "!!!", "", "C"])) + str(draw(st.integers(0, 99)))
    return [record, draw(date_cells(formats, hours)), draw(phone_cells()), draw(phone_cells()),
            draw(st.sampled_from(["123", "0:03:31", "1:02:03,5", "abc", "-5", "12.5", "", "3600"]))]


CALL_HEADER = ["Id", "Fecha", "Llamante", "Destinatario", "Duracion"]


@settings(max_examples=150, deadline=None)
@given(formats=st.lists(st.sampled_from(sorted(SHAPES)), min_size=1, max_size=3, unique=True),
       zone=st.sampled_from(ZONES), region=st.sampled_from(["es", "es", "es", "co", None]), data=st.data())
def test_call_rows_plan_as_each_cell_reads_alone(formats: list[str], zone: str, region: str | None,
                                                 data: st.DataObject) -> None:
    hours = data.draw(st.lists(st.sampled_from(HOURS), min_size=1, max_size=3, unique=True))
    rows = data.draw(st.lists(call_rows(formats, hours), min_size=10, max_size=80))
    spec = call_record_spec("cdr", caller="Llamante", receiver="Destinatario", date="Fecha",
                            duration="Duracion", record_id="Id", date_formats=tuple(formats), tz=zone)
    compiled = compile_spec(spec, CALL_HEADER, default_region=region)
    for number, cells in enumerate(rows, start=2):
        got = _outcome(compiled, number, cells)
        assert got == _outcome(compile_spec(spec, CALL_HEADER, default_region=region), number, cells)
        if not isinstance(got, RowPlan):
            continue
        date = _reference_date(cells[1].strip(), tuple(formats), zone)
        assert _planned(got, "date") == [replace(date, note="", flag="")]
        assert [w.reason for w in got.strict_warnings] == ([date.note] if date.flag else [])
        for column, prop in ((2, "callerNumber"), (3, "receiverNumber")):
            phones = [normalise(PropType.PHONE, raw, default_region=region)
                      for raw in [cells[column].strip()] if raw]
            assert _planned(got, prop) == phones
            linked = _planned(got, prop.replace("Number", ".phone"))
            assert linked == [n for n in phones if n.match_key]
        assert _planned(got, "recordId") == [normalise(PropType.IDENTIFIER, raw)
                                             for raw in [cells[0].strip()] if raw]
        raw = cells[4].strip()
        if raw:
            seconds = None if raw.isdigit() else duration_seconds(raw)
            duration = Normalised(seconds) if seconds is not None else Normalised(
                format(parse_amount(raw, "").value, "f"))
            assert _planned(got, "duration") == [duration]


@settings(max_examples=120, deadline=None)
@given(formats=st.lists(st.sampled_from(sorted(SHAPES)), min_size=1, max_size=2, unique=True),
       zone=st.sampled_from(["Europe/Madrid", "America/Sao_Paulo", *ZONES]), limit=st.sampled_from([2, 20_000]),
       data=st.data())
def test_a_files_repeated_hours_and_cells_plan_as_each_row_alone(formats: list[str], zone: str, limit: int,
                                                                 data: st.DataObject) -> None:
    """Times of a few hours (around the changes of the clocks too), numbers spelt many ways and
    the same cells again: planned in one file (a time read from its hour's earlier reading, a
    cell's value from its column's memo, the memo emptied or given up when full at ``limit``)
    each row comes to what it comes to alone, and each time to what strptime alone reads."""
    hours = data.draw(st.lists(st.sampled_from(HOURS), min_size=1, max_size=4, unique=True))
    rows = data.draw(st.lists(call_rows(formats, hours), min_size=20, max_size=120))
    rows += [list(cells) for cells in data.draw(st.lists(st.sampled_from(rows), max_size=60))]
    spec = call_record_spec("cdr", caller="Llamante", receiver="Destinatario", date="Fecha",
                            duration="Duracion", record_id="Id", date_formats=tuple(formats), tz=zone)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mapping, "_CACHE_LIMIT", limit)
        compiled = compile_spec(spec, CALL_HEADER, default_region="es")
        for number, cells in enumerate(rows, start=2):
            got = _outcome(compiled, number, cells)
            assert got == _outcome(compile_spec(spec, CALL_HEADER, default_region="es"), number, cells)
            if not isinstance(got, RowPlan):
                continue
            date = _reference_date(cells[1].strip(), tuple(formats), zone)
            assert _planned(got, "date") == [replace(date, note="", flag="")]
            assert [w.reason for w in got.strict_warnings] == ([date.note] if date.flag else [])
            for column, prop in ((2, "callerNumber"), (3, "receiverNumber")):
                assert _planned(got, prop) == [normalise(PropType.PHONE, raw, default_region="es")
                                               for raw in [cells[column].strip()] if raw]


def test_call_rows_that_fail_fail_alike() -> None:
    """The errors of a row planned among others equal those of the row alone: same row,
    column, words and cause (the window words a cause by its code)."""
    rnd = random.Random(3)
    spec = call_record_spec("cdr", caller="Llamante", receiver="Destinatario", date="Fecha",
                            duration="Duracion", record_id="Id", tz="Europe/Madrid")
    compiled = compile_spec(spec, CALL_HEADER, default_region="es")
    rows = [["CDR-1", "31/03/2024 02:30:00", "+34 612000000", "0034612007919", "12"],
            ["!!!", "31/02/2024 10:00:00", "12ab34", "+99 123", "abc"],
            ["CDR-2", "27/10/2024 02:30:00", "Anónimo", "112", "0:03:31"],
            ["CDR-3", "", "", "0034612007919", ""],
            ["CDR-4", "01/01/2024 00:00:00"]]
    failed = 0
    for _ in range(20):
        for number, cells in enumerate(rnd.sample(rows, len(rows)), start=2):
            got = _outcome(compiled, number, cells)
            assert got == _outcome(compile_spec(spec, CALL_HEADER, default_region="es"), number, cells)
            failed += isinstance(got, list)
    assert failed == 60  # three of the five rows fail, every time


BANK_HEADER = ["Fecha", "Concepto", "Importe", "Cuenta", "Nombre", "Ref"]
IBANS = ["PT50000201231234567890154", "GB82WEST12345698765432", "PT50000201231234567890155",
         "DE89370400440532013000", "ES91 2100 0418 4502 0005 1332"]


@st.composite
def bank_rows(draw: st.DrawFn) -> list[str]:
    amount = draw(st.sampled_from(["-1.500,00", "12.345,67", "0,00", "-250,00", "250", "1.234,5 EUR",
                                   "(75,10)", "abc", "", "1,234.56", "-0,00", "R$ 10,00"]))
    return [draw(st.sampled_from(["03/01/2024", "31/12/2023", "29/02/2024", "30/02/2024", "", "2024-01-05",
                                  "5-ene-2024"])),
            draw(st.sampled_from(["Factura 17", "Transferencia recibida", "  Pago  ", ""])), amount,
            draw(st.sampled_from(IBANS)), draw(st.sampled_from(["Atlántida Trading", "Kombo", ""])),
            draw(st.sampled_from(["SEPA-1", "SEPA-2", ""]))]


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(bank_rows(), min_size=1, max_size=40), zone=st.sampled_from(["", "Europe/Lisbon"]))
def test_statement_rows_plan_as_each_cell_reads_alone(rows: list[list[str]], zone: str) -> None:
    spec = bank_statement_spec("banco", account_iban="ES9121000418450200051332", counterparty_iban="Cuenta",
                               amount="Importe", date="Fecha", purpose="Concepto", reference="Ref",
                               counterparty_name="Nombre", tz=zone)
    compiled = compile_spec(spec, BANK_HEADER)
    for number, cells in enumerate(rows, start=5):
        got = _outcome(compiled, number, cells)
        assert got == _outcome(compile_spec(spec, BANK_HEADER), number, cells)
        if not isinstance(got, RowPlan):
            continue
        assert [n.value for p, n, _raw in got.values if p == "date"] == [
            _reference_date(cells[0].strip(), ("dd/mm/yyyy",), zone).value]
        amount = parse_amount(cells[2].strip(), ",").value
        assert [Decimal(n.value) for p, n, _ in got.values if p == "amount"] == [abs(amount)]
        iban = normalise(PropType.IBAN, cells[3].strip())
        side = "payerAccount" if amount > 0 else "beneficiaryAccount"  # money in swaps the sides
        assert _planned(got, f"{side}.iban") == [iban]
        assert [raw for r in got.related if r.prop == side for p, _, raw in r.values if p == "iban"] == [
            cells[3].strip()]
        assert _planned(got, "purpose") == [normalise(PropType.TEXT, raw) for raw in [cells[1]] if raw.strip()]


def test_a_required_currency_named_in_the_amount_cell_fills_an_empty_currency_column() -> None:
    spec = ImportSpec(schema="Payment", columns=(ColumnMap("Importe", "amount"), ColumnMap("Moneda", "currency")),
                      decimal=",", required=("amount", "currency"))
    compiled = compile_spec(spec, ["Importe", "Moneda"])
    plan = compiled.plan(2, ["12,50 EUR", ""])
    assert isinstance(plan, RowPlan)
    assert [(p, n.value) for p, n, _ in plan.values] == [("amount", "12.50"), ("currency", "EUR")]
    missing = compiled.plan(3, ["12,50", ""])
    assert isinstance(missing, list) and [e.column for e in missing] == ["Moneda"]
    assert "requires it" in missing[0].reason


# -- what an import stores: each row's values as its row planned alone gives them -----------------

_UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _reference_fold(text: str) -> str:
    """`domain.names.fold` as it read ASCII text before (7506cd2); other text takes the
    general path, which is unchanged."""
    if not text.isascii():
        return fold(text)
    plain = text.lower().translate(str.maketrans("", "", "'`"))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _stored(case: Case) -> list[tuple[Any, ...]]:
    return case.conn.execute(
        "SELECT e.id, e.schema, e.caption, e.caption_fold, s.id, s.prop, s.value, s.original, s.match_key,"
        " s.date_start, s.date_end, s.locator, s.seq, e.rowid FROM statements s"
        " JOIN entities e ON e.id = s.entity_id ORDER BY s.seq").fetchall()


def _check_stored(case: Case, path: Path, spec: ImportSpec) -> tuple[int, list[CellError]]:
    """Every stored value of the import equals its row's plan made alone; returns the rows
    imported and the errors the rows alone give."""
    fmt = sniff_table(path, spec)
    rows = {}
    expected_errors: list[CellError] = []
    with open_table(path, fmt) as reader:
        for number, cells in reader.rows():
            alone = compile_spec(spec, reader.header, default_region="es").plan(number, cells)
            if isinstance(alone, list):
                expected_errors += alone
            else:
                rows[f"row {number}"] = alone
    stored = _stored(case)
    texts = dict(case.conn.execute("SELECT rowid, text FROM search_values UNION ALL "
                                   "SELECT rowid, text FROM search_names").fetchall())
    by_entity: dict[str, list[tuple[Any, ...]]] = {}
    for row in stored:
        by_entity.setdefault(row[0], []).append(row)
        assert row[3] == _reference_fold(row[2])  # the caption as found
        assert texts[row[12]] == _reference_fold(row[6])  # the value as searched
        assert _UUID7.fullmatch(row[0]) and _UUID7.fullmatch(row[4])
    ids = [r[4] for r in stored]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)  # statement ids in the order written
    entity_ids = [r[0] for r in sorted(stored, key=lambda r: r[13])]
    assert entity_ids == sorted(entity_ids)
    records = [rows_ for rows_ in by_entity.values() if rows_[0][1] == spec.schema]
    assert len(records) == len(rows)
    iban_of = {r[0]: r[6] for r in stored if r[5] == "iban"}
    for record in records:
        plan = rows[record[0][11]]
        links = {rel.prop: rel for rel in plan.related}
        own = [(r[5], r[6], r[7], r[8], r[9], r[10]) for r in record if r[5] not in links]
        assert own == [(p, n.value, raw, n.match_key, n.sort_start, n.sort_end) for p, n, raw in plan.values]
        for r in record:
            if r[5] in links:
                rel = links[r[5]]
                assert r[7] == rel.values[0][2]  # the link's original: the cell it was found by
                assert iban_of[r[6]] == next(n.value for p, n, _ in rel.values if p == "iban")
    return len(records), expected_errors


def test_an_imported_call_record_stores_each_row_as_planned_alone(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", 1500, bad={5: (2, "12ab34"), 10: (1, "31/02/2024 10:00:00"),
                                                     11: (1, "31/03/2024 02:30:00")})
    spec = call_record_spec("cdr", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")
    report = import_table(case, path, spec)
    imported, errors = _check_stored(case, path, spec)
    assert imported == report.imported_rows == 1498
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(e.row, e.column, e.reason) for e in errors]
    assert [(w.row, w.reason) for w in report.warnings] == [(13, "2024-03-31 02:30 does not exist in "
                                                             "Europe/Madrid (the clocks went forward); "
                                                             "read with the offset before the change")]


STATEMENT = """EXTRACTO DE CUENTA;;;;;
Titular: Frutas del Atlántico SL;;;;;
Fecha;Concepto;Importe;Cuenta contraparte;Nombre contraparte;Referencia
03/01/2024;Factura 17;-1.500,00;PT50000201231234567890154;Atlántida Trading;SEPA-1
05/01/2024;Transferencia recibida;12.345,67;GB82WEST12345698765432;Kombo Atlantic;SEPA-2
08/01/2024;Pago;-250,00;PT50000201231234567890154;Atlántida Trading;SEPA-3
09/01/2024;Pago;-250,00;PT50000201231234567890155;Atlántida Trading;SEPA-4
10/01/2024;Devolución;0,00;DE89370400440532013000;Bank's "own";SEPA-5
11/01/2024;Comisión;-3,5;DE89 3704 0044 0532 0130 00;;SEPA-6
"""


def test_an_imported_bank_statement_stores_each_row_as_planned_alone(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "extracto.csv"
    path.write_bytes(STATEMENT.encode("latin-1"))
    spec = bank_statement_spec("Banco Sur", account_iban="ES9121000418450200051332",
                               counterparty_iban="Cuenta contraparte", amount="Importe", date="Fecha",
                               purpose="Concepto", reference="Referencia", counterparty_name="Nombre contraparte")
    report = import_table(case, path, spec)
    imported, errors = _check_stored(case, path, spec)
    assert imported == report.imported_rows == 5 and report.rejected_rows == 1
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(e.row, e.column, e.reason) for e in errors]
    assert report.errors[0].row == 7 and "check digits" in report.errors[0].reason


@pytest.mark.parametrize(("tz", "cell", "stored"), [
    ("", "01/01/0999 10:00:00", "0999-01-01T10:00:00"),
    ("+01:00", "01/01/0999 10:00:00", "0999-01-01T10:00:00+01:00"),
    ("", "31/12/9999 23:59:59", "9999-12-31T23:59:59"),  # no next second, no zone: was refused in UTC words
    ("-01:00", "31/12/9999 23:59:59", None),  # in the year 10000 in UTC
    ("+01:00", "01/01/0001 00:00:00", None),  # before the year 1 in UTC
])
def test_times_at_the_ends_of_the_calendar_are_stored_as_iso_or_refused_never_crash(
        tz: str, cell: str, stored: str | None) -> None:
    """A year below 1000 was stored as '999-01-01T10:00:00' (not ISO, sorted after 2024), and a
    time whose UTC bounds fall outside 0001-9999 stopped the import with an OverflowError."""
    spec = ImportSpec(schema="Event", columns=(ColumnMap("Fecha", "date"), ColumnMap("N", "name")), tz=tz,
                      date_formats=("dd/mm/yyyy hh:mm:ss",))
    result = compile_spec(spec, ["Fecha", "N"], default_region="ES").plan(7, [cell, "x"])
    if stored is None:
        assert isinstance(result, list) and "outside the years 0001 to 9999" in result[0].reason
        assert result[0].row == 7 and result[0].column == "Fecha"
    else:
        assert not isinstance(result, list)
        assert [n.value for p, n, _ in result.values if p == "date"] == [stored]


@pytest.mark.parametrize(("fmt", "cell", "bounds"), [
    ("dd/mm/yyyy hh:mm:ss", "31/12/9999 23:59:59", ("9999-12-31T23:59:59.000000Z", "9999-12-31T23:59:59.999999Z")),
    ("dd/mm/yyyy hh:mm", "31/12/9999 23:59", ("9999-12-31T23:59:00.000000Z", "9999-12-31T23:59:59.999999Z")),
])
def test_the_calendars_last_second_without_a_zone_is_read(fmt: str, cell: str, bounds: tuple[str, str]) -> None:
    """Refused before with words about UTC ('falls outside the years 0001 to 9999 once converted
    to UTC') in a file with no zone at all: its last instant had no next second to count from."""
    spec = ImportSpec(schema="Event", columns=(ColumnMap("Fecha", "date"), ColumnMap("N", "name")),
                      date_formats=(fmt,))
    result = compile_spec(spec, ["Fecha", "N"]).plan(3, [cell, "x"])
    assert isinstance(result, RowPlan)
    [date] = _planned(result, "date")
    assert (date.sort_start, date.sort_end) == bounds
    typed = normalise(PropType.DATE, date.value)  # as the manual entry reads the stored text
    assert (typed.value, typed.sort_start, typed.sort_end) == (date.value, *bounds)
