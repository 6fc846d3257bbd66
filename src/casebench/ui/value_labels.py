"""Values casebench writes itself, and country names, shown in the window's language.

Stored values never change: "seize", "physical", "male" stay as written in the case and
in bundles; only what the window shows is translated. A value that is not in these lists
is case data and is shown exactly as it is. The lists are Qt translation sources (one
context per kind of value, so a translator can make adjectives agree), read by lupdate.

Country names come from the Unicode CLDR through babel (maintained upstream, every ISO
code, European Portuguese as pt_PT) in the language the window is in, not from a hand list.
"""

from __future__ import annotations

import functools
import unicodedata

from babel import Locale
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, Qt

from casebench.domain.countries import ISO_ALPHA2, country_name
from casebench.ui import i18n

CUSTODY_EVENT = "custody event"
EXHIBIT_TYPE = "exhibit type"
DATA_SUBJECT = "data subject"
GENDER = "gender"
STATUS = "status"
REQUEST_TYPE = "request type"
ACTION_TYPE = "action type"
DOCUMENT_TYPE = "document type"

_KNOWN: dict[str, tuple[object, ...]] = {  # QT_TRANSLATE_NOOP gives its text back
    CUSTODY_EVENT: (
        QT_TRANSLATE_NOOP("custody event", "seize"),
        QT_TRANSLATE_NOOP("custody event", "seal"),
        QT_TRANSLATE_NOOP("custody event", "transfer"),
        QT_TRANSLATE_NOOP("custody event", "check-out"),
        QT_TRANSLATE_NOOP("custody event", "check-in"),
        QT_TRANSLATE_NOOP("custody event", "examine"),
        QT_TRANSLATE_NOOP("custody event", "image"),
        QT_TRANSLATE_NOOP("custody event", "reseal"),
        QT_TRANSLATE_NOOP("custody event", "return"),
        QT_TRANSLATE_NOOP("custody event", "destroy"),
        QT_TRANSLATE_NOOP("custody event", "export"),
        QT_TRANSLATE_NOOP("custody event", "import"),
    ),
    EXHIBIT_TYPE: (
        QT_TRANSLATE_NOOP("exhibit type", "physical"),
        QT_TRANSLATE_NOOP("exhibit type", "device"),
        QT_TRANSLATE_NOOP("exhibit type", "storage-media"),
        QT_TRANSLATE_NOOP("exhibit type", "forensic-image"),
        QT_TRANSLATE_NOOP("exhibit type", "document"),
        QT_TRANSLATE_NOOP("exhibit type", "photo"),
        QT_TRANSLATE_NOOP("exhibit type", "video"),
        QT_TRANSLATE_NOOP("exhibit type", "audio"),
        QT_TRANSLATE_NOOP("exhibit type", "data"),
        QT_TRANSLATE_NOOP("exhibit type", "other"),
    ),
    DATA_SUBJECT: (
        QT_TRANSLATE_NOOP("data subject", "suspect"),
        QT_TRANSLATE_NOOP("data subject", "convicted"),
        QT_TRANSLATE_NOOP("data subject", "victim"),
        QT_TRANSLATE_NOOP("data subject", "witness"),
        QT_TRANSLATE_NOOP("data subject", "other"),
    ),
    GENDER: (
        QT_TRANSLATE_NOOP("gender", "male"),
        QT_TRANSLATE_NOOP("gender", "female"),
        QT_TRANSLATE_NOOP("gender", "other"),
    ),
    STATUS: (
        QT_TRANSLATE_NOOP("status", "open"),
        QT_TRANSLATE_NOOP("status", "in progress"),
        QT_TRANSLATE_NOOP("status", "done"),
        QT_TRANSLATE_NOOP("status", "closed"),
        QT_TRANSLATE_NOOP("status", "cancelled"),
        QT_TRANSLATE_NOOP("status", "withdrawn"),
        QT_TRANSLATE_NOOP("status", "pending"),
        QT_TRANSLATE_NOOP("status", "sent"),
        QT_TRANSLATE_NOOP("status", "answered"),
        QT_TRANSLATE_NOOP("status", "executed"),
        QT_TRANSLATE_NOOP("status", "signed"),
        QT_TRANSLATE_NOOP("status", "refused"),
        QT_TRANSLATE_NOOP("status", "rejected"),
    ),
    REQUEST_TYPE: (
        QT_TRANSLATE_NOOP("request type", "MLA"),
        QT_TRANSLATE_NOOP("request type", "JIT"),
        QT_TRANSLATE_NOOP("request type", "EIO"),
        QT_TRANSLATE_NOOP("request type", "police"),
        QT_TRANSLATE_NOOP("request type", "rogatory"),
        QT_TRANSLATE_NOOP("request type", "INTERPOL"),
        QT_TRANSLATE_NOOP("request type", "Europol"),
        QT_TRANSLATE_NOOP("request type", "other"),
    ),
    ACTION_TYPE: (
        QT_TRANSLATE_NOOP("action type", "action"),
        QT_TRANSLATE_NOOP("action type", "decision"),
    ),
    DOCUMENT_TYPE: (
        QT_TRANSLATE_NOOP("document type", "passport"),
        QT_TRANSLATE_NOOP("document type", "national id"),
        QT_TRANSLATE_NOOP("document type", "id card"),
        QT_TRANSLATE_NOOP("document type", "driving licence"),
        QT_TRANSLATE_NOOP("document type", "residence permit"),
    ),
}
# Lower-case stored value → the source text as listed (MLA, INTERPOL keep their case).
_INDEX: dict[str, dict[str, str]] = {kind: {str(v).lower(): str(v) for v in values}
                                     for kind, values in _KNOWN.items()}

