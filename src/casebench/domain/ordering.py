"""Orders people expect when reading lists of names and paths."""

from __future__ import annotations

import re

from casebench.domain.names import fold

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[str | int, ...], str]:
    """Sort key reading runs of digits as numbers: f1, f2, f10, f100 (not f1, f10, f100, f2).

    Letters compare without regard to case; the text as written breaks ties, so the order is total.
    """
    parts = _DIGITS.split(text.casefold())
    # split() puts text at even positions and digits at odd ones: each position keeps one type
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), text


def name_key(name: str) -> tuple[str, str, str]:
    """Sort key for names shown to a reader (people, organisations, places, kinds): "João"
    before "José", "álvaro" and "Émile" among the A's and E's, not after "Z" as code points
    put them.

    First the name folded as casebench finds names (``domain.names.fold``: case, accents,
    ø/æ/ß/ł, apostrophes and other punctuation set aside), so a list reads in the order the
    entity list's filter matches; then the name case-folded, then as written: the order is
    total, and the same for any order the names came in.
    """
    return fold(name), name.casefold(), name
