"""What a file's rows are, guessed from its column headers: a bank statement names amounts,
debits and balances; a call-detail record callers, durations and cells. The words are data
(``resources/vocab/header_words.tsv``)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from casebench.domain.names import fold

__all__ = ["likely_schema"]

_WORDS = Path(__file__).resolve().parent.parent.parent / "resources" / "vocab" / "header_words.tsv"


@functools.cache
def _vocabulary() -> dict[str, str]:
    """Folded word → the schema it says."""
    out: dict[str, str] = {}
    for line in _WORDS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            schema, word = line.split("\t")
            out[fold(word)] = schema
    return out


def likely_schema(header: Sequence[str]) -> str | None:
    """The schema most of ``header``'s columns name (two at least, and more than any other),
    else None: the user chooses."""
    words = _vocabulary()
    named: Counter[str] = Counter()
    for column in header:
        kinds = {words[w] for w in re.split(r"[^0-9a-z]+", fold(str(column))) if w in words}
        named.update(kinds)
    best = named.most_common(2)
    if not best or best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    return best[0][0]
