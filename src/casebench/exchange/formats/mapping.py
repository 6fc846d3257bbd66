"""Import specifications: which column becomes which property, and how cells are read.

An `ImportSpec` maps columns to properties of one schema (the row's entity, e.g. a
Call), optionally through an entity property to a related entity (``payerAccount.iban``
makes or finds the payer's BankAccount by its IBAN). It says how dates are written
(``%d/%m/%Y %H:%M`` or ``dd/mm/yyyy hh:mm``), in which time zone the source wrote
times, how numbers group digits, and in which country phone numbers without a
country code were dialled. Saved by name in the case, it is reused for the next
file from the same operator or bank.

`compile_spec` checks a spec against a header once; `CompiledSpec.plan` turns one row
into a `RowPlan` (normalised values ready to store) or the row's `CellError`s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casebench.domain.amounts import marked_debit, parse_amount
from casebench.domain.countries import lookup_country
from casebench.domain.dates import DateError, ascii_digits
from casebench.domain.errors import CodedError, InvalidValue
from casebench.domain.names import fold
from casebench.domain.phones import ambiguity, read_phone
from casebench.domain.schema import STRONG_MATCH_TYPES, Schema, get_schema
from casebench.domain.values import Normalised, PropType, normalise, read_identifier
from casebench.exchange.formats.cells import (
    combine_date_time,
    dst_problem,
    dst_warning,
    duration_seconds,
    exponent_form,
    float_text_digits,
    identifier_digits,
    month_words,
    serial_datetime,
    trailing_clock_24,
)
from casebench.exchange.formats.tables import EXCEL_1900, EXCEL_1904, NumberCell
from casebench.exchange.merge import same_name_key

__all__ = [
    "CellError", "ColumnMap", "CompiledSpec", "ImportSpec", "Related", "RelatedPlan", "RowPlan",
    "SpecError", "bank_statement_spec", "call_record_spec", "compile_spec", "date_format",
    "parse_tz", "record_key",
]

_CACHE_LIMIT = 20_000  # values that repeat (numbers, phones, places); bounded memory


class SpecError(CodedError, ValueError):
    """An import specification that cannot be used: the neutral English text, and a ``code``
    with parameters the window words in its language (ui/error_texts.py)."""


@dataclass(frozen=True)
class ColumnMap:
    """One column feeding one property (``prop`` or ``entityProp.prop``)."""

    column: str
    prop: str


@dataclass(frozen=True)
class Related:
    """An entity a row points to through ``prop``: found by strong identifier, or created.

    ``create=False`` only links entities already in the case (or earlier in the file).
    """

    prop: str
    schema: str
    create: bool = True


@dataclass(frozen=True)
class ImportSpec:
    name: str = ""
    schema: str = "Call"
    columns: tuple[ColumnMap, ...] = ()
    constants: tuple[tuple[str, str], ...] = ()  # (property path, value) for every row
    related: tuple[Related, ...] = ()
    required: tuple[str, ...] = ()  # property paths a row must fill
    date_formats: tuple[str, ...] = ()  # tried in order; none: ISO 8601 or day-first dd/mm/yyyy
    tz: str = ""  # the source's zone for times without offset: "+01:00" or "Europe/Madrid"
    phone_region: str = ""  # ISO country for numbers without country code ("" = the case's)
    decimal: str = ""  # "," (1.234,56) or "." (1,234.56); "" = plain numbers
    signed: str = ""  # a signed amount: positive swaps the edge's sides (a credit)
    debit: str = ""  # debit and credit columns giving one signed amount (``signed`` or amount)
    credit: str = ""
    # a column saying which way the amount went (D/C, Debe/Haber, Cargo/Abono, Débito/Crédito,
    # +/-) beside an amount written without a sign: a debit is money out
    direction: str = ""
    time_columns: tuple[tuple[str, str], ...] = ()  # (date column, its separate time column)
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    header_row: int = 0  # the header's row number; 0 = found past the bank's title rows
    # property paths identifying a record across files (recordId, date, numbers ...);
    # () = every mapped value (a normalised row hash)
    record_key: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["columns"] = [[c.column, c.prop] for c in self.columns]
        data["constants"] = [list(c) for c in self.constants]
        data["time_columns"] = [list(c) for c in self.time_columns]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ImportSpec:
        try:
            return cls(
                name=str(data.get("name", "")), schema=str(data.get("schema", "")),
                columns=tuple(ColumnMap(str(c), str(p)) for c, p in data.get("columns", [])),
                constants=tuple((str(p), str(v)) for p, v in data.get("constants", [])),
                related=tuple(Related(str(r["prop"]), str(r["schema"]), bool(r.get("create", True)))
                              for r in data.get("related", [])),
                required=tuple(str(r) for r in data.get("required", [])),
                date_formats=tuple(str(f) for f in data.get("date_formats", [])),
                **{k: str(data.get(k, "")) for k in ("tz", "phone_region", "decimal", "signed", "debit", "credit",
                                                     "direction", "encoding", "delimiter", "sheet", "description")},
                tags=tuple(str(t) for t in data.get("tags", [])),
                time_columns=tuple((str(d), str(t)) for d, t in data.get("time_columns", [])),
                header_row=int(data.get("header_row", 0)),
                record_key=tuple(str(k) for k in data.get("record_key", [])),
            )
        except (TypeError, ValueError, KeyError) as exc:
            raise SpecError(f"the import specification is damaged ({exc})", code="spec.damaged",
                            detail=str(exc)) from None

    def digest(self) -> str:
        """What makes two imports of the same file the same (the name and notes do not)."""
        data = self.to_json()
        data.pop("name")
        data.pop("description")
        if not data["direction"]:  # added later: a specification saved before keeps its digest
            data.pop("direction")
        text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CellError:
    row: int
    column: str
    reason: str
    # the value's own error, when there is one: the window and the CLI word it by its code
    cause: BaseException | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Kept without tracebacks (its own, its causes', the finer error it names): the frames
        # they held (the row's planning, whose own list holds this error) made every refused
        # row a garbage cycle, freed only by the cyclic collector, which a bulk import keeps
        # off (`table_import._fewer_collections`).
        pending, seen = [self.cause], set()
        while pending:
            err = pending.pop()
            if err is not None and id(err) not in seen:
                seen.add(id(err))
                err.__traceback__ = None
                pending += (err.__cause__, err.__context__)
                # the finer error a coded error names (`why`): its reader's frames too
                pending += [v for v in getattr(err, "params", {}).values() if isinstance(v, BaseException)]

    def __str__(self) -> str:
        return self.located(self.reason)

    def located(self, reason: str) -> str:
        """`reason` after the row and column it is about."""
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {reason}"


Value = tuple[str, Normalised, str]  # (property, normalised, text as found)


@dataclass
class RelatedPlan:
    prop: str
    schema: str
    create: bool
    values: list[Value]
    key: str  # identifies the entity within the import and in the case


@dataclass
class RowPlan:
    number: int
    values: list[Value] = field(default_factory=list)
    related: list[RelatedPlan] = field(default_factory=list)
    # Imported, but the user should look: a phone number valid in two countries, a local
    # time that does not exist or occurs twice. ``strict_warnings`` refuse a strict import.
    warnings: list[CellError] = field(default_factory=list)
    strict_warnings: list[CellError] = field(default_factory=list)
    # the signed amount was money in (a credit): the edge's two sides were swapped
    swapped: bool = False


# -- dates and zones ---------------------------------------------------------------------------
_TOKENS = [("yyyy", "%Y"), ("YYYY", "%Y"), ("yy", "%y"), ("YY", "%y"), ("dd", "%d"), ("DD", "%d"),
           ("hh", "%H"), ("HH", "%H"), ("ss", "%S"), ("SS", "%S")]


def date_format(text: str) -> str:
    """A strptime format from ``%d/%m/%Y`` or the spreadsheet style ``dd/mm/yyyy hh:mm:ss``."""
    text = text.strip()
    if "%" in text:
        return text
    out = re.sub(r"(?<=[hH]{2}:)[mM]{2}", "%M", text)
    out = out.replace("mm", "%m").replace("MM", "%m")
    for token, directive in _TOKENS:
        out = out.replace(token, directive)
    if "%" not in out:
        raise SpecError(f"{text!r} is not a date format; write it like dd/mm/yyyy hh:mm or %d/%m/%Y",
                        code="spec.bad_date_format", format=text)
    return out


# ASCII digits only: ``\d`` also matches Arabic-Indic and other digits, which strptime
# refuses in some fields and reads in others; a cell's digits are made ASCII before either
# reads it (domain.dates.ascii_digits), so both read any text alike
_FAST = {"%d": r"(?P<d>[0-9]{2})", "%m": r"(?P<m>[0-9]{2})", "%Y": r"(?P<Y>[0-9]{4})",
         "%H": r"(?P<H>[0-9]{2})", "%M": r"(?P<M>[0-9]{2})", "%S": r"(?P<S>[0-9]{2})"}


def fast_reader(fmt: str) -> Callable[[str], dt.datetime | None] | None:
    """A reader for the all-digit formats of call records (``%d/%m/%Y %H:%M:%S``) that is
    several times quicker than strptime, or None for other formats.

    It answers only what strptime would read the same way (two-digit fields, four-digit
    years, the literal text exactly, one space for a space) and None otherwise, so the caller
    falls back to strptime for anything else (a one-digit day, two spaces, "t" for "T"), and
    an impossible date (31/02) is left to strptime to refuse.
    """
    parts = re.split(r"(%.)", fmt)
    if any(p.startswith("%") and p not in _FAST for p in parts) or not any(p in _FAST for p in parts):
        return None
    directives = [p for p in parts if p.startswith("%")]
    if len(set(directives)) != len(directives) or not {"%d", "%m", "%Y"} <= set(directives):
        return None
    pattern = re.compile("".join(_FAST.get(p, re.escape(p)) for p in parts))

    def read(raw: str) -> dt.datetime | None:
        m = pattern.fullmatch(raw)
        if m is None:
            return None
        g = m.groupdict()
        try:
            return dt.datetime(int(g["Y"]), int(g["m"]), int(g["d"]), int(g.get("H") or 0),
                               int(g.get("M") or 0), int(g.get("S") or 0))
        except ValueError:
            return None
    return read


def parse_tz(text: str) -> dt.tzinfo | None:
    """``+01:00`` / ``-0300`` / ``UTC`` / ``Europe/Madrid`` as a tzinfo; "" is None (unknown)."""
    text = text.strip()
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.UTC
    m = re.fullmatch(r"(?:UTC)?([+-])(\d{1,2}):?(\d{2})?", text, flags=re.IGNORECASE)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > 14 * 60:
            raise SpecError(f"time zone {text}: offsets run from -14:00 to +14:00", code="spec.offset_too_large",
                            zone=text)
        return dt.timezone(dt.timedelta(minutes=minutes if m.group(1) == "+" else -minutes))
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise SpecError(f"{text!r} is not a time zone; write +01:00 or a name like Europe/Madrid",
                        code="spec.unknown_zone", zone=text) from None


@functools.lru_cache(maxsize=256)
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


Hours = dict[tuple[int, int, int, int], "dt.timedelta | None"]


def _local_offset(naive: dt.datetime, tz: dt.tzinfo, hours: Hours | None) -> tuple[dt.timedelta | None, str]:
    """A local time's offset in ``tz`` and why it is not one instant ("" when it is).

    A call record has thousands of times in the same few hours; asking the zone twice per
    time (and once more to word a problem) was a fifth of planning a row. ``hours`` keeps
    the offset of each local hour that is one offset from its first to its last
    microsecond under either fold, i.e. holds no change of the clocks; an hour that holds
    one is asked about each time, as before.
    """
    key = (naive.year, naive.month, naive.day, naive.hour)
    if hours is not None and key in hours:
        return hours[key], ""
    # The zone is asked about naive times directly (``tz.utcoffset(t)`` is what ``t`` with
    # that zone answers): making aware copies with ``replace`` cost most of a new hour.
    year, month, day, hour = key
    fold = naive.fold
    offset = tz.utcoffset(naive)
    unfolded = offset if not fold else tz.utcoffset(naive.replace(fold=0))
    refolded = tz.utcoffset(dt.datetime(year, month, day, hour, naive.minute, naive.second,
                                        naive.microsecond, fold=1))
    problem = "" if unfolded == refolded else dst_problem(naive, tz)
    if hours is not None and not problem:
        corners = (dt.datetime(year, month, day, hour, fold=fold), dt.datetime(year, month, day, hour, fold=1),
                   dt.datetime(year, month, day, hour, 59, 59, 999_999, fold=fold),
                   dt.datetime(year, month, day, hour, 59, 59, 999_999, fold=1))
        if all(tz.utcoffset(t) == offset for t in corners):
            if len(hours) > _CACHE_LIMIT:
                hours.clear()
            hours[key] = offset
    return offset, problem


@functools.lru_cache(maxsize=64)
def _precision(fmt: str) -> tuple[bool, bool]:
    """Whether a format writes a time, and whether to the second."""
    return (any(d in fmt for d in ("%H", "%I", "%M", "%S", "%X", "%c", "%T")),
            any(d in fmt for d in ("%S", "%X", "%c", "%T")))


def _date_from(parsed: dt.datetime, fmt: str, tz: dt.tzinfo | None,
               hours: Hours | None = None) -> Normalised:
    """The canonical date value (and UTC sort bounds) at the format's precision; ``hours``
    remembers the zone's offsets per local hour (see `_local_offset`). A time whose instant
    or bounds fall outside the years 0001-9999 is refused as the manual entry refuses it
    (it stopped the whole import with an OverflowError)."""
    try:
        return _date_within_years(parsed, fmt, tz, hours)
    except OverflowError:
        when = (f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d} {parsed.hour:02d}:"
                f"{parsed.minute:02d}:{parsed.second:02d}")
        raise DateError(f"{when} falls outside the years 0001 to 9999 once converted to UTC",
                        code="date.outside_years_in_utc", date=when) from None


def _date_within_years(parsed: dt.datetime, fmt: str, tz: dt.tzinfo | None,
                       hours: Hours | None) -> Normalised:
    has_time, seconds = _precision(fmt)
    if not has_time:
        day = parsed.date()
        text = day.isoformat()
        return Normalised(text, None, f"{text}T00:00:00.000000Z", f"{text}T23:59:59.999999Z")
    problem = ""
    zoned = True
    if parsed.tzinfo is not None:
        offset = parsed.utcoffset()
    elif tz is not None:
        offset, problem = _local_offset(parsed, tz, hours)
    else:
        zoned = False
    # four digits for every year, as ISO 8601 and the date-only form write it ("999-01-01T…"
    # was stored for year 999: not read back as a date, sorted after every later year)
    stamp = (f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}T{parsed.hour:02d}:"
             f"{parsed.minute:02d}" + (f":{parsed.second:02d}" if seconds else ""))
    # The UTC bounds with as few datetime operations as give the same instants (each costs
    # as much as formatting one): nothing to replace or subtract when it changes nothing.
    start = parsed if parsed.tzinfo is None else parsed.replace(tzinfo=None)
    if zoned:
        text = stamp + _offset_text(offset)
        if offset:
            start -= offset
    else:
        text = stamp
    if start.microsecond:
        start = start.replace(microsecond=0)
    if not seconds and start.second:
        start = start.replace(second=0)
    first = _fixed(start, 0)
    # the last microsecond of the same second, or minute: written, not computed, so the
    # calendar's last second (31/12/9999 23:59:59, which has no next second) is read too
    last = first[:20] + "999999Z" if seconds else first[:17] + "59.999999Z"
    return Normalised(text, None, first, last, note=problem, flag="time" if problem else "")


_NAIVE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d(:\d\d(:\d\d)?)?")


# A clock's two digits ("00".."59") → its seconds; anything else (60, "1 ", "٠١") is absent
_MINUTES = {f"{i:02d}": i * 60 for i in range(60)}
_SECONDS = {f"{i:02d}": i for i in range(60)}
# seconds into an hour → "MM:SS", and → "MM:00" (a time to the minute has no seconds)
_CLOCK = [f"{t // 60:02d}:{t % 60:02d}" for t in range(3600)]
_CLOCK_MINUTE = [f"{t // 60:02d}:00" for t in range(3600)]
_HOUR = dt.timedelta(hours=1)
_HOURS_OF_DAY = {f"{i:02d}": i for i in range(24)}

# (local "yyyy-mm-ddThh:", offset text, UTC "yyyy-mm-ddThh:" of the hour and of the next,
# seconds from the UTC hour's start to the local hour's start)
HourEntry = tuple[str, str, str, str, int]
_NO_HOUR: HourEntry = ("", "", "", "", -1)  # an hour read time by time


def _hourly_reader(fmt: str, tz: dt.tzinfo | None, quick: Callable[[str], dt.datetime | None] | None,
                   slow: Converter) -> Converter | None:
    """The first date format of a call record (``dd/mm/yyyy hh:mm:ss``), read by slicing
    once its hour is known, or None when the format is not one to read so.

    A call record has thousands of times in the same few hours, and everything of a time
    but its minutes and seconds is its hour's: the local and UTC text of the hour, the
    offset. So for a format of fixed-width fields ending in ``%M`` or ``%M<sep>%S``, the
    text before the minutes (``31/03/2024 01``) is read once as `quick` and `_date_from`
    read it, and every time of that hour is that text with its clock; a time whose clock
    is not two ASCII digits below 60, an hour that holds a change of the clocks (by the
    rule `_local_offset` remembers hours by), non-ASCII text and the years 1 and 9999 go
    to ``slow``, the reading as it was. The value is `_date_from`'s, character for character
    (tests/exchange/formats/test_plan_reference.py).
    """
    parts = [p for p in re.split(r"(%.)", fmt) if p]
    if quick is None or len(parts) < 3:
        return None
    seconds = parts[-1] == "%S"
    if seconds and parts[-2] == "%M":
        sep, head = "", parts[:-2]
    elif seconds and parts[-3] == "%M" and not parts[-2].startswith("%"):
        sep, head = parts[-2], parts[:-3]
    elif parts[-1] == "%M":
        sep, head = "", parts[:-1]
    else:
        return None
    # the hour just before its minutes (``hh:mm``): the day's text, then the hour's
    mid = "" if head[-1].startswith("%") else head.pop()
    if len(head) < 2 or head[-1] != "%H":
        return None
    # `quick` reads fixed-width fields only: the clock starts at the same place in every cell
    day_cut = sum(4 if p == "%Y" else 2 if p.startswith("%") else len(p) for p in head[:-1])
    cut = day_cut + 2 + len(mid)
    after = cut + 2 + len(sep)
    width = after + 2 if seconds else cut + 2
    zero = "00" + sep + "00" if seconds else "00"
    known: dict[str, HourEntry] = {}  # the text before the minutes → its hour
    days: dict[str, tuple[int, int, int, str] | None] = {}  # the text before the hour → its day
    suffixes: dict[dt.timedelta | None, str] = {}

    def learn_day(key: str) -> tuple[int, int, int, str] | None:
        start = quick(key + "00" + mid + zero)
        day = None
        if start is not None and 1 < start.year < 9999:  # no bound past the calendar's ends
            day = (start.year, start.month, start.day, start.isoformat()[:11])
        if len(days) > _CACHE_LIMIT:
            days.clear()
        days[key] = day
        return day

    def learn(key: str) -> HourEntry:
        day_key = key[:day_cut]
        day = days[day_key] if day_key in days else learn_day(day_key)
        hour = _HOURS_OF_DAY.get(key[day_cut:day_cut + 2]) if key[day_cut + 2:] == mid else None
        entry = _NO_HOUR
        if day is not None and hour is not None:
            year, month, mday, local = day
            start = dt.datetime(year, month, mday, hour)
            offset = None if tz is None else tz.utcoffset(start)
            # an hour that holds a change of the clocks is read time by time
            steady = tz is None or (
                tz.utcoffset(dt.datetime(year, month, mday, hour, fold=1)) == offset
                == tz.utcoffset(dt.datetime(year, month, mday, hour, 59, 59, 999_999))
                == tz.utcoffset(dt.datetime(year, month, mday, hour, 59, 59, 999_999, fold=1)))
            utc = start - offset if offset else start
            if steady and not utc.microsecond:
                suffix = suffixes.get(offset)
                if suffix is None:
                    suffix = suffixes[offset] = "" if tz is None else _offset_text(offset)
                # isoformat writes four-digit years, as `_fixed` does
                entry = (local + key[day_cut:day_cut + 2] + ":", suffix, utc.isoformat()[:14],
                         (utc + _HOUR).isoformat()[:14], utc.minute * 60 + utc.second)
        if len(known) > _CACHE_LIMIT:
            known.clear()
        known[key] = entry
        return entry

    def read(raw: str) -> Normalised:
        if len(raw) == width and raw.isascii():
            key = raw[:cut]
            entry = known.get(key) or learn(key)
            local, suffix, hour, following, base = entry
            minute = raw[cut:cut + 2]
            into = _MINUTES.get(minute)
            if base >= 0 and into is not None:
                if not seconds:
                    into += base
                    if into >= 3600:
                        into -= 3600
                        hour = following
                    first = hour + _CLOCK_MINUTE[into]
                    return Normalised(local + minute + suffix, None, first + ".000000Z", first[:17] + "59.999999Z")
                second = _SECONDS.get(raw[after:])
                if second is not None and raw[cut + 2:after] == sep:
                    into += base + second
                    if into >= 3600:
                        into -= 3600
                        hour = following
                    first = hour + _CLOCK[into]
                    return Normalised(local + minute + ":" + raw[after:] + suffix, None, first + ".000000Z",
                                      first + ".999999Z")
        return slow(raw)
    return read


# -- compiling -----------------------------------------------------------------------------------
Converter = Callable[[str], Normalised]


@dataclass
class _Field:
    index: int  # column index, or -1 for a constant
    column: str
    path: str
    ptype: PropType
    convert: Converter
    constant: str = ""
    pair: int = -1  # debit/credit: ``index`` is the debit column, ``pair`` the credit column
    marks: bool = False  # ``pair`` is instead a direction column beside the amount (``index``)
    time: int = -1  # a date column's separate time column
    # the path split once (every cell of a column asked for it before)
    head: str = field(init=False)
    tail: str = field(init=False)
    duration: bool = field(init=False)
    # What `CompiledSpec.plan` asks of every cell, settled once per column: how its text
    # is read, whether it is a subscriber's number; and (set by CompiledSpec, once the
    # fields are complete) whether the column is one cell (no debit/credit pair, no
    # separate time column) and not the signed amount.
    read: Converter = field(init=False)
    link_phone: bool = field(init=False)
    # A column whose values repeat (numbers, phones, durations, days): a cell's text → the
    # (property, value, text) it gave, when that was a common value; None where texts
    # hardly repeat (free text, times) or stopped repeating (record ids, see `forget`)
    memo: dict[str, Value] | None = field(default=None)
    hits: int = field(init=False, default=0)
    single: bool = field(init=False, default=False)
    plain: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.head, _, self.tail = self.path.partition(".")
        self.duration = self.ptype is PropType.NUMBER and self.path.rpartition(".")[2] == "duration"
        self.link_phone = bool(self.tail) and self.ptype is PropType.PHONE
        self.read = self._duration if self.duration else self.convert

    def forget(self) -> None:
        """A full memo is emptied when its texts repeat, and given up when at most every
        other cell found its text (a record id per row): memory and time for nothing."""
        self.memo = {} if self.memo is not None and self.hits >= len(self.memo) else None
        self.hits = 0

    def _duration(self, raw: str) -> Normalised:
        if raw.isdigit():  # whole seconds need no h:mm:ss reading
            return self.convert(raw)
        seconds = duration_seconds(raw)
        if seconds is not None:
            return Normalised(seconds)
        # seconds written as a number (211,0); '3:31' or '-5' were refused in an amount's
        # words ('write an amount such as 1.234,56 … or R$ 1.234,56'), or '-5' stored
        try:
            norm = self.convert(raw)
        except ValueError:
            norm = None
        if norm is None or norm.flag == "currency" or norm.value.startswith("-"):
            raise _not_a_duration(raw)
        return norm


def _not_a_duration(raw: str) -> InvalidValue:
    return InvalidValue(f"{raw!r} is not a duration; write seconds (211) or hours:minutes:seconds (0:03:31)",
                        code="duration.unreadable", raw=raw)


@dataclass
class CompiledSpec:
    spec: ImportSpec
    schema: Schema
    header: list[str]
    fields: list[_Field]
    related: dict[str, Related]
    swaps: dict[str, str]
    width: int
    signed: str = ""  # the signed amount's property (the spec's, or the debit/credit pair's)
    region: str | None = None  # the phone country numbers without a country code are read in
    _wanted: set[str] | None = None  # record-key paths, computed once
    _numbers: set[str] | None = None  # the schema's number properties, computed once

    def __post_init__(self) -> None:
        for f in self.fields:
            f.single = f.pair < 0 and f.time < 0
            f.plain = f.path != self.signed

    def columns_of(self, name: str) -> list[str]:
        """The file's columns a problem filed under ``name`` is about: a debit/credit pair's, an
        amount's and its direction column's, a date's and its time column's, as well as one
        column's ("" for the row)."""
        for f in self.fields:
            if f.column == name and f.index >= 0:
                return [self.header[i] for i in (f.index, f.pair, f.time) if 0 <= i < len(self.header)]
        return [name]

    def _read(self, f: _Field, cell: str, raw: str, cells: Sequence[str]) -> Normalised:
        """One field's value: typed spreadsheet cells as they are, text through the converter."""
        if f.pair >= 0:
            other = cells[f.pair] if f.pair < len(cells) else ""
            if f.marks:
                return _directed(f, cell, other)
            return _debit_credit(f, cell, other)
        if f.time >= 0:
            cell = combine_date_time(cell, cells[f.time] if f.time < len(cells) else "",
                                     _serial_epoch(self.spec))
            return f.convert(cell) if cell else _empty(f)
        if f.duration:
            if not isinstance(cell, NumberCell):
                return f._duration(raw)
            if cell.number < 0:
                raise _not_a_duration(raw)
        if isinstance(cell, NumberCell):
            if f.ptype is PropType.NUMBER:
                return Normalised(format(cell.number, "f"))
            if f.ptype is PropType.DATE:
                return _serial_date(cell.number, cell.epoch, parse_tz(self.spec.tz))
            if f.ptype in _DIGIT_TYPES:
                return f.convert(identifier_digits(cell))
        return f.convert(raw)

    def plan(self, number: int, cells: Sequence[str]) -> RowPlan | list[CellError]:
        """The row's values, normalised, or every problem found in it."""
        errors: list[CellError] = []
        # made first, before its values: a collection of kept plans then walked them in half
        # the time (measured, 50,000 rows: a full gc.collect 0.19 s against 0.43-0.57 s)
        plan = RowPlan(number)
        values = plan.values
        rel: dict[str, list[Value]] = {}
        warnings = plan.warnings
        strict = plan.strict_warnings
        swap = False
        currencies: dict[str, str] = {}  # currency named in an amount cell → its column
        width = len(cells)
        for f in self.fields:
            i = f.index
            memo = f.memo
            if f.single and 0 <= i < width:
                # One cell: its text through the column's reader (a typed spreadsheet
                # number, a NumberCell, is read as `_read` reads it).
                cell = cells[i]
                raw = cell.strip()
                if not raw:
                    continue
                if cell.__class__ is str:
                    if memo is not None:
                        item = memo.get(raw)
                        if item is not None:
                            # the text's value as this column gave it before (a common value)
                            f.hits += 1
                            if f.tail:
                                linked = rel.get(f.head)
                                if linked is None:
                                    rel[f.head] = [item]
                                else:
                                    linked.append(item)
                            else:
                                values.append(item)
                            continue
                    try:
                        norm = f.read(raw)
                    except ValueError as exc:
                        errors.append(CellError(number, f.column, str(exc), exc))
                        continue
                else:
                    memo = None  # a typed cell is read by its type, not its text
                    try:
                        norm = self._read(f, cell, raw, cells)
                    except ValueError as exc:
                        errors.append(CellError(number, f.column, str(exc), exc))
                        continue
            else:
                memo = None
                cell = ""
                if i < 0:
                    raw = f.constant
                elif i < width:
                    cell = cells[i]
                    raw = cell.strip()
                    for other in (f.pair, f.time):
                        if 0 <= other < width:
                            raw = (raw + " " + cells[other].strip()).strip()
                else:
                    text = f"the row has only {len(cells)} cells and no {f.column!r} column"
                    errors.append(CellError(number, f.column, text, InvalidValue(
                        text, code="row.too_short", cells=len(cells), column=f.column)))
                    continue
                if not raw:
                    continue
                try:
                    norm = self._read(f, cell, raw, cells)
                except ValueError as exc:
                    errors.append(CellError(number, f.column, str(exc), exc))
                    continue
            if not norm.flag and f.plain and (norm.match_key is not None or not f.link_phone):
                # the common value: nothing to warn about, move or leave out
                if f.tail:
                    item = (f.tail, norm, raw)
                    linked = rel.get(f.head)
                    if linked is None:
                        rel[f.head] = [item]
                    else:
                        linked.append(item)
                else:
                    item = (f.path, norm, raw)
                    values.append(item)
                if memo is not None:
                    # immutable (a tuple of texts and a frozen Normalised): shared by the rows
                    if len(memo) >= _CACHE_LIMIT:
                        f.forget()
                        memo = f.memo
                    if memo is not None:
                        memo[raw] = item
                continue
            if norm.flag == "time":
                # a local time the zone skips or repeats: imported with a warning, refused when strict
                strict.append(CellError(number, f.column, norm.note, dst_warning(norm.note)))
                norm = replace(norm, note="", flag="")
            if norm.flag == "currency":
                currencies.setdefault(norm.note, f.column)
                norm = Normalised(norm.value)
            if f.path == self.signed and norm.value.startswith("-"):
                norm = Normalised(norm.value[1:])
            elif f.path == self.signed and norm.value.strip("0.,"):
                swap = True
            if norm.flag == "ambiguous":
                # coded (read again: rare), so the window words it in its language
                cause = ambiguity(read_phone(raw, self.region))
                warnings.append(CellError(number, f.column, f"{raw!r} {norm.note}", cause))
            if f.link_phone and norm.match_key is None:
                # A withheld caller, a short code or an ambiguous number identifies nobody:
                # linking on it would tie every "Anónimo" call to one subscriber.
                continue
            if f.tail:
                rel.setdefault(f.head, []).append((f.tail, norm, raw))
            else:
                values.append((f.path, norm, raw))
        if currencies:
            errors.extend(self._currency(number, plan, currencies))
        if errors:
            unique = {(e.column, e.reason): e for e in errors}  # a column may feed two properties
            return list(unique.values())
        if warnings:
            plan.warnings = list({(w.column, w.reason): w for w in warnings}.values())
        required = self.spec.required
        if required:
            # every path given a value (a linked entity's as "link.prop"), and the currency
            # an amount cell named
            present = {p for p, _, _ in values}
            missing = [p for p in required if p not in present and not self._linked(p, rel)]
            if missing:
                cols = {f.path: f.column for f in self.fields}
                return [CellError(number, cols.get(p, ""), text, InvalidValue(text, code="row.required_empty"))
                        for p in missing
                        for text in [f"{_label(self.schema, p)} is empty; the specification requires it"]]
        if swap:
            plan.swapped = True
            plan.values = [(self.swaps.get(p, p), n, r) for p, n, r in values]
            rel = {self.swaps.get(p, p): v for p, v in rel.items()}
        if rel:
            related = plan.related
            links = self.related
            for head, found in rel.items():
                link = links[head]
                related.append(RelatedPlan(head, link.schema, link.create, found, _key(link.schema, found)))
        elif not values:
            text = "every mapped cell is empty"
            return [CellError(number, "", text, InvalidValue(text, code="row.all_empty"))]
        return plan

    @staticmethod
    def _linked(path: str, rel: dict[str, list[Value]]) -> bool:
        """Whether a required path is filled through a link: the link itself (``caller``),
        or its property (``caller.phone``)."""
        head, dot, tail = path.partition(".")
        if not dot:
            return head in rel
        return head in rel and any(t == tail for t, _, _ in rel[head])

    def key_paths(self) -> tuple[list[str], list[tuple[str, str]]]:
        """The entity properties and (link, linked property) pairs a record key is made of,
        on both sides of a link (a credit swaps payer and beneficiary)."""
        paths = set(self.spec.record_key or (f.path for f in self.fields if self._keyed(f)))
        own: set[str] = set()
        related: set[tuple[str, str]] = set()
        for path in paths:
            head, dot, tail = path.partition(".")
            for name in {head, self.swaps.get(head, head)}:
                if dot:
                    related.add((name, tail))
                else:
                    own.add(name)
        return sorted(own), sorted(related)

    def _keyed(self, f: _Field) -> bool:
        """Part of the default record key: the row's own values, and the strong identifier
        of a linked entity the import creates (a counterparty's IBAN). A link-only lookup
        (a subscriber found by number) is not data of the record: it exists only when the
        subscriber was in the case."""
        head, dot, _ = f.path.partition(".")
        if not dot:
            return True
        link = self.related.get(head)
        return link is not None and link.create and f.ptype in STRONG_MATCH_TYPES

    def keyed_paths(self) -> set[str]:
        """The property paths (``prop`` or ``link.prop``) a record key is made of."""
        if self._wanted is None:
            own, related = self.key_paths()
            self._wanted = set(own) | {f"{h}.{t}" for h, t in related}
        return self._wanted

    def record_key(self, plan: RowPlan) -> str:
        """What identifies the row's record in the case (see ``key_paths``)."""
        wanted = self.keyed_paths()
        pairs = [(p, n.value) for p, n, _ in plan.values if p in wanted]
        pairs += [(f"{r.prop}.{p}", n.value) for r in plan.related for p, n, _ in r.values
                  if f"{r.prop}.{p}" in wanted]
        return self.key_of(pairs)

    def key_of(self, pairs: Iterable[tuple[str, str]]) -> str:
        """The key of stored or planned values: numbers compare as numbers (1500.00 = 1500)."""
        if self._numbers is None:
            self._numbers = {n for n, p in self.schema.properties.items() if p.type is PropType.NUMBER}
        numbers = self._numbers
        out = []
        for path, value in pairs:
            if path in numbers:
                with contextlib.suppress(ArithmeticError):
                    value = format(Decimal(value).normalize(), "f")
            out.append((path, value))
        return record_key(out)

    def _currency(self, number: int, plan: RowPlan, found: dict[str, str]) -> list[CellError]:
        """The currency an amount cell names becomes the row's; a contradiction is an error."""
        stated = {n.value for p, n, _ in plan.values if p == "currency"}
        column = next(iter(found.values()))
        if len(found) > 1 or (stated and stated != set(found)):
            names = ", ".join(sorted(set(found) | stated))
            text = f"the row names several currencies ({names})"
            return [CellError(number, column, text, InvalidValue(text, code="amount.several_currencies",
                                                                 currencies=names))]
        if not stated and "currency" in self.schema.properties:
            code = next(iter(found))
            plan.values.append(("currency", Normalised(code), code))
        return []


