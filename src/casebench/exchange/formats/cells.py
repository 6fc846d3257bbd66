"""Dates, times and durations as operators' and banks' files write them.

Month names and abbreviations in Spanish, Portuguese, French and English (``10-abr-2024``,
``3 de março de 2024``, ``12 févr. 2024``, ``Apr 10, 2024``); a date column joined with a
separate time column; Excel serial numbers in both date systems; ``h:mm:ss`` durations;
and local times that the time zone skips or repeats when the clocks change; identifiers
(IMEI, IMSI, ICCID, account numbers) that a spreadsheet kept as numbers.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from casebench.domain.dates import ascii_digits
from casebench.domain.errors import InvalidValue
from casebench.exchange.formats.tables import NumberCell

__all__ = ["EXACT_DIGITS", "clock_24", "combine_date_time", "dst_problem", "dst_warning", "duration_seconds",
           "exponent_form", "float_text_digits", "identifier_digits", "month_words", "serial_datetime",
           "trailing_clock_24"]

# Excel keeps 15 significant digits of a number: an identifier typed or pasted into a
# number cell (a 19-digit ICCID) has lost the rest, and its text shows zeros there.
EXACT_DIGITS = 15
# a number as Excel writes it to CSV when the column is too narrow or the number too long
# ("3.51234E+14", "8,93401E+18" in a comma-decimal locale)
_EXPONENT = re.compile(r"[0-9](?:[.,][0-9]+)?[eE]\+[0-9]{1,3}")


def identifier_digits(cell: NumberCell) -> str:
    """The digits of an identifier a spreadsheet holds as a number, when they are exact.

    A whole number of up to 15 digits is the identifier (``351234567890123``, never
    ``3.5e+14`` or ``…123.0``). More digits, or a fraction, mean Excel has already changed
    it: refused, never stored as a wrong identifier.
    """
    return _whole_digits(cell.number, str(cell))


# a long number as a program writes a float ("351234567890123.0"): a spreadsheet number
_FLOAT_TEXT = re.compile(r"([0-9]{10,})[.,]0+")


def float_text_digits(raw: str) -> str | None:
    """The digits of an identifier written as a float's text (``351234567890123.0``), read
    as the number cell it was (`identifier_digits`), or None for any other text.

    Read as it is, the text's ``.0`` became a last digit of the identifier's match key
    (``3512345678901230``) and a last digit of a phone number.
    """
    m = _FLOAT_TEXT.fullmatch(raw)
    return None if m is None else _whole_digits(Decimal(m.group(1)), raw)


def _whole_digits(number: Decimal, shown: str) -> str:
    if not number.is_finite() or number != number.to_integral_value():
        raise InvalidValue(f"{shown!r} is a number with a fraction, not an identifier; the spreadsheet "
                           "changed it (format the column as text in the file)",
                           code="identifier.not_whole_number", value=shown)
    digits = format(number.to_integral_value(), "f")
    if len(digits.lstrip("-")) > EXACT_DIGITS:
        raise InvalidValue(f"{digits!r} has {len(digits.lstrip('-'))} digits, but a spreadsheet number keeps only "
                           f"{EXACT_DIGITS}: the last digits are lost (ask for the file with the column as text)",
                           code="identifier.too_many_digits", value=digits, digits=len(digits.lstrip("-")))
    return digits


def exponent_form(raw: str) -> InvalidValue | None:
    """The refusal of an identifier or phone number written in exponent form, or None."""
    if "+" not in raw or not _EXPONENT.fullmatch(raw):
        return None
    return InvalidValue(f"{raw!r} is a number in exponent form: the spreadsheet that wrote it kept only its "
                        "first digits, so the identifier is lost (ask for the file with the column as text)",
                        code="identifier.exponent_form", value=raw)

_MONTHS: dict[str, int] = {}
for _number, _words in enumerate([
    "enero ene january jan janeiro janvier janv",
    "febrero feb february fevereiro fev fevrier fevr",
    "marzo mar march marco mars",
    "abril abr april apr avril avr",
    "mayo may maio mai",
    "junio jun june junho juin",
    "julio jul july julho juillet juil",
    "agosto ago august aug aout aou",
    "septiembre setiembre sep sept set september setembro septembre",
    "octubre oct october outubro out octobre",
    "noviembre nov november novembro novembre",
    "diciembre dic december dec dezembro dez decembre",
], start=1):
    for _word in _words.split():
        _MONTHS[_word] = _number

_WORD = re.compile(r"[^\W\d_]+\.?")
_DAY_FIRST = re.compile(r"(\d{1,2})[\s./-]*(?:de\s+)?#(\d\d)#\.?[\s./,-]*(?:de\s+)?(\d{2,4})\b")
_MONTH_FIRST = re.compile(r"#(\d\d)#\.?[\s./-]*(\d{1,2}),?[\s./-]+(\d{4})\b")


def _plain(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(c for c in folded if not unicodedata.combining(c))


def month_words(text: str) -> str:
    """``text`` with a month name turned into day/month/year digits, or unchanged.

    ``10-abr-2024`` → ``10/04/2024``; ``Apr 10, 2024 14:05`` → ``10/04/2024 14:05``.
    """
    found = False

    def swap(m: re.Match[str]) -> str:
        nonlocal found
        month = _MONTHS.get(_plain(m.group(0)))
        if month is None or found:
            return m.group(0)
        found = True
        return f"#{month:02d}#"

    marked = _WORD.sub(swap, text)
    if not found:
        return text
    out = _DAY_FIRST.sub(lambda m: f"{int(m.group(1)):02d}/{m.group(2)}/{m.group(3)}", marked, count=1)
    out = _MONTH_FIRST.sub(lambda m: f"{int(m.group(2)):02d}/{m.group(1)}/{m.group(3)}", out, count=1)
    return out.replace("#", "")


def serial_datetime(serial: Decimal, epoch: dt.date) -> dt.datetime:
    """An Excel serial number (days since the workbook's day 0, the fraction is the time)."""
    # NaN is no number (comparing it raised InvalidOperation and stopped the import), and a
    # number in the last half second of 9999 rounds to the year 10000 (OverflowError)
    if not serial.is_finite() or not 0 < serial < 2_958_466:  # up to 31 December 9999
        raise ValueError(f"{serial} is not a date (an Excel date number is 1 to 2958465)")
    seconds = int((serial * 86400).to_integral_value())
    try:
        return dt.datetime.combine(epoch, dt.time()) + dt.timedelta(seconds=seconds)
    except OverflowError:
        raise ValueError(f"{serial} is not a date (an Excel date number is 1 to 2958465)") from None


# A time of day on a 12-hour clock ("7:15 PM", "07:15:30 am", "7 p. m.") or written the
# French and Portuguese way ("19h15", "19h", "19 h 15 min"); ASCII digits (read after
# `ascii_digits`).
_TWELVE = r"(?P<h12>[0-9]{1,2})(?::(?P<m12>[0-9]{2})(?::(?P<s12>[0-9]{2}))?)?\s*(?P<half>[aApP])\.?\s?[mM]\.?"
_H_STYLE = r"(?P<hh>[0-9]{1,2})\s?[hH](?:\s?(?P<mh>[0-9]{2})(?:\s?(?:min|mn|m)\.?)?)?"
_CLOCK = re.compile(f"{_TWELVE}|{_H_STYLE}")
# the same clock after a date ("10/04/2024 7:15 PM", "10 avr. 2024 19h15")
_DATED_CLOCK = re.compile(f"(?P<day>.*[0-9a-zA-Z.])[ T,]+(?P<clock>(?:{_TWELVE}|{_H_STYLE}))")


def _no_time(text: str, why: str) -> InvalidValue:
    return InvalidValue(f"{text!r} is not a time of day: {why}", code="time.invalid", value=text)


def _clock_of(m: re.Match[str], text: str) -> str:
    if m.group("h12") is not None:
        hour, minute, second = int(m.group("h12")), m.group("m12") or "00", m.group("s12")
        pm = m.group("half") in "pP"
        # 12 AM is midnight and 12 PM noon; 0 AM (some systems write 00:15 AM) is midnight
        # too, but 0 PM or 13 PM is no time on a 12-hour clock
        if not (1 <= hour <= 12 or (hour == 0 and not pm)):
            raise _no_time(text, "a 12-hour clock runs from 1 to 12 (AM and PM)")
        hour = hour % 12 + (12 if pm else 0)
    else:
        hour, minute, second = int(m.group("hh")), m.group("mh") or "00", None
        if hour > 23:
            raise _no_time(text, "hours run from 0 to 23")
    if int(minute) > 59 or (second is not None and int(second) > 59):
        raise _no_time(text, "minutes and seconds run from 00 to 59")
    return f"{hour:02d}:{minute}" + (f":{second}" if second is not None else "")


def clock_24(text: str) -> str | None:
    """A time of day written on a 12-hour clock (``7:15 PM``, ``07:15:30 am``, ``7 p. m.``:
    12 AM is 00, 12 PM is 12) or the French and Portuguese way (``19h15``, ``19h``) as the
    24-hour ``HH:MM`` or ``HH:MM:SS``; None when it is not written so.

    One written so that is no time (``13 PM``, ``25h``, ``7:75 PM``) is refused
    (``time.invalid``), never read as another time.
    """
    m = _CLOCK.fullmatch(ascii_digits(text.strip()))
    return None if m is None else _clock_of(m, text.strip())


def trailing_clock_24(text: str) -> str:
    """``text`` with a 12-hour or ``19h15`` time after its date written as 24-hour
    (``10/04/2024 7:15 PM`` → ``10/04/2024 19:15``), or unchanged."""
    if not text or (text[-1] not in "mM." and "h" not in text and "H" not in text):
        return text  # a cheap test first: most dates have neither
    m = _DATED_CLOCK.fullmatch(text)
    if m is None:
        return text
    clock = _CLOCK.fullmatch(m.group("clock"))
    assert clock is not None
    return f"{m.group('day')} {_clock_of(clock, m.group('clock'))}"


def _time_text(cell: str) -> str:
    if isinstance(cell, NumberCell) and cell.number >= 0:
        # a time cell's date is not read: a fraction of a day, or a whole moment's serial
        seconds = int((cell.number % 1 * 86400).to_integral_value())
        if seconds >= 86400:  # 23:59:59.6 and later rounds to the next midnight
            seconds = 0
        return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    text = cell.strip()
    m = re.fullmatch(r"(\d{1,2}):(\d\d)(:\d\d)?", text)
    if m:
        return f"{int(m.group(1)):02d}:{m.group(2)}{m.group(3) or ''}"
    return clock_24(text) or text


_MOMENT = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)")


