"""Orders people expect when reading lists of names and paths."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[str | int, ...], str]:
    """Sort key reading runs of digits as numbers: f1, f2, f10, f100 (not f1, f10, f100, f2).

    Letters compare without regard to case; the text as written breaks ties, so the order is total.
    """
    parts = _DIGITS.split(text.casefold())
    # split() puts text at even positions and digits at odd ones: each position keeps one type
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), text