def record_key(pairs: Iterable[tuple[str, str]]) -> str:
    """A record's key from its (property path, normalised value) pairs, in any order."""
    items = [f"{p}\x1e{v}" for p, v in pairs]
    items.sort()
    text = "\x1f".join(items)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# values made of digits that a spreadsheet may hold as a number (an IMEI, an account number,
# a phone number): exact only as a whole number of up to 15 digits
_DIGIT_TYPES = frozenset({PropType.IDENTIFIER, PropType.PHONE, PropType.IMO, PropType.MMSI})


def _serial_epoch(spec: ImportSpec) -> dt.date | None:
    """Day 0 of the Excel date system text cells are read in ("excel"/"excel1904"), or None."""
    return next((EXCEL_1904 if f.strip().lower() == "excel1904" else EXCEL_1900
                 for f in spec.date_formats if f.strip().lower() in ("excel", "excel1904")), None)


def _no_exponent(fn: Converter) -> Converter:
    """``fn`` for digits a spreadsheet wrote as a number's text: refusing first a value in
    exponent form (its digits are lost), and reading a float's ``…123.0`` as the number."""
    def read(raw: str) -> Normalised:
        if "+" in raw:  # the common id ("MV-000123") pays these two tests only
            refused = exponent_form(raw)
            if refused is not None:
                raise refused
        elif raw[-1:] == "0":
            digits = float_text_digits(raw)
            if digits is not None:
                return fn(digits)
        return fn(raw)
    return read


