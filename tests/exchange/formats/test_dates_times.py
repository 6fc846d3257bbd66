"""Dates, times and durations as files carry them: month names, Excel serials, split columns, DST."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.exchange.formats.mapping import ColumnMap, ImportSpec, compile_spec
from casebench.exchange.formats.tables import open_table
from casebench.services.entities import get
from casebench.services.table_import import import_table
from casebench.store.case import Case

pytestmark = pytest.mark.usefixtures("statement_path")  # see the fixture

MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
ABBREVIATIONS = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
           "déc."],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _plan(spec: ImportSpec, header: list[str], cells: list[str]) -> object:
    return compile_spec(spec, header).plan(2, cells)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
       lang=st.sampled_from(sorted(MONTHS)), short=st.booleans(), upper=st.booleans(),
       shape=st.sampled_from(["{d}-{m}-{y}", "{d} {m} {y}", "{d} de {m} de {y}", "{d}/{m}/{y}",
                              "{m} {d}, {y}"]))
def test_month_names_read_as_the_date_written(day: dt.date, lang: str, short: bool, upper: bool,
                                              shape: str) -> None:
    month = (ABBREVIATIONS if short else MONTHS)[lang][day.month - 1]
    text = shape.format(d=day.day, m=month.upper() if upper else month, y=day.year)
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),))
    plan = _plan(spec, ["Fecha"], [text])
    assert not isinstance(plan, list), plan
    assert plan.values[0][1].value == day.isoformat()  # type: ignore[attr-defined]


def _xlsx(path: Path, rows: list[list[object]], *, epoch_1904: bool = False) -> Path:
    wb = openpyxl.Workbook()
    if epoch_1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(("epoch_1904", "serial"), [(False, 45392), (True, 43930)])
def test_excel_serial_numbers_in_both_date_systems(tmp_path: Path, epoch_1904: bool, serial: int) -> None:
    # 10 April 2024 is 45392 in the 1900 system and 43930 in the 1904 system
    path = _xlsx(tmp_path / "s.xlsx", [["Fecha", "Hora"], [serial, serial + 0.5], [serial + 0.25, None]],
                 epoch_1904=epoch_1904)
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"), ColumnMap("Hora", "endDate")))
    with open_table(path) as reader:
        compiled = compile_spec(spec, reader.header)
        plans = [compiled.plan(n, cells) for n, cells in reader.rows()]
    first, second = plans
    assert [v[1].value for v in first.values] == ["2024-04-10", "2024-04-10T12:00:00"]  # type: ignore[union-attr]
    assert second.values[0][1].value == "2024-04-10T06:00:00"  # type: ignore[union-attr]


def test_excel_serials_written_as_text_need_the_format() -> None:
    spec = ImportSpec(schema="Call", columns=(ColumnMap("F", "date"),), date_formats=("excel",))
    plan = _plan(spec, ["F"], ["45392"])
    assert plan.values[0][1].value == "2024-04-10"  # type: ignore[attr-defined]
    plain = ImportSpec(schema="Call", columns=(ColumnMap("F", "date"),))
    assert isinstance(_plan(plain, ["F"], ["45392"]), list)  # not silently a date


@pytest.mark.parametrize(("day", "clock", "expected"), [
    ("10/04/2024", "14:05:09", "2024-04-10T14:05:09+02:00"),
    ("10-abr-2024", "9:05", "2024-04-10T09:05+02:00"),
    ("2024-04-10", "23:59:59", "2024-04-10T23:59:59+02:00"),
])
def test_separate_date_and_time_columns(day: str, clock: str, expected: str) -> None:
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),),
                      time_columns=(("Fecha", "Hora"),), tz="Europe/Madrid")
    plan = _plan(spec, ["Fecha", "Hora"], [day, clock])
    assert plan.values[0][1].value == expected  # type: ignore[attr-defined]


def test_xlsx_date_and_time_cells_combined(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "t.xlsx", [["Fecha", "Hora"], [dt.datetime(2024, 4, 10), dt.time(14, 5, 9)]])
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),), time_columns=(("Fecha", "Hora"),))
    with open_table(path) as reader:
        compiled = compile_spec(spec, reader.header)
        (number, cells), = reader.rows()
        plan = compiled.plan(number, cells)
    assert plan.values[0][1].value == "2024-04-10T14:05:09"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "seconds"), [("0:03:31", "211"), ("1:00:00", "3600"), ("211", "211"),
                                               ("12:00:05", "43205")])
def test_durations(text: str, seconds: str) -> None:
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Dur", "duration"),))
    assert _plan(spec, ["Dur"], [text]).values[0][1].value == seconds  # type: ignore[attr-defined]


def test_a_date_and_time_in_other_digits_combine_as_in_ascii_digits() -> None:
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),), time_columns=(("Fecha", "Hora"),))
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    for day, clock in (("2024-03-01T08:15:02", "08:15:02"), ("01/03/2024", "8:15:02"), ("2024-03-01", "08:15")):
        plans = [_plan(spec, ["Fecha", "Hora"], [d, c]) for d, c in
                 ((day, clock), (day.translate(arabic), clock), (day, clock.translate(arabic)))]
        assert len({p.values[0][1].value for p in plans}) == 1, (day, clock, plans)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["3:31", "03:31", "211 s", "1h 2m", "-5", "12 €"])
def test_what_is_no_duration_is_refused_as_no_duration(text: str) -> None:
    """'3:31' was refused in an amount's words ('write an amount such as 1.234,56, -250.00,
    (250,00) or R$ 1.234,56') and '-5' stored as a call of minus five seconds."""
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Dur", "duration"),))
    problems = _plan(spec, ["Dur"], [text])
    assert isinstance(problems, list)
    assert problems[0].reason == f"{text!r} is not a duration; write seconds (211) or hours:minutes:seconds (0:03:31)"
    assert problems[0].cause.code == "duration.unreadable"  # type: ignore[union-attr]


