"""Dates that keep their precision, their UTC offset and their uncertainty.

Investigators rarely know an instant: a witness says "March 2024", a ledger says
"11/03/2024", a phone extraction says "2024-03-11T14:05:09+01:00". A `DateValue`
records exactly what was known - nothing is padded to midnight or to the first of
the month - and answers the questions the rest of casebench asks of it: the span
of instants it may denote (for timelines and overlap), fixed-width UTC sort strings
(for database indexes) and a canonical text form (EDTF / ISO 8601) that round-trips.

Day-first is the only reading of "11/03/2024": every partner jurisdiction writes
dates that way, and guessing US order would silently move events by months.
"""

from __future__ import annotations

import calendar
import enum
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from casebench.domain.errors import InvalidValue

__all__ = ["WORDS", "DateError", "DateValue", "PartialDate", "Precision", "ascii_digits", "english_month",
           "listed_moment", "readable_moment", "worded"]

MAX_OFFSET_MINUTES = 14 * 60

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class DateError(InvalidValue):
    """A date text or date part that casebench cannot accept, in plain words."""


class _Unrecognised(DateError):
    """The text does not have the shape of any accepted date form."""


class Precision(enum.IntEnum):
    """How much of a date is known; a larger value is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    HOUR = 4
    MINUTE = 5
    SECOND = 6


def _format_offset(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _utc_label(minutes: int) -> str:
    return "UTC" if minutes == 0 else "UTC" + _format_offset(minutes)


def fixed_utc(dt: datetime) -> str:
    """The fixed-width UTC text the store indexes (a naive datetime is taken as UTC)."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    # Always four-digit years and six-digit fractions, so string order equals time order.
    return (
        f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T"
        f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}.{dt.microsecond:06d}Z"
    )


@dataclass(frozen=True)
class PartialDate:
    """A calendar date and time known only down to some precision.

    Fields are filled left to right: a day without a month is impossible. The
    offset is the UTC offset the source stated, in minutes east of UTC; ``None``
    means the source did not say, which is different from UTC (offset 0).
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset_minutes: int | None = None

    def __post_init__(self) -> None:
        parts = (self.month, self.day, self.hour, self.minute, self.second)
        seen_gap = False
        for value in parts:
            if value is None:
                seen_gap = True
            elif seen_gap:
                raise DateError(
                    f"{self._raw()} skips a part: a date can only be known from the year down",
                    code="date.skips_part", date=self._parts(),
                )
        if not 1 <= self.year <= 9999:
            raise DateError(f"year {self.year} is outside the years 0001 to 9999",
                            code="date.year_out_of_range", year=self.year)
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"month {self.month} does not exist (months run from 01 to 12)",
                            code="date.month_out_of_range", month=self.month)
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise DateError(
                    f"{_MONTH_NAMES[self.month - 1]} {self.year} has no day {self.day} "
                    f"(it has {last} days)",
                    code="date.no_such_day", year=self.year, month=f"{self.month:02d}", day=self.day,
                    days=last,
                )
        if self.hour is not None and not 0 <= self.hour <= 23:
            raise DateError(f"hour {self.hour} is out of range (hours run from 00 to 23)",
                            code="date.hour_out_of_range", hour=self.hour)
        if self.minute is not None and not 0 <= self.minute <= 59:
            raise DateError(f"minute {self.minute} is out of range (00 to 59)",
                            code="date.minute_out_of_range", minute=self.minute)
        if self.second is not None and not 0 <= self.second <= 59:
            raise DateError(f"second {self.second} is out of range (00 to 59)",
                            code="date.second_out_of_range", second=self.second)
        if self.offset_minutes is not None:
            if abs(self.offset_minutes) > MAX_OFFSET_MINUTES:
                raise DateError(
                    f"UTC offset {_format_offset(self.offset_minutes)} is beyond ±14:00, "
                    "the largest offset in use anywhere",
                    code="date.offset_too_large", offset=_format_offset(self.offset_minutes),
                )
            if self.hour is None:
                raise DateError(
                    f"{self._raw()} has a UTC offset but no time of day; "
                    "an offset only means something with a time",
                    code="date.offset_without_time", date=self._parts(),
                )
        try:
            self.earliest_utc()
            self.latest_utc()
        except OverflowError:
            raise DateError(
                f"{self._raw()} falls outside the years 0001 to 9999 once converted to UTC",
                code="date.outside_years_in_utc", date=self._parts(),
            ) from None

    def _raw(self) -> str:
        return "date " + self._parts()

    def _parts(self) -> str:
        fields = (self.year, self.month, self.day, self.hour, self.minute, self.second)
        return "-".join("?" if f is None else str(f) for f in fields)

    @property
    def precision(self) -> Precision:
        fields = (self.month, self.day, self.hour, self.minute, self.second)
        known = sum(1 for f in fields if f is not None)
        return Precision(known + 1)

    def _tz(self) -> timezone:
        return timezone(timedelta(minutes=self.offset_minutes or 0))

    def earliest_utc(self) -> datetime:
        """First instant the date may denote, as an aware UTC datetime.

        When the offset is unknown the wall time is read as if it were UTC: the true
        instant may lie up to 14 hours either side. Callers that need to show this
        check ``offset_minutes is None``.
        """
        local = datetime(
            self.year,
            self.month or 1,
            self.day or 1,
            self.hour or 0,
            self.minute or 0,
            self.second or 0,
            tzinfo=self._tz(),
        )
        return local.astimezone(UTC)

    def latest_utc(self) -> datetime:
        """Last instant (to the microsecond) the date may denote, in UTC.

        Like `earliest_utc`, an unknown offset is read as UTC.
        """
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        hour = 23 if self.hour is None else self.hour
        minute = 59 if self.minute is None else self.minute
        second = 59 if self.second is None else self.second
        local = datetime(self.year, month, day, hour, minute, second, 999_999, tzinfo=self._tz())
        return local.astimezone(UTC)

    def iso(self) -> str:
        """Canonical ISO 8601 text at exactly the known precision."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}"
        if self.minute is not None:
            text += f":{self.minute:02d}"
        if self.second is not None:
            text += f":{self.second:02d}"
        if self.offset_minutes is not None:
            text += _format_offset(self.offset_minutes)
        return text

    def display(self) -> str:
        """Readable English text; the stated offset is always shown next to local time
        (`worded`, the one rule)."""
        return _worded_end(self, cell=False, words=WORDS.__getitem__, month=english_month)


