from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casebench.domain.dates import (
    DateError,
    DateValue,
    PartialDate,
    Precision,
    ascii_digits,
    listed_moment,
    readable_moment,
    worded,
)


@st.composite
def partial_dates(draw: st.DrawFn, precision: Precision | None = None) -> PartialDate:
    prec = precision or draw(st.sampled_from(list(Precision)))
    year = draw(st.integers(1900, 2100))
    month = draw(st.integers(1, 12)) if prec >= Precision.MONTH else None
    day = draw(st.integers(1, 28)) if prec >= Precision.DAY else None
    if prec >= Precision.DAY and month is not None and draw(st.booleans()):
        # Also the last days of months, where leap years bite.
        day = draw(st.sampled_from([29, 30, 31]))
        assume(not (month == 2 and (day > 29 or year % 4 or (year % 100 == 0 and year % 400))))
        assume(not (month in (4, 6, 9, 11) and day == 31))
    hour = draw(st.integers(0, 23)) if prec >= Precision.HOUR else None
    minute = draw(st.integers(0, 59)) if prec >= Precision.MINUTE else None
    second = draw(st.integers(0, 59)) if prec >= Precision.SECOND else None
    offset = None
    if prec >= Precision.HOUR:
        offset = draw(st.none() | st.integers(-14 * 60, 14 * 60))
    return PartialDate(year, month, day, hour, minute, second, offset)


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    start = draw(partial_dates())
    end = draw(st.none() | partial_dates())
    if end is not None and end.latest_utc() < start.earliest_utc():
        start, end = end, start
    assume(end is None or end.latest_utc() >= start.earliest_utc())
    return DateValue(start, end, draw(st.booleans()))


# --- round trip and ordering (properties) -------------------------------------------


@given(date_values())
def test_format_parse_round_trip(value: DateValue) -> None:
    assert DateValue.parse(value.format()) == value


@given(partial_dates())
def test_iso_has_exactly_the_known_precision(date: PartialDate) -> None:
    parsed = DateValue.parse(date.iso()).start
    assert parsed.precision == date.precision
    assert parsed == date


@given(date_values(), date_values())
def test_sort_start_order_matches_earliest_instant(a: DateValue, b: DateValue) -> None:
    if a.earliest_utc() < b.earliest_utc():
        assert a.sort_start() < b.sort_start()
    elif a.earliest_utc() == b.earliest_utc():
        assert a.sort_start() == b.sort_start()
    if a.latest_utc() < b.latest_utc():
        assert a.sort_end() < b.sort_end()


@given(date_values())
def test_sort_strings_are_fixed_width_utc(value: DateValue) -> None:
    for text in (value.sort_start(), value.sort_end()):
        assert len(text) == len("2024-03-11T14:05:09.000000Z")
        assert text.endswith("Z")
        parsed = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        assert parsed in (value.earliest_utc(), value.latest_utc())
    assert value.sort_start() <= value.sort_end()


@given(partial_dates())
def test_span_contains_every_finer_date(date: PartialDate) -> None:
    assert date.earliest_utc() <= date.latest_utc()
    assert date.earliest_utc().tzinfo is UTC


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_year_sorts_before_its_months_at_the_same_instant(year: int, month: int) -> None:
    year_value = DateValue.parse(f"{year}")
    month_value = DateValue.parse(f"{year}-{month:02d}")
    day_value = DateValue.parse(f"{year}-{month:02d}-01")
    if month == 1:
        assert year_value.sort_start() == month_value.sort_start()
    assert year_value.sort_key() < month_value.sort_key() < day_value.sort_key()


def test_mixed_precision_sorts_chronologically_then_coarse_first() -> None:
    texts = ["2024-03-11T14:05Z", "2024", "2023-12-31", "2024-01", "2024-03", "2024-01-01"]
    ordered = sorted((DateValue.parse(t) for t in texts), key=DateValue.sort_key)
    assert [v.format() for v in ordered] == [
        "2023-12-31",
        "2024",
        "2024-01",
        "2024-01-01",
        "2024-03",
        "2024-03-11T14:05Z",
    ]