def test_xlsx_duration_cells(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "d.xlsx", [["Dur"], [211], [dt.time(0, 3, 31)], [-5], [12.5]])
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Dur", "duration"),))
    with open_table(path) as reader:
        compiled = compile_spec(spec, reader.header)
        plans = [compiled.plan(n, cells) for n, cells in reader.rows()]
    values = [p[0].cause.code if isinstance(p, list) else p.values[0][1].value for p in plans]  # type: ignore[union-attr]
    assert values == ["211", "211", "duration.unreadable", "12.5"]


def test_xlsx_durations_of_a_day_and_more(tmp_path: Path) -> None:
    """An [h]:mm:ss cell is read by openpyxl as a timedelta, written '1 day, 2:03:04' and
    refused; it is now '26:03:04' as Excel shows it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Dur"])
    for delta in (dt.timedelta(hours=26, minutes=3, seconds=4), dt.timedelta(minutes=3, seconds=31),
                  dt.timedelta(days=3)):
        ws.append([delta])
        ws.cell(ws.max_row, 1).number_format = "[h]:mm:ss"
    wb.save(tmp_path / "d.xlsx")
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Dur", "duration"),))
    with open_table(tmp_path / "d.xlsx") as reader:
        compiled = compile_spec(spec, reader.header)
        rows = [(cells, compiled.plan(n, cells)) for n, cells in reader.rows()]
    assert [(cells[0], plan.values[0][1].value) for cells, plan in rows] == [  # type: ignore[union-attr]
        ("26:03:04", "93784"), ("0:03:31", "211"), ("72:00:00", "259200")]


DST = """Fecha;Llamante;Destinatario
31/03/2024 01:30:00;+34612345678;+34612345679
31/03/2024 02:30:00;+34612345678;+34612345679
27/10/2024 02:30:00;+34612345678;+34612345679
27/10/2024 04:30:00;+34612345678;+34612345679
"""


def _dst_spec() -> ImportSpec:
    return ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"), ColumnMap("Llamante", "callerNumber"),
                                              ColumnMap("Destinatario", "receiverNumber")),
                      date_formats=("dd/mm/yyyy hh:mm:ss",), tz="Europe/Madrid")


def test_dst_gap_and_repeated_hour_are_warned_per_row(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "dst.csv"
    path.write_bytes(DST.encode("latin-1"))
    report = import_table(case, path, _dst_spec())
    assert report.imported_rows == 4 and report.warned_rows == 2
    texts = [str(w) for w in report.warnings]
    assert "row 3, column 'Fecha'" in texts[0] and "does not exist in Europe/Madrid" in texts[0]
    assert "row 4, column 'Fecha'" in texts[1] and "occurs twice in Europe/Madrid" in texts[1]
    dates = sorted(get(case, r[0]).first("date") or "" for r in case.conn.execute(
        "SELECT id FROM entities WHERE schema = 'Call'"))
    assert dates == ["2024-03-31T01:30:00+01:00", "2024-03-31T02:30:00+01:00",
                     "2024-10-27T02:30:00+02:00", "2024-10-27T04:30:00+01:00"]


def test_dst_problems_refuse_a_strict_import(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "dst.csv"
    path.write_bytes(DST.encode("latin-1"))
    report = import_table(case, path, _dst_spec(), strict=True)
    assert not report.imported and report.rejected_rows == 2
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


@pytest.mark.parametrize("zone", ["Europe/Madrid", "America/Sao_Paulo", "Australia/Lord_Howe",
                                  "America/St_Johns", "+05:45"])
def test_offsets_remembered_per_hour_read_every_time_as_asking_the_zone(zone: str) -> None:
    """A whole file's times read with the offsets remembered per local hour equal each read
    alone, across the changes of the clocks (skipped and repeated times, half-hour changes),
    in whatever order the rows come."""
    import random

    from casebench.exchange.formats.mapping import Hours, _date_from, parse_tz

    tz = parse_tz(zone)
    assert tz is not None
    times: list[dt.datetime] = []
    hour = dt.datetime(2024, 1, 1)
    while hour.year == 2024:
        nxt = hour + dt.timedelta(hours=1)
        if hour.replace(tzinfo=tz).utcoffset() != nxt.replace(tzinfo=tz).utcoffset() or hour.day == 15:
            day = hour.replace(hour=0)
            times += [day + dt.timedelta(minutes=m, seconds=m % 60) for m in range(0, 3 * 1440, 7)]
        hour = nxt
    random.Random(zone).shuffle(times)
    hours: Hours = {}
    for fmt in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M"):
        for when in times:
            assert _date_from(when, fmt, tz, hours) == _date_from(when, fmt, tz), (when, fmt)
    assert hours  # the cache was used


def test_xlsx_moments_shown_as_a_date_and_as_a_time(tmp_path: Path) -> None:
    """Operators' workbooks keep the whole moment in both cells, one shown as a date, the other
    as a time: the row was refused ('2024-03-01T08:15:02 08:15:02' is not a date). A date
    cell whose own time is another than the time cell's is refused, naming both."""
    moment = dt.datetime(2024, 3, 1, 8, 15, 2)
    path = _xlsx(tmp_path / "t.xlsx", [["Fecha", "Hora"], [moment, moment], [moment, dt.time(8, 15, 2)],
                                       [dt.datetime(2024, 3, 1), moment], [moment, dt.time(9, 0)]])
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),), time_columns=(("Fecha", "Hora"),),
                      tz="Europe/Madrid")
    with open_table(path) as reader:
        compiled = compile_spec(spec, reader.header)
        plans = [compiled.plan(n, cells) for n, cells in reader.rows()]
    *read, conflict = plans
    assert [p.values[0][1].value for p in read] == ["2024-03-01T08:15:02+01:00"] * 3  # type: ignore[union-attr]
    assert isinstance(conflict, list)
    assert "2024-03-01T08:15:02 has a time of its own, not the time column's 09:00:00" in conflict[0].reason


