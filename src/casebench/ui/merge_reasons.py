"""Why two entities may be one, in the window's language.

The import writes its reasons once, in English, into the review queue ("same passport
number X1234 (ES); name 'Usman Diallo' ~ 'Ousman Jallow' (0.86: Usman ~ Ousman (similar
spelling))"). Stored reasons stay as written; the window translates the phrases casebench
writes and leaves everything else as it is: names (quoted), numbers and identifiers are
case data. Unknown text passes through unchanged.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "merge reason"

# Fixed phrases written by casebench.exchange.merge, casebench.domain.names and the importer.
_PHRASES = (
    QT_TRANSLATE_NOOP("merge reason", "names only, a candidate to check (never merged automatically)"),
    QT_TRANSLATE_NOOP("merge reason", "same name apart from particles (da, de, do ...) or punctuation"),
    QT_TRANSLATE_NOOP("merge reason", "same name apart from accents or case"),
    QT_TRANSLATE_NOOP("merge reason", "same name, written surname first in one"),
    QT_TRANSLATE_NOOP("merge reason", "same surnames in different order"),
    QT_TRANSLATE_NOOP("merge reason", "same names in a different order"),
    QT_TRANSLATE_NOOP("merge reason", "a second surname, often dropped in Spain and Latin America"),
    QT_TRANSLATE_NOOP("merge reason",
                      "middle names or first surname; Portuguese and Brazilian usage keeps the last surname"),
    QT_TRANSLATE_NOOP("merge reason", "one of the names is empty"),
    QT_TRANSLATE_NOOP("merge reason", "no name in common"),
    QT_TRANSLATE_NOOP("merge reason", "same date of birth"),
    QT_TRANSLATE_NOOP("merge reason", "DIFFERENT date of birth"),
    QT_TRANSLATE_NOOP("merge reason", "same country"),
    QT_TRANSLATE_NOOP("merge reason", "different country"),
    QT_TRANSLATE_NOOP("merge reason", "similar spelling"),
    QT_TRANSLATE_NOOP("merge reason", "West African transliteration"),
    QT_TRANSLATE_NOOP("merge reason", "variant of the same given name"),
    QT_TRANSLATE_NOOP("merge reason", "initial"),
    QT_TRANSLATE_NOOP("merge reason", "same name"),
    QT_TRANSLATE_NOOP("merge reason", "same phone number"),
    QT_TRANSLATE_NOOP("merge reason", "same e-mail"),
    QT_TRANSLATE_NOOP("merge reason", "same IBAN"),
    QT_TRANSLATE_NOOP("merge reason", "same IMO number"),
    QT_TRANSLATE_NOOP("merge reason", "same MMSI"),
    QT_TRANSLATE_NOOP("merge reason", "same VIN"),
    QT_TRANSLATE_NOOP("merge reason", "same wallet address"),
    QT_TRANSLATE_NOOP("merge reason", "same BIC"),
    QT_TRANSLATE_NOOP("merge reason", "same passportNumber"),
    QT_TRANSLATE_NOOP("merge reason", "same idNumber"),
    QT_TRANSLATE_NOOP("merge reason", "same registrationNumber"),
    QT_TRANSLATE_NOOP("merge reason", "same taxNumber"),
    QT_TRANSLATE_NOOP("merge reason", "same number"),
    QT_TRANSLATE_NOOP("merge reason", "kept apart until you decide"),
    QT_TRANSLATE_NOOP("merge reason", "only in"),
    QT_TRANSLATE_NOOP("merge reason", "different:"),
    QT_TRANSLATE_NOOP("merge reason", "name"),
    QT_TRANSLATE_NOOP("merge reason", "same entity id"),
    QT_TRANSLATE_NOOP("merge reason", "sent by"),
    QT_TRANSLATE_NOOP("merge reason", "as by"),
    QT_TRANSLATE_NOOP("merge reason", "this case"),
)
# Quoted text (a name as written, Python's repr quoting) is case data: never touched.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
# Words that are also ordinary English only count where casebench puts them.
_ANCHORED = {"initial": r"(?<=\()initial(?=\))", "name": r"(?:^|(?<=; )|(?<=: ))name(?= \x00)",
             "only in": r"(?<= )only in(?= \x00)", "different:": r"(?:^|(?<=; )|(?<=: ))different:",
             "sent by": r"(?<= )sent by(?= )", "as by": r"(?<= )as by(?= )",
             "this case": r"(?<=as by )this case(?=:)", "same number": r"same number(?= )"}


@functools.cache
def _pattern() -> re.Pattern[str]:
    phrases = sorted((str(p) for p in _PHRASES), key=len, reverse=True)
    parts = [_ANCHORED.get(p, r"(?<![\w])" + re.escape(p) + r"(?![\w])") for p in phrases]
    return re.compile("|".join(f"({part})" for part in parts))


def _source_of(match: re.Match[str]) -> str:
    phrases = sorted((str(p) for p in _PHRASES), key=len, reverse=True)
    return phrases[(match.lastindex or 1) - 1]


def reason_label(reason: str) -> str:
    """``reason`` with casebench's own phrases in the window's language."""
    if not reason:
        return reason
    kept: list[str] = []

    def protect(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    text = _QUOTED.sub(protect, reason)
    text = _pattern().sub(lambda m: QCoreApplication.translate(CONTEXT, _source_of(m)), text)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text)
