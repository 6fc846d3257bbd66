"""How values read in the user's language where casebench shows them: the window uses the
rules the briefing pack prints with (one implementation, `reports.vocab`)."""

from __future__ import annotations

from collections.abc import Set
from decimal import Decimal

from casebench.domain.drawing import Chart
from casebench.reports import vocab
from casebench.reports.chart_sheet import localised
from casebench.store import entities as repo
from casebench.store.case import Case

__all__ = ["caption_text", "chart_labels", "day_text", "link_label", "month_text", "number_text",
           "typed_captions"]


def number_text(value: str | Decimal | int, lang: str) -> str:
    """``2300.50`` as ``2,300.50`` (en), ``2.300,50`` (es, pt), ``2 300,50`` (fr); decimals as
    recorded; text that is not a number unchanged."""
    return vocab.number(value, lang)


def month_text(year: int, month: int, lang: str) -> str:
    """A date known to the month in ``lang``, by the Unicode CLDR's year-and-month pattern
    (through babel: `reports.vocab.month`, what the pack prints): "August 2023" (en), "agosto de 2023"
    (es, pt), "août 2023" (fr)."""
    return vocab.month(year, month, lang)


def day_text(year: int, month: int, day: int, lang: str) -> str:
    """A day in words in ``lang`` (`reports.vocab.day`): "7 August 2023" (en), "7 de agosto de
    2023" (es, pt), "7 août 2023" (fr)."""
    return vocab.day(year, month, day, lang)


def caption_text(schema: str, caption: str, lang: str, *, entity_id: str = "",
                 typed: Set[str] = frozenset()) -> str:
    """An entity's stored caption as a reader in ``lang`` sees it: a relationship's
    composed caption with the pack's verb ("Ana Gomes pagó a Carla Mendes"), the same rule
    and table as the pack (`reports.vocab.caption`). A relationship in ``typed`` (its caption
    is a role or relationship as typed, `typed_captions`) and every other entity's caption
    are case data, shown as written. The stored caption never changes (search key, exports)."""
    if not caption or entity_id in typed:
        return caption
    return vocab.caption(lang, schema, caption)


def typed_captions(case: Case) -> frozenset[str]:
    """The relationships (and ids merged into them) whose caption is a value as typed."""
    return repo.typed_captions(case)


def link_label(kind: str, label: str, lang: str) -> str:
    """A chart link's label in ``lang``, as a printed chart has it (`reports.vocab.link_label`)."""
    return vocab.link_label(lang, kind, label)


def chart_labels(chart: Chart, lang: str) -> Chart:
    """A chart drawing with its link labels in ``lang``, as a printed chart has them
    (`reports.chart_sheet.localised`); the screen draws it, exports take the chart as made."""
    return localised(chart, lang)