@pytest.mark.parametrize("text", ["2958465.999999999", "NaN", "sNaN", "-Infinity", "0"])
def test_excel_serials_beyond_the_calendar_are_the_rows_problem(text: str) -> None:
    """The last half second of 9999 rounded to the year 10000 (OverflowError) and NaN could
    not be compared (InvalidOperation): either stopped the whole import."""
    spec = ImportSpec(schema="Call", columns=(ColumnMap("F", "date"),), date_formats=("excel",))
    problems = _plan(spec, ["F"], [text])
    assert isinstance(problems, list) and "is not a date (an Excel date number is 1 to 2958465)" in problems[0].reason


# -- times on a 12-hour clock and the French and Portuguese 19h15 --------------------------------
def _twelve_hour(t: dt.time, seconds: bool, zero: bool, half: str) -> str:
    hour = t.hour % 12 or 12  # 00:xx is 12:xx AM, 12:xx is 12:xx PM
    clock = f"{hour:02d}" if zero else str(hour)
    clock += f":{t.minute:02d}" + (f":{t.second:02d}" if seconds else "")
    am, pm = half.split("|")
    return f"{clock}{am if t.hour < 12 else pm}"


@settings(max_examples=300, deadline=None)
@given(t=st.times().map(lambda t: t.replace(microsecond=0)), seconds=st.booleans(), zero=st.booleans(),
       half=st.sampled_from([" AM| PM", " am| pm", "AM|PM", " a.m.| p.m.", " a. m.| p. m.", " A.M.| P.M."]),
       french=st.sampled_from(["{h}h{m:02d}", "{h:02d}h{m:02d}", "{h}H{m:02d}", "{h} h {m:02d}", "{h}h{m:02d}min"]),
       form=st.sampled_from(["twelve", "french", "french hour"]), alone=st.booleans())