def _seconds(clock: str) -> str:
    return clock if len(clock) > 5 else clock + ":00"


def _serial_day(number: Decimal, epoch: dt.date) -> str:
    """A serial date as ``yyyy-mm-dd``, with its own time (``Thh:mm:ss``) when it has one."""
    when = serial_datetime(number, epoch)  # rounded to the second, as Excel shows it
    return when.date().isoformat() if when.time() == dt.time() else when.isoformat()


def combine_date_time(date_cell: str, time_cell: str, serial: dt.date | None = None) -> str:
    """A date column and a time column as one cell text (ISO when the date is ISO).

    A spreadsheet often keeps the whole moment in both cells, shown once as a date and once
    as a time: a time cell's date is not read, and a date cell's own time is the time when
    it is the time cell's (refused when it is another: which one is meant is not known).
    That holds for serial numbers too: a number cell's, and a text serial's when the date
    column is read as Excel serials (``serial``, the date system's day 0).
    """
    if isinstance(date_cell, NumberCell):
        day = _serial_day(date_cell.number, date_cell.epoch)
    else:
        day = ascii_digits(date_cell.strip())  # as every date reader reads digits
        number = _text_serial(day) if serial is not None else None
        if number is not None and serial is not None:
            day = _serial_day(number, serial)
        elif re.fullmatch(r"\d{4}-\d\d-\d\dT00:00(:00)?", day):
            day = day[:10]
        else:
            day = _text_own_time(day, time_cell)
    clock = ascii_digits(_time_text(time_cell))
    whole = _MOMENT.fullmatch(clock)
    if whole:
        clock = whole.group(2)
    if not clock:
        return day
    own = _MOMENT.fullmatch(day)
    if own:
        if _seconds(own.group(2)) != _seconds(clock):
            raise InvalidValue(f"the date {day} has a time of its own, not the time column's {clock}; "
                               "map the date column alone or make the times agree",
                               code="date.time_disagrees", date=own.group(1), own=own.group(2), time=clock)
        return f"{own.group(1)}T{clock}"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", day) and re.fullmatch(r"\d\d:\d\d(:\d\d)?", clock):
        return f"{day}T{clock}"
    return f"{day} {clock}"