# Which property holds which kind of value (the entity editor's Value column).
PROP_KINDS: dict[str, str] = {
    "gender": GENDER,
    "status": STATUS,
    "requestType": REQUEST_TYPE,
    "actionType": ACTION_TYPE,
    "dataSubject": DATA_SUBJECT,
    "type": DOCUMENT_TYPE,  # identity documents; other things' types are free text, not listed
}


def known_values(kind: str) -> tuple[str, ...]:
    return tuple(str(v) for v in _KNOWN.get(kind, ()))


def value_label(kind: str, value: str) -> str:
    """``value`` as the window shows it: translated when casebench wrote it, else as is.

    Matched without regard to case or surrounding spaces; a capitalised stored value
    stays capitalised ("Seize" → "Incautación").
    """
    source = _INDEX.get(kind, {}).get(value.strip().lower()) if value else None
    if source is None:
        return value
    out = QCoreApplication.translate(kind, source)
    if value.strip()[:1].isupper() and source[:1].islower():
        out = out[:1].upper() + out[1:]
    return out


def prop_value_label(prop: str, value: str) -> str:
    """A statement's value for the editor: translated if the property holds listed words."""
    kind = PROP_KINDS.get(prop)
    return value_label(kind, value) if kind else value


_CLDR_LOCALE = {"en": "en", "es": "es", "pt": "pt_PT", "fr": "fr"}


@functools.cache
def _territories(lang: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in Locale.parse(_CLDR_LOCALE.get(lang, "en")).territories.items()}


def country_label(code: str, lang: str | None = None) -> str:
    """The country's name in the window's language (CLDR); an unknown code as its code."""
    key = code.strip()
    if not key:
        return ""
    name = _territories(lang or i18n.current()).get(key.upper()) if len(key) == 2 else None
    return name or country_name(key)


def _sort_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def country_choices(lang: str | None = None) -> list[tuple[str, str]]:
    """Every ISO 3166 code (lower case) with its name in the window's language, by name."""
    rows = [(code, country_label(code, lang)) for code in ISO_ALPHA2]
    return sorted(rows, key=lambda r: _sort_key(r[1]))


def refresh_texts(*models: QAbstractItemModel) -> None:
    """After a language switch: views re-read every cell and header (values, verbs, labels)."""
    for model in models:
        rows, cols = model.rowCount(), model.columnCount()
        if rows and cols:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))
        if cols:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, cols - 1)
