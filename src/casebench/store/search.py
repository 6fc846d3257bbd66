"""Full-text search over statements (FTS5 inside the encrypted database).

The index folds accents (unicode61 remove_diacritics 2), so "Joao" finds "João";
every word of the query is a prefix; results are ranked by how much of a
value the query covers, names first, and grouped by entity, with a snippet of the best-matching value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.domain.handling import TLP
from casebench.store.entities import canonical_resolver

if TYPE_CHECKING:
    from casebench.store.case import Case

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    entity_id: str
    schema: str
    caption: str
    prop: str
    snippet: str
    score: float
    tlp: TLP


def _fold(text: str) -> str:
    """Case- and accent-folded, as the index's unicode61 tokenizer folds."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def snippet(value: str, words: list[str], width: int = 12) -> str:
    """The value with the matching words in [brackets], cut to about `width` words.

    Made here rather than with FTS5's snippet(): that one re-runs the whole query for
    each hit, which cost more than the search itself on big cases.
    """
    tokens = re.split(r"(\w+)", value)
    marked: list[str] = []
    first = -1
    for tok in tokens:
        if tok and _WORD.fullmatch(tok) and any(_fold(tok).startswith(w) for w in words):
            if first < 0:
                first = len([t for t in marked if _WORD.fullmatch(t)])
            marked.append(f"[{tok}]")
        else:
            marked.append(tok)
    text = "".join(marked)
    word_spans = list(re.finditer(r"\[?\w+\]?", text))
    if len(word_spans) <= width:
        return text
    lo = max(0, (first if first >= 0 else 0) - width // 3)
    hi = min(len(word_spans), lo + width)
    start, end = word_spans[lo].start(), word_spans[hi - 1].end()
    return ("…" if lo else "") + text[start:end] + ("…" if hi < len(word_spans) else "")


def _rank_newest(conn: Any, table: str, query: str, words: list[str], cap: int, is_name: bool,
                 offer: Callable[[str, bool, float, int, str], None]) -> None:
    """Offer the newest `cap` live matches of `table`, scored by query coverage."""
    seqs = [r[0] for r in conn.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?", (query, cap))]
    if not seqs:
        return
    marks = ",".join("?" * len(seqs))
    for seq, eid, prop, value in conn.execute(
            f"SELECT seq, entity_id, prop, value FROM statements WHERE seq IN ({marks}) AND retracted = 0",
            seqs):
        offer(eid, is_name, _coverage_score(value, words), seq, prop)


def _coverage_score(value: str, words: list[str]) -> float:
    """Lower is better, like bm25: more matching words in a shorter value rank first."""
    tokens = [_fold(t) for t in _WORD.findall(value)] or [""]
    hits = sum(1 for t in tokens if any(t.startswith(w) for w in words))
    return -hits / (len(tokens) ** 0.5)


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word a quoted prefix."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


# Rank at most this many matches, the newest first: a word found in a hundred thousand
# names or notes cannot be ranked in full within a keystroke. A longer query narrows them.
TEXT_CANDIDATES = 200
NAME_CANDIDATES = 400


def search(case: Case, text: str, *, limit: int = 50, schema: str | None = None) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    conn = case.conn
    canonical = canonical_resolver(case)

    # best[entity] = (is_name, score, statement seq, property); lower score is better
    best: dict[str, tuple[bool, float, int, str]] = {}

    def offer(eid: str, is_name: bool, score: float, seq: int, prop: str) -> None:
        cid = canonical(eid)
        cur = best.get(cid)
        if cur is None or (is_name, -score) > (cur[0], -cur[1]):
            best[cid] = (is_name, score, seq, prop)

    # 1. Names, searched first in their own (smaller) index.
    words = [_fold(w) for w in _WORD.findall(text)]
    _rank_newest(conn, "names_fts", query, words, NAME_CANDIDATES, True, offer)
    # 2. Every other value: the newest TEXT_CANDIDATES matches, ranked here by how much of
    # the value the query covers. Not bm25: FTS5 computes its statistics over every match
    # of every term, which for a common word in a million notes costs a tenth of a second.
    if len(best) < limit or schema:
        _rank_newest(conn, "statements_fts", query, words, TEXT_CANDIDATES, False, offer)
    if not best:
        return []
    ids = list(best)
    marks = ",".join("?" * len(ids))
    info = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        f"SELECT id, schema, caption, tlp FROM entities WHERE id IN ({marks})", ids)}
    ranked = sorted((cid for cid in ids if cid in info and (not schema or info[cid][0] == schema)),
                    key=lambda c: ((not best[c][0]), best[c][1], info[c][1]))[:limit]
    seqs = [best[c][2] for c in ranked]
    snippets: dict[int, str] = {}
    if seqs:
        marks = ",".join("?" * len(seqs))
        for seq, value in conn.execute(f"SELECT seq, value FROM statements WHERE seq IN ({marks})", seqs):
            snippets[seq] = snippet(value, words)
    hits = []
    for cid in ranked:
        is_name, score, seq, prop = best[cid]
        sch, caption, tlp = info[cid]
        # names above every other value; within each, bm25 (negated: higher is better)
        hits.append(SearchHit(cid, sch, caption, prop, snippets.get(seq, ""),
                              -score + (1000.0 if is_name else 0.0), TLP(tlp)))
    return hits