_TRAILING_TIME = re.compile(r"(.*[0-9a-zA-Z.])[ T]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")


def _text_own_time(day: str, time_cell: str) -> str:
    """A text date with a time of its own (``08/01/2024 00:00:00``, as database exports
    write a date column): midnight is no time, another time must be the time column's."""
    m = _TRAILING_TIME.fullmatch(day)
    if m is None or not time_cell.strip():
        return day
    own = f"{int(m.group(2)):02d}:{m.group(3)}:{m.group(4) or '00'}"
    if own == "00:00:00":
        return m.group(1)
    clock = _MOMENT.fullmatch(ascii_digits(_time_text(time_cell)))
    theirs = _seconds(clock.group(2) if clock else ascii_digits(_time_text(time_cell)))
    if theirs != own:
        raise InvalidValue(f"the date {day} has a time of its own, not the time column's {theirs}; "
                           "map the date column alone or make the times agree",
                           code="date.time_disagrees", date=m.group(1), own=own, time=theirs)
    return m.group(1)


def _text_serial(text: str) -> Decimal | None:
    """A serial number written as text (``45123``, ``45123.54``, ``45123,54``), or None."""
    if not re.fullmatch(r"[0-9]{1,7}(?:[.,][0-9]+)?", text):
        return None
    return Decimal(text.replace(",", "."))