# --- accepted forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2024", "2024"),
        ("2024-03", "2024-03"),
        ("2024-03-11", "2024-03-11"),
        ("2024-03-11T14", "2024-03-11T14"),
        ("2024-03-11T14:05", "2024-03-11T14:05"),
        ("2024-03-11T14:05:09", "2024-03-11T14:05:09"),
        ("2024-03-11 14:05", "2024-03-11T14:05"),
        ("2024-03-11T14:05Z", "2024-03-11T14:05Z"),
        ("2024-03-11T14:05+00:00", "2024-03-11T14:05Z"),
        ("2024-03-11T14:05:09+01:00", "2024-03-11T14:05:09+01:00"),
        ("2024-03-11T14:05:09+0100", "2024-03-11T14:05:09+01:00"),
        ("2024-03-11T14:05-05:30", "2024-03-11T14:05-05:30"),
        ("2024-03-11T14:05:09.750Z", "2024-03-11T14:05:09Z"),
        ("2024-03~", "2024-03~"),
        ("~2024-03", "2024-03~"),
        ("ca. 2024", "2024~"),
        ("c. 2024", "2024~"),
        ("circa 2024", "2024~"),
        ("11/03/2024", "2024-03-11"),
        ("11/03/2024 14:05", "2024-03-11T14:05"),
        ("11.03.2024", "2024-03-11"),
        ("1/3/2024", "2024-03-01"),
        ("03/2024", "2024-03"),
        ("2024-03/2024-05", "2024-03/2024-05"),
        ("2024-03-11/2024-03-11", "2024-03-11/2024-03-11"),
        ("11/03/2024/12/03/2024", "2024-03-11/2024-03-12"),
        ("ca. 2024/2025", "2024~/2025~"),
        ("  2024-03-11  ", "2024-03-11"),
    ],
)
def test_accepted_forms(text: str, canonical: str) -> None:
    assert DateValue.parse(text).format() == canonical


def test_european_order_is_day_first() -> None:
    value = DateValue.parse("11/03/2024")
    assert (value.start.year, value.start.month, value.start.day) == (2024, 3, 11)


def test_parse_fields_and_precision() -> None:
    value = DateValue.parse("2024-03-11T14:05:09+01:00")
    assert value.start == PartialDate(2024, 3, 11, 14, 5, 9, 60)
    assert value.precision is Precision.SECOND
    assert DateValue.parse("2024").precision is Precision.YEAR
    assert DateValue.parse("2024-03-11T14").precision is Precision.HOUR


def test_approximate_flag() -> None:
    assert DateValue.parse("2024-03~").approximate
    assert not DateValue.parse("2024-03").approximate


def test_month_span() -> None:
    date = DateValue.parse("2024-03").start
    assert date.earliest_utc() == datetime(2024, 3, 1, tzinfo=UTC)
    assert date.latest_utc() == datetime(2024, 3, 31, 23, 59, 59, 999999, tzinfo=UTC)
    assert DateValue.parse("2024-02").start.latest_utc().day == 29
    assert DateValue.parse("2023-02").start.latest_utc().day == 28


def test_offset_shifts_the_utc_instant() -> None:
    value = DateValue.parse("2024-03-11T00:30+01:00")
    assert value.sort_start() == "2024-03-10T23:30:00.000000Z"
    assert value.sort_end() == "2024-03-10T23:30:59.999999Z"


def test_unknown_offset_reads_wall_time_as_utc() -> None:
    value = DateValue.parse("2024-03-11T14:05")
    assert value.start.offset_minutes is None
    assert value.sort_start() == "2024-03-11T14:05:00.000000Z"


def test_range_sort_end_is_end_of_last_part() -> None:
    value = DateValue.parse("2024-03/2024-05")
    assert value.sort_start() == "2024-03-01T00:00:00.000000Z"
    assert value.sort_end() == "2024-05-31T23:59:59.999999Z"


# --- rejected forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2023-02-29", "no day 29"),
        ("31/04/2024", "no day 31"),
        ("2024-13", "month 13"),
        ("2024-00-10", "month 0"),
        ("2024-03-11T24:00", "hour 24"),
        ("2024-03-11T14:60", "minute 60"),
        ("2024-03-11T14:05+15:00", "14:00"),
        ("2024-03-11T14:05-14:30", "14:00"),
        ("2024-05/2024-03", "before it starts"),
        ("2024-03-11Z", "not a date"),
        ("next tuesday", "not a date"),
        ("2024/03/11", "not a date"),
        ("24-03-11", "not a date"),
        ("2024-03-11T14:05+01:75", "minutes"),
    ],
)
def test_rejected_forms_name_the_text(text: str, words: str) -> None:
    with pytest.raises(DateError) as info:
        DateValue.parse(text)
    message = str(info.value)
    assert text in message
    assert words in message


