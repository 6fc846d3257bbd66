"""Full-text search over statements (FTS5 inside the encrypted database), ranked in SQL.

Two full-text tables (migration 15), `search_names` (name values) and `search_values` (every
other value), hold each live statement's value in casebench's one folding
(`domain.names.fold`), its entity id and its property, so "Joao" finds "João", "soren"
finds "Søren" and "strasse" finds "Straße" in names and notes alike, as the entity-list
filter does. Every word of the query is a prefix (a number of fewer than five digits is
matched whole, see `store.entities.fts_term`). A query that reads as a phone number is
read the way values are (E.164 with the case's country) and also finds numbers ending
with its last seven or more digits.

Ranking: phone numbers first, then names, then other values; within each, by how much of
a value the query covers (`coverage`: the value's words the query matches, squared, over
its number of words), then the newest. Only the newest matching entities of each table
are ranked (`NAME_CANDIDATES`, `TEXT_CANDIDATES`). One SQL statement per table reads the
candidates, scores them and keeps each entity's best value, without reading the statements
table or folding anything per query; Python only puts the tiers one after the other, reads
the entities shown and marks their snippets. Results are counted in full up to COUNT_CAP
statements per table.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from casebench.domain.handling import TLP
from casebench.domain.names import fold
from casebench.domain.phones import PhoneQuery, phone_query
from casebench.store import records
from casebench.store.entities import canonical_resolver, name_query

if TYPE_CHECKING:
    from casebench.store.case import Case

_WORD = re.compile(r"\w+", re.UNICODE)

# Snippets fold every word of the values shown; names and note words repeat, so single
# words are folded once (the same `fold`, remembered).
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

    Made here rather than with FTS5's snippet(): that one marks the folded text, and
    the user reads the value as written.
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


# The ranking of one full-text table. The newest ?2 matching statements are scored by the
# words the query matches in each (highlight() brackets each one: two characters per word)
# against its number of words (the folded text has one space between words). They are
# read newest first until they name ?3 entities: those are ranked, each by its best value
# among the statements read up to that point (ties: the newest), best first. The last
# column says how many statements were read (?2: there may be more).
_RANKED = """
WITH cand AS (
  SELECT rowid AS seq, entity_id, prop,
         (length(highlight({t}, 0, '[', ']')) - length(text)) / 2 AS hits,
         length(text) - length(replace(text, ' ', '')) + 1 AS words
  FROM {t} WHERE {t} MATCH ?1 ORDER BY rowid DESC LIMIT ?2),
newest AS (SELECT entity_id, max(seq) AS first FROM cand GROUP BY entity_id ORDER BY first DESC LIMIT ?3),
upto AS (SELECT CASE WHEN count(*) >= ?3 THEN min(first) ELSE 0 END AS seq FROM newest),
best AS (
  SELECT entity_id, seq, prop, hits, words, hits * hits * 1.0 / words AS coverage,
         row_number() OVER (PARTITION BY entity_id ORDER BY hits * hits * 1.0 / words DESC, seq DESC) AS nth
  FROM cand WHERE entity_id IN (SELECT entity_id FROM newest) AND seq >= (SELECT seq FROM upto))