def duration_seconds(text: str) -> str | None:
    """``h:mm:ss`` (``0:03:31``, ``12:00:05``) as seconds, or None when not written so."""
    m = re.fullmatch(r"(\d+):([0-5]\d):([0-5]\d)(?:[.,](\d+))?", text.strip())
    if not m:
        return None
    seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3))
    return f"{seconds}.{m.group(4)}" if m.group(4) else str(seconds)


def dst_problem(naive: dt.datetime, tz: dt.tzinfo) -> str:
    """Why a local time is not one instant in ``tz``: skipped or repeated, or ""."""
    first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    back = first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    name = getattr(tz, "key", str(tz))
    when = naive.strftime("%Y-%m-%d %H:%M")
    if back != naive:
        return (f"{when} does not exist in {name} (the clocks went forward); "
                "read with the offset before the change")
    return (f"{when} occurs twice in {name} (the clocks went back); read as the first, "
            "the earlier instant")


_DST = re.compile(r"(.+) (does not exist|occurs twice) in (.+?) \(the clocks went")


def dst_warning(problem: str) -> InvalidValue:
    """A `dst_problem` as a coded warning, for the window's words."""
    m = _DST.match(problem)
    if m is None:
        return InvalidValue(problem)
    return InvalidValue(problem, code="date.clock_skipped" if m.group(2) == "does not exist" else "date.clock_repeated",
                        when=m.group(1), zone=m.group(3))