def test_empty_is_rejected() -> None:
    with pytest.raises(DateError, match="empty"):
        DateValue.parse("   ")


def test_date_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        DateValue.parse("2023-02-29")


def test_partial_date_must_fill_left_to_right() -> None:
    with pytest.raises(DateError, match="skips"):
        PartialDate(2024, None, 11)
    with pytest.raises(DateError, match="time of day"):
        PartialDate(2024, 3, 11, offset_minutes=60)


def test_range_end_before_start_is_rejected_directly() -> None:
    with pytest.raises(DateError):
        DateValue(PartialDate(2024, 5), PartialDate(2024, 3))


# --- display ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2024-03-11T14:05+01:00", "2024-03-11 14:05 (UTC+01:00) = 13:05 UTC"),
        ("2024-03-11T00:30+01:00", "2024-03-11 00:30 (UTC+01:00) = 2024-03-10 23:30 UTC"),
        ("2024-03-11T14:05Z", "2024-03-11 14:05 UTC"),
        ("2024-03-11T14:05", "2024-03-11 14:05 (time zone not stated)"),
        ("2024-03~", "March 2024 (approx.)"),
        ("2024", "2024"),
        ("2024-03-11", "2024-03-11"),
        ("2024-03/2024-05", "March 2024 – May 2024"),
    ],
)
def test_display(text: str, shown: str) -> None:
    assert DateValue.parse(text).display() == shown


@pytest.mark.parametrize(
    ("text", "cell"),
    [  # a list's cell: every stated offset on one clock (UTC), minutes; no zone said as such
        ("2024-03-11T14:05:09+01:00", "2024-03-11 13:05 UTC"),
        ("2024-03-11T00:30+01:00", "2024-03-10 23:30 UTC"),
        ("2024-03-11T14:05Z", "2024-03-11 14:05 UTC"),
        ("2024-03-11T14:05", "2024-03-11 14:05 (no time zone)"),
        ("2024-03-11T14-03:00", "2024-03-11 17h UTC"),
        ("2024-03~", "March 2024~"),
        ("2024-03-11", "2024-03-11"),
        ("2024-03-11T23:00-02:00/2024-03-12T03:00+01:00", "2024-03-12 01:00 UTC – 2024-03-12 02:00 UTC"),
    ],
)
def test_listed_moment(text: str, cell: str) -> None:
    assert listed_moment(text) == cell


def test_worded_takes_the_readers_words_and_months() -> None:
    words = {"zoned": "{local} [{zone}] soit {utc} UTC", "approx": "vers {date}"}
    value = DateValue.parse("2024-03-11T14:05+01:00")
    assert worded(value, words=words.__getitem__) == "2024-03-11 14:05 [UTC+01:00] soit 13:05 UTC"
    assert worded(DateValue.parse("2023-08~"), words=words.__getitem__,
                  month=lambda y, m: f"{m}.{y}") == "vers 8.2023"
    assert readable_moment("not a date", words=words.__getitem__) == "not a date"


DIGIT_SCRIPTS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "０１２３４５６７８９"]


@given(date_values(), st.sampled_from(["iso", "european"]), st.data())
def test_a_date_in_any_scripts_digits_is_the_date_in_ascii_digits(value: DateValue, form: str,
                                                                  data: st.DataObject) -> None:
    """One rule for a date's digits, typed or imported: '٠١/٠٢/٢٠٢٤' is 01/02/2024."""
    text = value.format()
    if form == "european" and value.end is None and value.start.precision == Precision.DAY:
        text = f"{value.start.day:02d}/{value.start.month:02d}/{value.start.year:04d}"
    written = "".join(data.draw(st.sampled_from(DIGIT_SCRIPTS))[int(c)] if c.isdigit() else c for c in text)
    assert ascii_digits(written) == text
    assert DateValue.parse(written) == DateValue.parse(text)


@given(st.text())
def test_ascii_digits_changes_only_digits(text: str) -> None:
    out = ascii_digits(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert after == before or (before.isdecimal() and after in "0123456789"
                                   and int(after) == int(before))