# --- wording ---------------------------------------------------------------------------

#: The words a date is shown with, by message id. The English text is the source text the
#: window translates (`ui.moments` lists the same ids and texts for Qt's lupdate; a test keeps
#: the two equal); core readers (CLI, messages) use it as it is.
WORDS: dict[str, str] = {
    # a time whose offset is stated and not UTC: as recorded, its offset, then in UTC
    "zoned": "{local} ({zone}) = {utc} UTC",
    # a time in UTC (a list shows every time with a stated offset this way)
    "utc": "{time} UTC",
    # a time whose source did not say its zone
    "unzoned": "{time} (time zone not stated)",
    # the same in a list's cell, where room is short
    "unzoned_cell": "{time} (no time zone)",
    "approx": "{date} (approx.)",
}

Words = Callable[[str], str]  # a message id of WORDS -> its template in the reader's language
MonthWords = Callable[[int, int], str]  # (year, month) -> a date known to the month, worded


def english_month(year: int, month: int) -> str:
    """"August 2023": the core's own wording (the window and the pack use CLDR's through
    babel, `services.display.month_text`, which reads the same in English)."""
    return f"{_MONTH_NAMES[month - 1]} {year:04d}"


def _clock(hour: int, minute: int | None, second: int | None) -> str:
    if minute is None:
        return f"{hour:02d}h"
    text = f"{hour:02d}:{minute:02d}"
    return text if second is None else f"{text}:{second:02d}"


def _worded_end(p: PartialDate, *, cell: bool, words: Words, month: MonthWords) -> str:
    if p.month is None:
        return f"{p.year:04d}"
    if p.day is None:
        return month(p.year, p.month)
    day = f"{p.year:04d}-{p.month:02d}-{p.day:02d}"
    if p.hour is None:
        return day
    second = None if cell else p.second  # a cell keeps minutes; its tooltip has the seconds
    local = f"{day} {_clock(p.hour, p.minute, second)}"
    if p.offset_minutes is None:
        return words("unzoned_cell" if cell else "unzoned").format(time=local)
    if p.offset_minutes == 0:
        return words("utc").format(time=local)
    utc = p.earliest_utc()
    utc_clock = _clock(utc.hour, None if p.minute is None else utc.minute,
                       None if second is None else utc.second)
    utc_day = f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
    if cell:  # one clock for every row: the moment in UTC, date and all
        return words("utc").format(time=f"{utc_day} {utc_clock}")
    shown = utc_clock if utc_day == day else f"{utc_day} {utc_clock}"
    return words("zoned").format(local=local, zone=_utc_label(p.offset_minutes), utc=shown)


