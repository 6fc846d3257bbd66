"""Full-text search over statements (FTS5 inside the encrypted database).

Names have their own index written in casebench's one folding (`domain.names.fold`,
migration 10), so "Joao" finds "João", "soren" finds "Søren" and the entity-list filter
finds the same; every other value is in an index that folds accents and case by SQLite's
unicode61 rule. Every word of the query is a prefix (a number of fewer than five digits is
matched whole, see `store.entities.fts_term`). A query that reads as a phone number
is read the way values are (E.164 with the case's country) and also finds numbers ending
with its last seven or more digits. Results are ranked phone numbers first, then names,
then by how much of a value the query covers, grouped by entity, with a snippet of the
best-matching value, and counted in full (up to COUNT_CAP statements per index).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.domain.handling import TLP
from casebench.domain.names import fold
from casebench.domain.phones import PhoneQuery, phone_query
from casebench.store.entities import canonical_resolver, fts_term, name_query

if TYPE_CHECKING:
    from casebench.store.case import Case

_WORD = re.compile(r"\w+", re.UNICODE)

# Ranking and snippets fold every word of hundreds of values per keystroke; names and
# note words repeat, so single words are folded once (the same `fold`, remembered).
_fold_word = functools.lru_cache(maxsize=65536)(fold)


@dataclass(frozen=True)
class SearchHit:
    entity_id: str
    schema: str
    caption: str
    prop: str
    snippet: str
    score: float
    tlp: TLP


def snippet(value: str, words: list[str], width: int = 12) -> str:
    """The value with the matching words in [brackets], cut to about `width` words.

    Made here rather than with FTS5's snippet(): that one re-runs the whole query for
    each hit, which cost more than the search itself on big cases.
    """
    tokens = re.split(r"(\w+)", value)
    marked: list[str] = []
    first = -1
    for tok in tokens:
        if tok and _WORD.fullmatch(tok) and any(_fold_word(tok).startswith(w) for w in words):
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


def _matches(conn: Any, table: str, query: str, count_cap: int) -> tuple[list[tuple[int, str, str, str]], bool]:
    """The newest `count_cap` live statements matching `query` in `table`, newest first,
    and whether there were more than that."""
    rows = conn.execute(
        f"SELECT seq, entity_id, prop, value FROM statements WHERE seq IN"
        f" (SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?)"
        " AND retracted = 0 ORDER BY seq DESC", (query, count_cap + 1)).fetchall()
    return rows[:count_cap], len(rows) > count_cap


def _phone_matches(conn: Any, phone: PhoneQuery, count_cap: int) -> tuple[list[tuple[int, str, str, str]], bool]:
    """Phone values equal to the number typed or ending with its digits (7 or more).

    The ending is looked up in the index of the last seven digits (migration 10), then
    checked in full, so a million-statement case is not read value by value.
    """
    rows: dict[int, tuple[int, str, str, str]] = {}
    if phone.e164:
        for r in conn.execute("SELECT seq, entity_id, prop, value FROM statements"
                              " WHERE match_key = ? AND retracted = 0 LIMIT ?",
                              ("phone:" + phone.e164, count_cap + 1)):
            rows[r[0]] = r
    for r in conn.execute("SELECT seq, entity_id, prop, value FROM statements"
                          " WHERE substr(match_key, -7) = ? AND substr(match_key, 1, 6) = 'phone:'"
                          " AND match_key LIKE ? AND retracted = 0 LIMIT ?",
                          (phone.tail[-7:], "%" + phone.tail, count_cap + 1)):
        rows[r[0]] = r
    found = sorted(rows.values(), reverse=True)
    return found[:count_cap], len(found) > count_cap


def _coverage_score(value: str, words: list[str]) -> float:
    """Lower is better, like bm25: more matching words in a shorter value rank first."""
    tokens = [_fold_word(t) for t in _WORD.findall(value)] or [""]
    hits = sum(1 for t in tokens if any(t.startswith(w) for w in words))
    return -hits / (len(tokens) ** 0.5)


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word a quoted prefix (short
    numbers whole). For the index of all values, whose tokenizer folds accents and case."""
    words = _WORD.findall(text)
    return " ".join(fts_term(w) for w in words)


# Rank the matches of at most this many entities, the newest first: a word found in a
# hundred thousand names or notes cannot be ranked in full within a keystroke. A longer
# query narrows them; asking for more results (Show more) ranks proportionally more.
TEXT_CANDIDATES = 200
NAME_CANDIDATES = 400
# Matching entities are counted exactly up to this many statements per index (beyond it
# the count says "more than"): reading each matching statement is what counting costs,
# and two thousand stay within a keystroke on a million-statement case.
COUNT_CAP = 2000


@dataclass(frozen=True)
class SearchResult:
    """The best `limit` hits, and how many entities match in all."""

    hits: list[SearchHit]
    total: int  # matching entities (at least this many when `more_than`)
    more_than: bool = False  # the count stopped at COUNT_CAP statements

    @property
    def has_more(self) -> bool:
        return self.more_than or self.total > len(self.hits)


# Tiers: a number typed as a phone number above names, names above every other value.
_PHONE, _NAME, _OTHER = 2, 1, 0