def _empty(f: _Field) -> Normalised:
    raise InvalidValue(f"{f.column!r} is empty", code="value.empty", type=f.ptype.label)


# what banks write in the column a movement does not use: "-", "--", "—"
_PLACEHOLDER = re.compile(r"\s*[-\u2010-\u2015\u2212]{1,3}\s*")


def _debit_credit(f: _Field, debit: str, credit: str) -> Normalised:
    """Debit and credit columns as one signed amount: money out is negative.

    A debit is money out whatever its sign (banks write it bare or with a minus). A credit
    is money in, but a *negative* credit is money out: banks write reversals and returned
    transfers so (``Abono: -150,00``), and reading its size alone would book money the
    account lost as money it received. A row with an amount in both columns is refused:
    which one is the movement is not known. A dash in the unused column is an empty cell.
    """
    amounts = []
    for cell, is_debit in ((debit, True), (credit, False)):
        if isinstance(cell, NumberCell):
            value, currency = cell.number, ""
        elif cell.strip() and not _PLACEHOLDER.fullmatch(cell):
            norm = f.convert(cell.strip())
            value, currency = Decimal(norm.value), norm.note if norm.flag == "currency" else ""
        else:
            continue
        amounts.append((-abs(value) if is_debit else value, currency, cell.strip()))
    held = [a for a in amounts if a[0] != 0] or amounts[:1]
    if not held:
        return _empty(f)
    if len(held) > 1:
        raise InvalidValue(f"both the debit column ({held[0][2]}) and the credit column ({held[1][2]}) hold an "
                           "amount; one row is one movement, so which one it is is not known",
                           code="amount.debit_and_credit", debit=held[0][2], credit=held[1][2])
    value, currency, _ = held[0]
    return Normalised(format(value, "f"), note=currency, flag="currency" if currency else "")