def test_twelve_hour_and_19h15_times_read_as_the_time_written(t: dt.time, seconds: bool, zero: bool, half: str,
                                                              french: str, form: str, alone: bool) -> None:
    """'7:15 PM', '07:15:30 am', '19h15' and '19h' were refused ('… is not a date casebench
    understands'): in a separate time column, and after the date in one column."""
    from casebench.exchange.formats.cells import clock_24

    if form == "twelve":
        text, want = _twelve_hour(t, seconds, zero, half), t.isoformat("seconds" if seconds else "minutes")
    elif form == "french":
        text, want = french.format(h=t.hour, m=t.minute), t.isoformat("minutes")
    else:
        text, want = f"{t.hour}h", f"{t.hour:02d}:00"
    assert clock_24(text) == want, text
    if alone:  # a time column beside the date
        spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),), time_columns=(("Fecha", "Hora"),))
        plan = _plan(spec, ["Fecha", "Hora"], ["10/04/2024", text])
    else:  # the date column's own time
        spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),))
        plan = _plan(spec, ["Fecha"], [f"10/04/2024 {text}"])
    assert not isinstance(plan, list), (text, plan)
    assert plan.values[0][1].value == f"2024-04-10T{want}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("clock", "expected"), [
    ("12:00 AM", "00:00"), ("12:59:59 am", "00:59:59"), ("12:00 PM", "12:00"), ("12:30 p. m.", "12:30"),
    ("1:00 AM", "01:00"), ("11:59 PM", "23:59"), ("0:15 AM", "00:15"), ("7 PM", "19:00"), ("19h", "19:00"),
    ("0h05", "00:05"), ("23h59", "23:59"),
])
def test_midnight_and_noon_on_a_12_hour_clock(clock: str, expected: str) -> None:
    spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),), time_columns=(("Fecha", "Hora"),),
                      date_formats=("dd/mm/yyyy hh:mm",))
    plan = _plan(spec, ["Fecha", "Hora"], ["10/04/2024", clock])
    assert plan.values[0][1].value.startswith(f"2024-04-10T{expected}")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("clock", "value"), [
    ("13 PM", "13 PM"), ("13:00 PM", "13:00 PM"), ("0:30 PM", "0:30 PM"), ("7:75 pm", "7:75 pm"),
    ("25h", "25h"), ("24h00", "24h00"), ("19h75", "19h75"),
])
def test_a_time_that_does_not_exist_is_the_rows_problem_naming_column_and_value(clock: str, value: str) -> None:
    from casebench.domain.errors import CodedError

    for header, cells, column in ((["Fecha", "Hora"], ["10/04/2024", clock], "Fecha + Hora"),
                                  (["Fecha"], [f"10/04/2024 {clock}"], "Fecha")):
        spec = ImportSpec(schema="Call", columns=(ColumnMap("Fecha", "date"),),
                          time_columns=(("Fecha", "Hora"),) if len(header) == 2 else ())
        problems = _plan(spec, header, cells)
        assert isinstance(problems, list) and len(problems) == 1, problems
        assert problems[0].column == column
        assert isinstance(problems[0].cause, CodedError)
        assert (problems[0].cause.code, problems[0].cause.params) == ("time.invalid", {"value": value})
        assert f"'{value}' is not a time of day" in problems[0].reason
