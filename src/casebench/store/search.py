"""Full-text search over statements (FTS5 inside the encrypted database).

The index folds accents (unicode61 remove_diacritics 2), so "Joao" finds "João";
every word of the query is a prefix; results are ranked by bm25 and grouped by
entity, with a snippet of the best-matching value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casebench.domain.handling import TLP

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


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word a quoted prefix."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


def search(case: Case, text: str, *, limit: int = 50, schema: str | None = None) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    # Rank statements first (cheap, in the FTS index), then fold to entities.
    sql = (
        "SELECT s.entity_id, s.prop, snippet(statements_fts, 0, '[', ']', '…', 12) AS snip,"
        " bm25(statements_fts) AS score"
        " FROM statements_fts JOIN statements s ON s.seq = statements_fts.rowid"
        " WHERE statements_fts MATCH ? AND s.retracted = 0"
        " ORDER BY score LIMIT ?"
    )
    rows = case.conn.execute(sql, (query, limit * 4)).fetchall()
    merged = dict(case.conn.execute(
        "SELECT source_id, canonical_id FROM merges WHERE undone_at IS NULL").fetchall())

    def canonical(eid: str) -> str:
        seen = set()
        while eid in merged and eid not in seen:
            seen.add(eid)
            eid = merged[eid]
        return eid

    best: dict[str, tuple[str, str, float]] = {}
    for eid, prop, snip, score in rows:
        cid = canonical(eid)
        if cid not in best or score < best[cid][2]:
            best[cid] = (prop, snip, score)
    hits: list[SearchHit] = []
    if not best:
        return hits
    ids = list(best)
    marks = ",".join("?" * len(ids))
    info = {r[0]: (r[1], r[2], r[3]) for r in case.conn.execute(
        f"SELECT id, schema, caption, tlp FROM entities WHERE id IN ({marks})", ids)}
    for cid, (prop, snip, score) in best.items():
        if cid not in info:
            continue
        sch, caption, tlp = info[cid]
        if schema and sch != schema:
            continue
        hits.append(SearchHit(cid, sch, caption, prop, snip, -score, TLP(tlp)))
    hits.sort(key=lambda h: (-h.score, h.caption))
    return hits[:limit]