# What a statement's direction column writes (D/C, Debe/Haber, Cargo/Abono, Débito/Crédito,
# Retrait/Versement, Withdrawal/Deposit, -/+ …): data, resources/vocab/direction_words.tsv
_DIRECTION_WORDS = Path(__file__).resolve().parent.parent.parent / "resources" / "vocab" / "direction_words.tsv"


@functools.cache
def direction_words() -> dict[str, bool]:
    """A direction column's word, folded (a sign as written) → True for money out (a debit),
    False for money in (a credit)."""
    out: dict[str, bool] = {}
    for line in _DIRECTION_WORDS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            way, word = line.split("\t")
            if way not in ("out", "in"):
                raise ValueError(f"{_DIRECTION_WORDS.name}: {way!r} is neither out nor in")
            key = fold(word) or word.strip()
            if out.get(key, way == "out") != (way == "out"):
                raise ValueError(f"{_DIRECTION_WORDS.name}: {word!r} is listed both ways")
            out[key] = way == "out"
    return out


def _directed(f: _Field, amount: str, mark: str) -> Normalised:
    """An amount and the direction column beside it as one signed amount, by the debit and
    credit rule (`_debit_credit`): what the column marks as a debit is money out."""
    if not str(amount).strip():
        return _empty(f)
    written = str(mark).strip()
    if not written or (written != "-" and _PLACEHOLDER.fullmatch(written)):
        raise InvalidValue(f"the direction column is empty beside {str(amount).strip()!r}: which way it went is "
                           "not known", code="amount.direction_missing", amount=str(amount).strip())
    word = written if written in ("-", "+") else fold(written)  # folding drops signs and dots
    debit = direction_words().get(word)
    if debit is not None:
        own = None if isinstance(amount, NumberCell) else marked_debit(amount)
        if own is not None and own != debit:
            raise InvalidValue(f"{amount.strip()!r} is marked one way and the direction column ({written}) the other",
                               code="amount.direction_disagrees", amount=amount.strip(), mark=written)
        return _debit_credit(f, amount, "") if debit else _debit_credit(f, "", amount)
    raise InvalidValue(f"the direction column says {written!r}, which is neither a debit nor a credit "
                       "(D/C, DR/CR, Debe/Haber, Cargo/Abono, Débito/Crédito, Retrait/Versement, "
                       "Withdrawal/Deposit or -/+)", code="amount.direction_unknown", mark=written)