def worded(value: DateValue, *, cell: bool = False, words: Words = WORDS.__getitem__,
           month: MonthWords = english_month) -> str:
    """A date for people: the one rule every reader words dates by, in the reader's words.

    ``cell=False`` (details, tooltips): each time as recorded, with its offset named and the
    same moment in UTC ("2024-03-11 14:05 (UTC+01:00) = 13:05 UTC"), or "(time zone not
    stated)". ``cell=True`` (a list's or table's cell, decision 66): every time whose offset
    is stated is shown in UTC ("2024-03-11 13:05 UTC"), so the rows of a list read on one
    clock, the one they sort by; a time whose zone was not stated is shown as recorded and
    says so ("2024-03-11 14:05 (no time zone)"); minutes only. A date without a time is the
    date as known; a month is worded by ``month`` ("agosto de 2023"). ``words`` gives the
    template of a message id of `WORDS` in the reader's language (the window's through Qt).
    """
    text = _worded_end(value.start, cell=cell, words=words, month=month)
    if value.end is not None:
        text += " – " + _worded_end(value.end, cell=cell, words=words, month=month)
    if value.approximate:
        text = text + "~" if cell else words("approx").format(date=text)
    return text


# --- parsing -------------------------------------------------------------------------


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (Arabic-Indic ``٠١``, Persian ``۰۱``,
    Devanagari, fullwidth ``０１``) written as its ASCII digit, other characters unchanged.

    The one rule for the digits of a date, wherever it is read (typed, imported by a format,
    by the quick reader or strptime): a date in any script's digits is the date in ASCII
    digits. The readers' patterns match ASCII digits only.
    """
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


_TZ = r"(?P<tz>Z|[+-][0-9]{2}(?::?[0-9]{2})?)"
_FRACTION = r"(?:[.,][0-9]{1,9})?"

_ISO_RE = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?P<month>[0-9]{2})"
    r"(?:-(?P<day>[0-9]{2})"
    r"(?:[T ](?P<hour>[0-9]{2})"
    r"(?::(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})" + _FRACTION + r")?)?"
    r" ?" + _TZ + r"?"
    r")?)?)?",
    re.IGNORECASE,
)

_EUROPEAN_RE = re.compile(
    r"(?P<day>[0-9]{1,2})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
    r"(?:[ T,]+(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})" + _FRACTION + r")?"
    r" ?" + _TZ + r"?)?",
    re.IGNORECASE,
)

_MONTH_YEAR_RE = re.compile(r"(?P<month>[0-9]{1,2})[/.\-](?P<year>[0-9]{4})")

_APPROX_PREFIX_RE = re.compile(r"^(?:~|circa\b|ca\b\.?|c\.|approx\b\.?)\s*", re.IGNORECASE)


def _parse_offset(tz: str | None) -> int | None:
    if tz is None:
        return None
    if tz.upper() == "Z":
        return 0
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:] or "0")
    if minutes > 59:
        raise DateError(f"UTC offset {tz} has {minutes} minutes; use 00 to 59",
                        code="date.offset_minutes", offset=tz, minutes=minutes)
    return sign * (hours * 60 + minutes)


def _int_or_none(value: str | None) -> int | None:
    return None if value is None else int(value)


def _parse_single(part: str) -> tuple[PartialDate, bool]:
    text = part.strip()
    approximate = False
    prefix = _APPROX_PREFIX_RE.match(text)
    if prefix:
        approximate = True
        text = text[prefix.end() :]
    if text.endswith("~"):
        approximate = True
        text = text[:-1].rstrip()
    match = (
        _ISO_RE.fullmatch(text) or _EUROPEAN_RE.fullmatch(text) or _MONTH_YEAR_RE.fullmatch(text)
    )
    if match is None:
        raise _Unrecognised(f"{part.strip()!r} is not in a date form casebench understands",
                            code="date.unrecognised", value=part.strip())
    groups = match.groupdict()
    # Fractions of a second are dropped: no source in our cases is that precise in
    # substance, and the text as found is kept with every statement anyway.
    date = PartialDate(
        year=int(groups["year"]),
        month=_int_or_none(groups.get("month")),
        day=_int_or_none(groups.get("day")),
        hour=_int_or_none(groups.get("hour")),
        minute=_int_or_none(groups.get("minute")),
        second=_int_or_none(groups.get("second")),
        offset_minutes=_parse_offset(groups.get("tz")),
    )
    return date, approximate


_ACCEPTED_FORMS = (
    "use e.g. 2024, 2024-03, 2024-03-11, 2024-03-11T14:05+01:00, 11/03/2024, "
    "11/03/2024 14:05, 03/2024, 2024-03~ (approximate) or 2024-03/2024-05 (a range)"
)


@dataclass(frozen=True)
class DateValue:
    """A date as known: a start, an optional end (a range), and whether it is approximate."""

    start: PartialDate
    end: PartialDate | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        if self.end is not None and self.end.latest_utc() < self.start.earliest_utc():
            raise DateError(
                f"the range ends ({self.end.iso()}) before it starts ({self.start.iso()})",
                code="date.range_backwards", start=self.start.iso(), end=self.end.iso(),
            )

    @classmethod
    def parse(cls, text: str) -> DateValue:
        """Read a date as an investigator or a tool would write it.

        Raises `DateError` naming the text when it is not a real date or not a form
        casebench accepts.
        """
        cleaned = " ".join(ascii_digits(text).split())
        if not cleaned:
            raise DateError("the date is empty; " + _ACCEPTED_FORMS, code="date.empty")
        specific: DateError | None = None
        try:
            start, approximate = _parse_single(cleaned)
            return cls(start, None, approximate)
        except _Unrecognised:
            pass
        except DateError as exc:
            specific = exc
        # "/" both separates range ends and day/month/year in "11/03/2024", so try
        # every split and keep the one where both sides are dates.
        found: list[DateValue] = []
        for index, char in enumerate(cleaned):
            if char != "/":
                continue
            try:
                first, approx_first = _parse_single(cleaned[:index])
                second, approx_second = _parse_single(cleaned[index + 1 :])
                found.append(cls(first, second, approx_first or approx_second))
            except _Unrecognised:
                continue
            except DateError as exc:
                specific = specific or exc
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise DateError(f"{text!r} can be read as more than one range; write it as ISO dates",
                            code="date.ambiguous_range", value=text)
        if specific is not None:
            # `why` is the finer error itself: each reader words it in its own language
            raise DateError(f"{text!r} is not a valid date: {specific}", code="date.invalid", value=text,
                            why=specific) from None
        raise DateError(f"{text!r} is not a date casebench understands; {_ACCEPTED_FORMS}",
                        code="date.not_understood", value=text)

    def format(self) -> str:
        """Canonical EDTF text; ``DateValue.parse(v.format()) == v``."""
        mark = "~" if self.approximate else ""
        text = self.start.iso() + mark
        if self.end is not None:
            text += "/" + self.end.iso() + mark
        return text

    def __str__(self) -> str:
        return self.format()

    @property
    def precision(self) -> Precision:
        return self.start.precision

    def earliest_utc(self) -> datetime:
        return self.start.earliest_utc()

    def latest_utc(self) -> datetime:
        return (self.end or self.start).latest_utc()

    def sort_start(self) -> str:
        """Fixed-width UTC text of the earliest instant; string order is time order."""
        return fixed_utc(self.earliest_utc())

    def sort_end(self) -> str:
        """Fixed-width UTC text of the latest instant; string order is time order."""
        return fixed_utc(self.latest_utc())

    def sort_key(self) -> tuple[str, int, str, str]:
        # At the same first instant the coarser date comes first: "2024" heads the
        # list before "2024-01", which contains fewer possibilities.
        return (self.sort_start(), int(self.start.precision), self.sort_end(), self.format())

    def display(self) -> str:
        """Readable English text, e.g. "2024-03-11 14:05 (UTC+01:00) = 13:05 UTC" (`worded`)."""
        return worded(self)


def readable_moment(text: str, *, words: Words = WORDS.__getitem__,
                    month: MonthWords = english_month) -> str:
    """A recorded time for people: minutes or seconds as recorded, the zone and UTC, no
    microseconds (`2024-03-02 14:05 (UTC+01:00) = 13:05 UTC`); text that is not a date is
    returned as it is. The window passes its own ``words`` and ``month`` (`ui.moments`)."""
    try:
        return worded(DateValue.parse(text), words=words, month=month)
    except (DateError, ValueError):
        return text


def listed_moment(text: str, *, words: Words = WORDS.__getitem__,
                  month: MonthWords = english_month) -> str:
    """A recorded time in a list's cell (`worded` with ``cell=True``: a stated offset read
    in UTC, "2024-03-11 13:05 UTC"); text that is not a date is returned as it is."""
    try:
        return worded(DateValue.parse(text), cell=True, words=words, month=month)
    except (DateError, ValueError):
        return text