def search(case: Case, text: str, *, limit: int = 50, schema: str | None = None,
           region: str | None = None) -> list[SearchHit]:
    """The best `limit` hits, without counting the rest (the fastest search)."""
    return find(case, text, limit=limit, schema=schema, region=region, count=False).hits


def find(case: Case, text: str, *, limit: int = 50, schema: str | None = None,
         region: str | None = None, count: bool = True) -> SearchResult:
    """Entities matching `text`, best first, with the total count.

    `region` is the case's country, for phone numbers typed without a country code.
    Without `count`, only the candidates that are ranked are read (other values only when
    names are too few), and `total` says only how many of those matched.
    """
    names_q, values_q = name_query(text), fts_query(text)
    phone = phone_query(text, region)
    if not names_q and not values_q and phone is None:
        return SearchResult([], 0)
    conn = case.conn
    canonical = canonical_resolver(case)
    words = fold(text).split()

    # best[entity] = (tier, score, statement seq, property); lower score is better
    best: dict[str, tuple[int, float, int, str]] = {}
    matched: set[str] = set()
    scores: dict[str, float] = {}  # value -> coverage score, for this query's words
    more_than = False

    def offer(rows: list[tuple[int, str, str, str]], tier: int, cap: int) -> None:
        # Rows come newest first: those of the newest `cap` entities are ranked (an entity
        # with ten matching notes takes one place, so "Show more" always brings more), and
        # all are counted.
        taken: set[str] = set()
        for seq, eid, prop, value in rows:
            cid = canonical(eid)
            matched.add(cid)
            if cid not in taken:
                if len(taken) >= cap:
                    continue
                taken.add(cid)
            if tier == _PHONE:
                score = -1.0
            else:  # a name or a phrase recurs across entities: scored once per search
                known = scores.get(value)
                if known is None:
                    known = scores[value] = _coverage_score(value, words)
                score = known
            cur = best.get(cid)
            if cur is None or (tier, -score) > (cur[0], -cur[1]):
                best[cid] = (tier, score, seq, prop)

    name_cap, text_cap = max(NAME_CANDIDATES, 4 * limit), max(TEXT_CANDIDATES, 2 * limit)
    counted = COUNT_CAP if count else 0
    if phone is not None:
        rows, over = _phone_matches(conn, phone, max(counted, limit))
        offer(rows, _PHONE, len(rows))
        more_than |= over
    # 1. Names, in their own (smaller) index written in casebench's folding.
    if names_q:
        rows, over = _matches(conn, "names_fold", names_q, max(counted, name_cap))
        offer(rows, _NAME, name_cap)
        more_than |= over
    # 2. Every other value: the newest matches, ranked here by how much of the value the
    # query covers. Not bm25: FTS5 computes its statistics over every match of every
    # term, which for a common word in a million notes costs a tenth of a second.
    if values_q and (count or schema or len(best) < limit):
        rows, over = _matches(conn, "statements_fts", values_q, max(counted, text_cap))
        offer(rows, _OTHER, text_cap)
        more_than |= over
    if not matched:
        return SearchResult([], 0)
    if schema:
        total = sum(1 for _ in _select_in(
            conn, "SELECT id FROM entities WHERE schema = ? AND id IN ({})", list(matched), (schema,)))
    else:
        total = len(matched)
    # equal scores: the newest first, so asking for more keeps the first ones
    order = sorted(best, key=lambda c: (-best[c][0], best[c][1], -best[c][2]))
    # The entities are read best first, a few more than asked for at a time, until `limit`
    # are found (of the kind asked for): not all the candidates that were ranked.
    info: dict[str, tuple[str, str, int]] = {}
    ranked: list[str] = []
    start, step = 0, limit + 10
    while len(ranked) < limit and start < len(order):
        chunk = order[start:start + step]
        start, step = start + step, step * 2
        info.update((r[0], (r[1], r[2], r[3])) for r in _select_in(
            conn, "SELECT id, schema, caption, tlp FROM entities WHERE id IN ({})", chunk))
        ranked += [c for c in chunk if c in info and (not schema or info[c][0] == schema)]
    ranked = ranked[:limit]
    seqs = [best[c][2] for c in ranked]
    snippets = {seq: snippet(value, words) for seq, value in _select_in(
        conn, "SELECT seq, value FROM statements WHERE seq IN ({})", seqs)}
    hits = []
    for cid in ranked:
        tier, score, seq, prop = best[cid]
        sch, caption, tlp = info[cid]
        # phone numbers, then names, then every other value; within each, coverage
        hits.append(SearchHit(cid, sch, caption, prop, snippets.get(seq, ""),
                              -score + 1000.0 * tier, TLP(tlp)))
    return SearchResult(hits, max(total, len(hits)), more_than)


def _select_in(conn: Any, sql: str, values: list[Any], before: tuple[Any, ...] = ()) -> list[Any]:
    """Run `sql` with its `IN ({})` filled with `values`, in chunks SQLite accepts."""
    out: list[Any] = []
    for i in range(0, len(values), 900):
        chunk = values[i:i + 900]
        out += conn.execute(sql.format(",".join("?" * len(chunk))), (*before, *chunk)).fetchall()
    return out