def _serial_date(serial: Decimal, epoch: dt.date, tz: dt.tzinfo | None) -> Normalised:
    """An Excel serial date at its precision: a whole number is a day."""
    when = serial_datetime(serial, epoch)
    if serial == serial.to_integral_value():
        return _date_from(when, "%Y-%m-%d", tz)
    return _date_from(when, "%Y-%m-%d %H:%M:%S", tz)


def _label(schema: Schema, path: str) -> str:
    head, dot, tail = path.partition(".")
    prop = schema.properties.get(head)
    label = prop.label if prop else head
    return f"{label} ({tail})" if dot else label


def _key(schema: str, values: list[Value]) -> str:
    """What identifies a linked entity within the import: a value's match key (an IBAN, a
    phone number), else its values, a name by `merge.same_name_key` (the key an end is found
    by among the case's entities, `exchange.named_ends`: "FATOU  CEESAY" and "Fatou Ceesay"
    are one payer)."""
    for _, norm, _ in values:
        if norm.match_key:
            return norm.match_key
    props = get_schema(schema).properties
    return f"{schema}:" + "|".join(sorted(
        f"{p}={same_name_key(n.value) if p in props and props[p].type is PropType.NAME else n.value.lower()}"
        for p, n, _ in values))


def _one_side_only(schema: Schema, fields: Sequence[_Field]) -> None:
    """A direction (signed amount, debit and credit columns, a D/C column) is the direction
    of a statement of one account: the mapping names the counterparty on one side and a
    credit swaps the sides. A file whose columns name both sides (an "Ordenante" and a
    "Beneficiario" column) already says who paid whom: a credit then swapped the two it
    named, a payment booked the wrong way round. Refused, with the way out."""
    src, dst = schema.edge or ("", "")
    first, second = sides_named(schema, [(f.column, f.path) for f in fields if f.index >= 0])
    if first and second:
        raise SpecError(
            f"the file names both sides, {src} ({', '.join(first)}) and {dst} "
            f"({', '.join(second)}), so it already says who paid whom: read its amounts as "
            "written. A direction (a signed amount, debit and credit columns or a D/C column) is "
            "for a statement of one account, whose own side is not a column", code="spec.both_sides_named",
            source=src, target=dst, source_columns=", ".join(first), target_columns=", ".join(second))


