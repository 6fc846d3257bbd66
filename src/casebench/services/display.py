"""How values read in the user's language where casebench shows them: the window uses the
rules the briefing pack prints with (one implementation, `reports.vocab`)."""

from __future__ import annotations

from decimal import Decimal

from casebench.reports import vocab

__all__ = ["number_text"]


def number_text(value: str | Decimal | int, lang: str) -> str:
    """``2300.50`` as ``2,300.50`` (en), ``2.300,50`` (es, pt), ``2 300,50`` (fr); decimals as
    recorded; text that is not a number unchanged."""
    return vocab.number(value, lang)
