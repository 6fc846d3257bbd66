"""The words casebench itself prints in a pack, in the reader's language.

Entity types, relationship verbs, property labels, custody events, statuses and
document types are data, not code: ``casebench/resources/vocab/*.tsv`` (one row per
word, columns es, pt, fr; English is the schema's own wording). A translator edits a
table, not Python. Country names come from the Unicode CLDR through ``babel``
(maintained upstream, every ISO code, European Portuguese as ``pt_PT``); numbers are
formatted here with the separators each language's readers expect.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton

from casebench.domain.captions import relabel
from casebench.domain.countries import country_name
from casebench.domain.schema import SCHEMATA

VOCAB_DIR = Path(__file__).resolve().parent.parent / "resources" / "vocab"
_COLUMNS = ("es", "pt", "fr")
_CLDR_LOCALE = {"en": "en", "es": "es", "pt": "pt_PT", "fr": "fr"}
# Thousands and decimal separators: es/pt "1.340,5", fr "1 340,5" (narrow no-break space).
_SEPARATORS = {"en": (",", "."), "es": (".", ","), "pt": (".", ","), "fr": ("\u202f", ",")}


@functools.cache
def _table(name: str) -> dict[str, dict[str, str]]:
    """``{key: {lang: text}}`` from one TSV file; lines starting with # are comments."""
    out: dict[str, dict[str, str]] = {}
    for line in (VOCAB_DIR / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        key_cells = len(cells) - len(_COLUMNS)
        key = "\t".join(cells[:key_cells])
        if key in out:
            raise ValueError(f"{name}.tsv: {key!r} is listed twice")
        out[key] = dict(zip(_COLUMNS, cells[key_cells:], strict=True))
    return out


def _get(table: str, key: str, lang: str, default: str) -> str:
    if lang == "en":
        return default
    row = _table(table).get(key)
    return row[lang] if row is not None and lang in row else default


def schema_label(lang: str, schema: str, english: str) -> str:
    """"Call" → "Llamada"; ``english`` (the schema's own label) when not listed."""
    return _get("schemas", f"{schema}\tlabel", lang, english)


def schema_plural(lang: str, schema: str, english: str) -> str:
    return _get("schemas", f"{schema}\tplural", lang, english)


def edge_label(lang: str, schema: str, english: str) -> str:
    """The verb between a relationship's ends: "called" → "llamó a"."""
    return _get("schemas", f"{schema}\tedge", lang, english)


def prop_label(lang: str, prop: str, english: str) -> str:
    return _get("properties", prop, lang, english)


def link_label(lang: str, kind: str, english: str) -> str:
    """A link's label on a chart: a relationship's verb ("called" → "llamó a"), a reference
    or identifier link's property label ("holder" → "titular"); anything else as it is."""
    schema = SCHEMATA.get(kind)
    if schema is not None and schema.edge is not None:
        return edge_label(lang, kind, english)
    prop = _property_named().get(english)
    return prop_label(lang, prop, english).lower() if prop is not None else english


@functools.cache
def _property_named() -> dict[str, str]:
    """A property's label in lower case (as a reference link is labelled) → its name."""
    return {p.label.lower(): p.name for sch in SCHEMATA.values() for p in sch.properties.values()}


def caption(lang: str, schema: str, text: str) -> str:
    """A relationship's stored caption in ``lang``: the same ends joined by the verb of this
    table ("Ana Gomes paid Carla Mendes" → "Ana Gomes pagó a Carla Mendes"), a caption that is
    the kind's label alone ("Payment") as the kind's label here ("Pago"). The caller knows the
    caption was composed (`store.entities.typed_captions` lists the ones typed as a role):
    other text is case data. Names stay as recorded; English is the caption as stored."""
    found = SCHEMATA.get(schema)
    if lang == "en" or found is None or found.edge is None or not text:
        return text
    if text == found.label:
        return schema_label(lang, schema, text)
    verb = edge_label(lang, schema, found.edge_label)
    return relabel(found, text, verb) if verb else text


def word(lang: str, value: str) -> str:
    """A value casebench writes itself (custody event, status, document type, unit).

    Matched without regard to case; a capitalised value stays capitalised. Any other
    text is case data and is returned as it is.
    """
    if lang == "en" or not value:
        return value
    row = _table("terms").get(value.strip().lower())
    if row is None:
        return value
    out = row[lang]
    return out[:1].upper() + out[1:] if value[:1].isupper() else out


def country(code: str, lang: str) -> str:
    """The country's name in ``lang`` (CLDR); an unknown code prints as the code."""
    key = code.strip()
    if not key:
        return ""
    names = _territories(lang)
    name = names.get(key.upper()) if len(key) == 2 else None
    if name:
        return name
    english = country_name(key)
    return english


@functools.cache
def _territories(lang: str) -> dict[str, str]:
    return dict(Locale.parse(_CLDR_LOCALE.get(lang, "en")).territories)


def _cldr(lang: str) -> Locale:
    try:
        return Locale.parse(_CLDR_LOCALE.get(lang, lang))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def month(year: int, month: int, lang: str) -> str:
    """A date known to the month in ``lang``, by the Unicode CLDR's year-and-month pattern
    (babel): "August 2023" (en), "agosto de 2023" (es, pt), "août 2023" (fr). The one
    implementation: the pack prints it, the window shows it (`services.display.month_text`)."""
    return str(format_skeleton("yMMMM", date(year, month, 1), locale=_cldr(lang)))


def day(year: int, month: int, day: int, lang: str) -> str:
    """A day in words in ``lang``, by the CLDR's long date pattern: "7 August 2023" (en), "7 de
    agosto de 2023" (es, pt), "7 août 2023" (fr) — a day and a month written alike (07/08)
    cannot be taken for each other (`services.display.day_text`)."""
    return str(format_skeleton("yMMMMd", date(year, month, day), locale=_cldr(lang)))


def number(value: str | Decimal | int, lang: str) -> str:
    """``1340`` → ``1,340`` (en), ``1.340`` (es, pt), ``1 340`` (fr); text that is not a
    number is returned unchanged. Decimals are kept as recorded, never rounded."""
    try:
        d = Decimal(str(value).strip())
    except InvalidOperation:
        return str(value)
    if not d.is_finite():
        return str(value)
    group, point = _SEPARATORS.get(lang, _SEPARATORS["en"])
    plain = f"{d:,f}" if d != d.to_integral_value() else f"{d:,.0f}"
    return plain.replace(",", "\x00").replace(".", point).replace("\x00", group)