def sides_named(schema: Schema, mapped: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The columns of ``mapped`` (column, path) naming each side of ``schema``'s edge (a
    payment's payer or payer account, its beneficiary or beneficiary account), sorted."""
    src, dst = schema.edge or ("", "")
    pairs = list(mapped)

    def named(side: str) -> list[str]:
        return sorted({c for c, p in pairs if side and p.startswith(side)})
    return named(src), named(dst)


def _swaps(schema: Schema) -> dict[str, str]:
    if not schema.edge:
        return {}
    src, dst = schema.edge
    out: dict[str, str] = {}
    for name in schema.properties:
        for a, b in ((src, dst), (dst, src)):
            if name.startswith(a) and (b + name[len(a):]) in schema.properties:
                out[name] = b + name[len(a):]
    return out


def _converter(ptype: PropType, spec: ImportSpec, region: str | None) -> Converter:
    cache: dict[str, Normalised] = {}

    def cached(fn: Converter) -> Converter:
        def run(raw: str) -> Normalised:
            hit = cache.get(raw)
            if hit is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                hit = cache[raw] = fn(raw)
            return hit
        return run

    if ptype is PropType.DATE:
        # "excel" / "excel1904": the cells hold Excel serial numbers written out as text
        serial = _serial_epoch(spec)
        formats = [date_format(f) for f in spec.date_formats
                   if f.strip().lower() not in ("excel", "excel1904")]
        fast = [(fmt, fast_reader(fmt)) for fmt in formats]
        tz = parse_tz(spec.tz)
        hours: Hours = {}

        def formatted(raw: str) -> Normalised | None:
            for fmt, quick in fast:
                hit = quick(raw) if quick is not None else None
                if hit is not None:
                    return _date_from(hit, fmt, tz, hours)
                try:
                    parsed = dt.datetime.strptime(raw, fmt)
                except ValueError:
                    continue
                return _date_from(parsed, fmt, tz, hours)
            return None

        def date(raw: str) -> Normalised:
            raw = ascii_digits(raw)  # one reading for a date's digits, whichever path reads it
            if serial is not None:
                try:
                    number = Decimal(raw.replace(",", "."))
                except ArithmeticError:
                    number = None
                if number is not None:
                    return _serial_date(number, serial, tz)
            found = formatted(raw)
            if found is not None:
                return found
            # a 12-hour or 19h15 time after the date is read as its 24-hour time
            clock = trailing_clock_24(raw)
            if clock != raw:
                found = formatted(clock)
                if found is not None:
                    return found
            # month names in es/pt/fr/en (10-abr-2024) become day-first digits
            norm = normalise(PropType.DATE, month_words(clock))
            if tz is not None and _NAIVE_TIME.fullmatch(norm.value):
                naive = dt.datetime.fromisoformat(norm.value)
                problem = dst_problem(naive, tz)
                done = normalise(PropType.DATE, norm.value + _offset_text(tz.utcoffset(naive)))
                return replace(done, note=problem, flag="time" if problem else "")
            return norm
        if _repeats(ptype, spec):
            return cached(date)
        hourly = _hourly_reader(formats[0], tz, fast[0][1], date) if serial is None else None
        return hourly or date
    if ptype is PropType.NUMBER:
        sep = spec.decimal

        def number(raw: str) -> Normalised:
            # Text cells follow the spec's decimal separator; a currency the cell names
            # travels in ``note`` (flag "currency") for the row to take.
            amount = parse_amount(raw, sep)
            code = amount.currency
            return Normalised(format(amount.value, "f"), note=code, flag="currency" if code else "")
        return cached(number)
    if ptype is PropType.PHONE:
        # One reading for the whole workbench (domain.phones): international forms first,
        # a reading counts only when valid, ambiguous numbers are kept as recorded.
        return cached(_no_exponent(lambda raw: normalise(PropType.PHONE, raw, default_region=region)))
    if not _repeats(ptype, spec):
        return lambda raw: normalise(ptype, raw)
    if ptype is PropType.IDENTIFIER:
        return cached(_no_exponent(read_identifier))  # a record id per row
    return cached(lambda raw: normalise(ptype, raw))


def _repeats(ptype: PropType, spec: ImportSpec) -> bool:
    """Whether a column's texts repeat enough to remember what each gave: not free text, nor
    times (to the minute or second); days do (a bank statement's), numbers and phones do."""
    if ptype in (PropType.TEXT, PropType.ADDRESS):
        return False
    if ptype is PropType.DATE:
        return not any(_precision(date_format(f))[0] for f in spec.date_formats
                       if f.strip().lower() not in ("excel", "excel1904"))
    return True


def compile_spec(spec: ImportSpec, header: Sequence[str], *, default_region: str | None = None) -> CompiledSpec:
    """Check ``spec`` against a table's header; raises SpecError naming what is wrong."""
    try:
        schema = get_schema(spec.schema)
    except ValueError as exc:
        raise SpecError(str(exc), code="spec.unknown_schema", schema=spec.schema) from None
    if schema.abstract:
        raise SpecError(f"{schema.name} is an abstract schema; choose a concrete one (e.g. Person)",
                        code="spec.abstract_schema", schema=schema.name)
    if not spec.columns:
        raise SpecError("the specification maps no column; map at least one (COLUMN=property)",
                        code="spec.no_columns")
    region = spec.phone_region.strip().lower() or default_region
    if region and lookup_country(region) is None:
        raise SpecError(f"phone country {spec.phone_region!r} is not a country code",
                        code="spec.unknown_phone_country", country=spec.phone_region)
    if spec.decimal not in ("", ",", "."):
        raise SpecError(f"decimal separator {spec.decimal!r}: use , or .", code="spec.bad_decimal",
                        decimal=spec.decimal)
    related = {r.prop: r for r in spec.related}
    index = {name: i for i, name in enumerate(header)}
    fields: list[_Field] = []
    converters: dict[PropType, Converter] = {}

    def resolve(path: str) -> PropType:
        head, dot, tail = path.partition(".")
        prop = schema.properties.get(head)
        if prop is None:
            raise SpecError(f"{schema.name} has no property {head!r}", code="spec.no_such_property",
                            schema=schema.name, prop=head)
        if not dot:
            if prop.type is PropType.ENTITY:
                raise SpecError(f"{head} points to another entity; map one of its properties, "
                                f"e.g. {head}.name", code="spec.entity_property", prop=head)
            return prop.type
        if prop.type is not PropType.ENTITY:
            raise SpecError(f"{head} is not a link to another entity, so {path!r} means nothing",
                            code="spec.not_a_link", prop=head, path=path)
        link = related.get(head)
        if link is None:
            target = get_schema(prop.range or "Thing")
            link = related[head] = Related(head, target.name, create=not target.abstract)
        target = get_schema(link.schema)
        sub = target.properties.get(tail)
        if sub is None or sub.type is PropType.ENTITY:
            raise SpecError(f"{target.name} has no property {tail!r} to fill from a cell",
                            code="spec.no_linked_property", schema=target.name, prop=tail)
        if link.create and target.abstract:
            raise SpecError(f"{head}: cannot create a {target.name}; name a concrete schema "
                            "(e.g. Person) or only link existing entities", code="spec.cannot_create",
                            prop=head, schema=target.name)
        return sub.type

    def column(name: str) -> int:
        if name not in index:
            known = ", ".join(repr(h) for h in header[:20])
            raise SpecError(f"the file has no column {name!r}; its columns are {known}",
                            code="spec.no_such_column", column=name, columns=known)
        return index[name]

    times = dict(spec.time_columns)
    for day, clock in spec.time_columns:
        for col in (day, clock):
            column(col)
        if not any(cm.column == day for cm in spec.columns):
            raise SpecError(f"the time column {clock!r} belongs to {day!r}, which is not mapped",
                            code="spec.time_column_unmapped", time_column=clock, date_column=day)
    for cm in spec.columns:
        at = column(cm.column)
        ptype = resolve(cm.prop)
        conv = converters.get(ptype) or converters.setdefault(ptype, _converter(ptype, spec, region))
        fields.append(_Field(at, cm.column, cm.prop, ptype, conv,
                             memo={} if _repeats(ptype, spec) else None))
        if cm.column in times and ptype is PropType.DATE:
            fields[-1].time = index[times[cm.column]]
            fields[-1].column = f"{cm.column} + {times[cm.column]}"
    for path, value in spec.constants:
        ptype = resolve(path)
        conv = converters.get(ptype) or converters.setdefault(ptype, _converter(ptype, spec, region))
        fields.append(_Field(-1, "", path, ptype, conv, constant=value.strip()))
    signed = spec.signed
    if spec.debit or spec.credit:
        if not (spec.debit and spec.credit):
            raise SpecError("name both the debit column and the credit column", code="spec.pair_incomplete")
        debit, credit = column(spec.debit), column(spec.credit)
        path = spec.signed or "amount"
        if resolve(path) is not PropType.NUMBER:
            raise SpecError(f"debit and credit columns give an amount; {path!r} is not a number",
                            code="spec.pair_not_a_number", path=path)
        conv = converters.get(PropType.NUMBER) or converters.setdefault(
            PropType.NUMBER, _converter(PropType.NUMBER, spec, region))
        fields.append(_Field(debit, f"{spec.debit}/{spec.credit}", path, PropType.NUMBER, conv, pair=credit))
        if schema.edge:
            signed = path
    if spec.direction:
        if spec.debit or spec.credit:
            raise SpecError("a direction column or debit and credit columns say which way the money "
                            "went, not both", code="spec.direction_and_pair")
        marks = column(spec.direction)
        path = spec.signed or "amount"
        amount = next((f for f in fields if f.path == path and f.index >= 0), None)
        if amount is None or amount.ptype is not PropType.NUMBER:
            raise SpecError(f"a direction column says which way an amount went: map the amount's column "
                            f"to {path!r}", code="spec.direction_needs_amount", path=path)
        amount.pair, amount.marks = marks, True
        amount.column = f"{amount.column}/{spec.direction}"
        amount.memo = None
        if schema.edge:
            signed = path
    if spec.signed:
        if spec.signed not in {f.path for f in fields}:
            raise SpecError(f"the signed amount {spec.signed!r} is not a mapped property",
                            code="spec.signed_not_mapped", path=spec.signed)
        if not schema.edge:
            raise SpecError(f"a signed amount swaps the two sides of a link; {schema.name} has none",
                            code="spec.signed_without_sides", schema=schema.name)
    if signed and schema.edge:
        _one_side_only(schema, fields)
    known_paths = {f.path for f in fields}
    for key in spec.record_key:
        if key not in known_paths:
            raise SpecError(f"the record key {key!r} is not a mapped property", code="spec.record_key_not_mapped",
                            path=key)
    for req in spec.required:
        if req not in known_paths and req not in related:
            raise SpecError(f"the required property {req!r} is not mapped to a column",
                            code="spec.required_not_mapped", path=req)
    swaps = _swaps(schema)
    if signed:
        # a credit swaps the two sides: a link mapped on one side (beneficiary.name) is the
        # other side's on such a row, linked alike (a credit row stopped the import, KeyError)
        for head, link in list(related.items()):
            other = swaps.get(head)
            if other is not None and other not in related:
                related[other] = replace(link, prop=other)
    width = max((max(f.index, f.pair, f.time) for f in fields), default=-1) + 1
    return CompiledSpec(spec, schema, list(header), fields, related, swaps, width, signed, region)


# -- ready-made specifications -----------------------------------------------------------------
def call_record_spec(name: str, *, caller: str, receiver: str, date: str, duration: str = "",
                     record_id: str = "", date_formats: Sequence[str] = ("dd/mm/yyyy hh:mm:ss",),
                     tz: str = "", phone_region: str = "", **extra: Any) -> ImportSpec:
    """A call-detail record row → a Call between two numbers, linked to known subscribers."""
    cols = [ColumnMap(caller, "callerNumber"), ColumnMap(receiver, "receiverNumber"),
            ColumnMap(date, "date"), ColumnMap(caller, "caller.phone"),
            ColumnMap(receiver, "receiver.phone")]
    if duration:
        cols.append(ColumnMap(duration, "duration"))
    if record_id:
        cols.append(ColumnMap(record_id, "recordId"))
    return ImportSpec(name=name, schema="Call", columns=tuple(cols),
                      related=(Related("caller", "LegalEntity", create=False),
                               Related("receiver", "LegalEntity", create=False)),
                      required=("callerNumber", "receiverNumber", "date"),
                      date_formats=tuple(date_formats), tz=tz, phone_region=phone_region, **extra)


def bank_statement_spec(name: str, *, account_iban: str, counterparty_iban: str, amount: str,
                        date: str, purpose: str = "", reference: str = "", counterparty_name: str = "",
                        currency: str = "EUR", bank_name: str = "",
                        date_formats: Sequence[str] = ("dd/mm/yyyy",), decimal: str = ",",
                        tz: str = "", **extra: Any) -> ImportSpec:
    """A statement of one account: a signed amount row → a Payment between two BankAccounts.

    A negative amount is money out of ``account_iban`` (as mapped), a positive one money in.
    """
    cols = [ColumnMap(counterparty_iban, "beneficiaryAccount.iban"), ColumnMap(amount, "amount"),
            ColumnMap(date, "date")]
    if purpose:
        cols.append(ColumnMap(purpose, "purpose"))
    if reference:
        cols.append(ColumnMap(reference, "transactionNumber"))
    if counterparty_name:
        cols.append(ColumnMap(counterparty_name, "beneficiaryAccount.name"))
    constants = [("payerAccount.iban", account_iban), ("currency", currency)]
    if bank_name:
        constants.append(("payerAccount.bankName", bank_name))
    return ImportSpec(name=name, schema="Payment", columns=tuple(cols), constants=tuple(constants),
                      related=(Related("payerAccount", "BankAccount"),
                               Related("beneficiaryAccount", "BankAccount")),
                      required=("amount", "date", "beneficiaryAccount.iban"),
                      date_formats=tuple(date_formats), decimal=decimal, signed="amount", tz=tz,
                      **extra)
