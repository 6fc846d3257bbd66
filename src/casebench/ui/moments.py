"""Dates and times in the window's language, by the core's one rule (decision 66).

`domain.dates.worded` decides what a date shows — a list's cell reads every time whose
offset is stated in UTC ("2024-03-11 13:05 UTC"), a tooltip or detail the time as recorded
with its offset and in UTC ("2024-03-11 14:05 (UTC+01:00) = 13:05 UTC"), a time whose zone
was not stated says so — and takes its few words by message id. Here they are translated
through Qt (context "dates", the same English texts as `domain.dates.WORDS`: a test keeps the
two equal) and a date known to the month is worded by CLDR (`services.display.month_text`,
what the pack prints). Nothing is stored in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casebench.domain import dates
from casebench.services.display import month_text
from casebench.ui import i18n

__all__ = ["WORDS", "listed", "readable"]

WORDS: dict[str, str] = {
    "zoned": str(QT_TRANSLATE_NOOP("dates", "{local} ({zone}) = {utc} UTC")),
    "utc": str(QT_TRANSLATE_NOOP("dates", "{time} UTC")),
    "unzoned": str(QT_TRANSLATE_NOOP("dates", "{time} (time zone not stated)")),
    "unzoned_cell": str(QT_TRANSLATE_NOOP("dates", "{time} (no time zone)")),
    "approx": str(QT_TRANSLATE_NOOP("dates", "{date} (approx.)")),
}


def _word(key: str) -> str:
    return QCoreApplication.translate("dates", WORDS[key])


def _month(year: int, month: int) -> str:
    return month_text(year, month, i18n.current())


def readable(text: str) -> str:
    """A recorded date or time for a tooltip or a detail: as recorded, its zone, in UTC;
    text that is not a date as it is."""
    return dates.readable_moment(text, words=_word, month=_month)


def listed(text: str) -> str:
    """A recorded date or time for a list's or table's cell: a stated offset read in UTC;
    text that is not a date as it is."""
    return dates.listed_moment(text, words=_word, month=_month)