SELECT entity_id, seq, prop, hits, words, (SELECT count(*) FROM cand) FROM best WHERE nth = 1
ORDER BY coverage DESC, seq DESC
"""

# (entity id, statement seq, property, matched words, words) of each ranked entity
Ranked = tuple[str, int, str, int, int]


def _ranked(conn: Any, table: str, query: str, cap: int) -> tuple[list[Ranked], bool]:
    """The best value of each of the newest `cap` entities matching `query` in `table`,
    best first, and whether more statements match than were read.

    The newest `cap` statements usually belong to `cap` entities; when entities match
    several times each (ten notes naming one port), more statements are read, up to
    COUNT_CAP, so that asking for more results always brings more."""
    sql = _RANKED.format(t=table)
    read = cap
    while True:
        rows = conn.execute(sql, (query, read, cap)).fetchall()
        full = bool(rows) and rows[0][5] >= read
        if len(rows) >= cap or not full or read >= COUNT_CAP:
            return [r[:5] for r in rows], full
        read = min(read * 4, COUNT_CAP)


def _matching_entities(conn: Any, table: str, query: str, count_cap: int) -> tuple[list[str], bool]:
    """The entities of the newest `count_cap` statements matching `query` in `table`, and
    whether more statements match."""
    ids = [r[0] for r in conn.execute(
        f"SELECT entity_id FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?",
        (query, count_cap + 1))]
    return ids[:count_cap], len(ids) > count_cap


# A number's holder (a person's or company's own phone) comes before the calls and messages
# that name it: searching a number asks first whose it is.
OWN_PHONE_PROPS = ("phone",)


def _phone_matches(case: Case, phone: PhoneQuery, count_cap: int,
                   held: dict[int, str]) -> tuple[list[Ranked], bool]:
    """Phone values equal to the number typed or ending with its digits (7 or more): the
    holders' own numbers first, then every other value, each newest first.

    The ending is looked up in the index of the last seven digits (migration 10), then
    checked in full, so a million-statement case is not read value by value. Compact call
    records (decision 53) are found the same way through their keys' tails, among the
    other values by their import's time; each gets a negative seq, its value in ``held``.
    """
    conn = case.conn
    marks = ",".join("?" * len(OWN_PHONE_PROPS))
    found: list[Ranked] = []
    for own in (True, False):
        which = f" AND prop {'IN' if own else 'NOT IN'} ({marks})"
        rows: dict[int, tuple[str, Ranked]] = {}
        if phone.e164:
            for seq, eid, prop, created in conn.execute(
                    "SELECT seq, entity_id, prop, created_at FROM statements WHERE match_key = ? AND retracted = 0"
                    + which + " ORDER BY seq DESC LIMIT ?",
                    ("phone:" + phone.e164, *OWN_PHONE_PROPS, count_cap + 1)):
                rows[seq] = (created, (eid, seq, prop, 1, 1))
        for seq, eid, prop, created in conn.execute(
                "SELECT seq, entity_id, prop, created_at FROM statements WHERE substr(match_key, -7) = ?"
                " AND substr(match_key, 1, 6) = 'phone:' AND match_key LIKE ? AND retracted = 0"
                + which + " ORDER BY seq DESC LIMIT ?",
                (phone.tail[-7:], "%" + phone.tail, *OWN_PHONE_PROPS, count_cap + 1)):
            rows[seq] = (created, (eid, seq, prop, 1, 1))
        newest = [rows[seq] for seq in sorted(rows, reverse=True)]
        if not own:  # a record is never a holder's own number (only calls are kept so)
            for rid, prop, value, created in records.phone_matches(case, phone.e164, phone.tail, count_cap + 1):
                seq = -1 - len(held)
                held[seq] = value
                newest.append((created, (rid, seq, prop, 1, 1)))
            newest.sort(key=lambda r: r[0], reverse=True)  # stable: each kind keeps its order
        found += [r for _, r in newest]
    return found[:count_cap], len(found) > count_cap


# Rank the matches of at most this many entities per table, the newest first: a word found
# in a hundred thousand names or notes cannot be ranked in full within a keystroke, and the
# best of the newest hundred fill a page of twenty. A longer query narrows them; asking for
# more results (Show more) ranks proportionally more.
NAME_CANDIDATES = 100
TEXT_CANDIDATES = 100
# Matching entities are counted exactly up to this many statements per table (beyond it
# the count says "more than"): reading each matching statement's entity is what counting
# costs, and two thousand stay within a keystroke on a million-statement case.
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
    query = name_query(text)
    phone = phone_query(text, region)
    if not query and phone is None:
        return SearchResult([], 0)
    conn = case.conn
    canonical = canonical_resolver(case)

    # Each entity once, at its best: the tiers come one after the other, each best first,
    # so an entity's first place is its best (a merged entity's values count as its own).
    order: list[tuple[str, int, Ranked]] = []  # (entity, tier, its best value)
    held: dict[int, str] = {}  # a record's matching value, by its (negative) seq
    placed: set[str] = set()
    matched: set[str] = set()  # what is counted: the ranked and, with `count`, every match
    more_than = False

    def place(tier: int, rows: list[Ranked]) -> None:
        for row in rows:
            cid = canonical(row[0])
            matched.add(cid)
            if cid not in placed:
                placed.add(cid)
                order.append((cid, tier, row))

    def room() -> bool:
        # a lower tier can reach the page only when the ones above leave room on it, or
        # when some of theirs are of another kind than the one asked for
        return bool(schema) or len(order) < limit

    def counted(table: str) -> bool:
        ids, over = _matching_entities(conn, table, query, COUNT_CAP)
        matched.update(canonical(i) for i in ids)
        return over

    def rank(tier: int, table: str, candidates: int) -> bool:
        rows, full = _ranked(conn, table, query, max(candidates, 2 * limit))
        place(tier, rows)
        return counted(table) if count else full

    if phone is not None:
        rows, over = _phone_matches(case, phone, COUNT_CAP if count else limit, held)
        place(_PHONE, rows)
        more_than |= over
    if query:
        more_than |= rank(_NAME, "search_names", NAME_CANDIDATES)
        if room():
            more_than |= rank(_OTHER, "search_values", TEXT_CANDIDATES)
        elif count:  # every other value is counted all the same
            more_than |= counted("search_values")
    if not matched:
        return SearchResult([], 0)
    if schema:
        total = sum(1 for _ in _select_in(
            conn, "SELECT id FROM entities WHERE schema = ? AND id IN ({})", list(matched), (schema,)))
        total += sum(1 for s in records.schemas_of(case, matched).values() if s == schema)
    else:
        total = len(matched)
    # The entities are read best first, a few more than asked for at a time, until `limit`
    # are found (of the kind asked for): not all the candidates that were ranked.
    info: dict[str, tuple[str, str, int]] = {}
    shown: list[tuple[str, int, Ranked]] = []
    start, step = 0, limit + 10
    while len(shown) < limit and start < len(order):
        chunk = order[start:start + step]
        start, step = start + step, step * 2
        info.update((r[0], (r[1], r[2], r[3])) for r in _select_in(
            conn, "SELECT id, schema, caption, tlp FROM entities WHERE id IN ({})", [c[0] for c in chunk]))
        info.update(records.held_info(case, [c[0] for c in chunk if c[0] not in info]))
        shown += [c for c in chunk if c[0] in info and (not schema or info[c[0]][0] == schema)]
    shown = shown[:limit]
    words = fold(text).split()
    snippets = {seq: snippet(value, words) for seq, value in _select_in(
        conn, "SELECT seq, value FROM statements WHERE seq IN ({})", [c[2][1] for c in shown])}
    snippets.update((seq, snippet(held[seq], words)) for seq in (c[2][1] for c in shown) if seq in held)
    hits = []
    for cid, tier, (_, seq, prop, matched_words, value_words) in shown:
        sch, caption, tlp = info[cid]
        # phone numbers, then names, then every other value; within each, coverage
        score = 1000.0 * tier + matched_words / math.sqrt(value_words)
        hits.append(SearchHit(cid, sch, caption, prop, snippets.get(seq, ""), score, TLP(tlp)))
    return SearchResult(hits, max(total, len(hits)), more_than)


def _select_in(conn: Any, sql: str, values: list[Any], before: tuple[Any, ...] = ()) -> list[Any]:
    """Run `sql` with its `IN ({})` filled with `values`, in chunks SQLite accepts."""
    out: list[Any] = []
    for i in range(0, len(values), 900):
        chunk = values[i:i + 900]
        out += conn.execute(sql.format(",".join("?" * len(chunk))), (*before, *chunk)).fetchall()
    return out
