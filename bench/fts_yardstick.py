"""Search timed against the bare FTS5 look-up of the same words, interleaved (bench/search.py
and bench/store.py).

The yardstick reads the newest 20 matching rowids of each full-text table and nothing else
(no ranking, no entities, no snippets): the least any search for those words can cost.
Each round times every query both ways, yardstick first; a round's ratio is casebench's
p50 over the yardstick's, reported as the median of the rounds with its min-max.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

from casebench.services import search
from casebench.store.case import Case
from casebench.store.entities import name_query


def _bare(case: Case) -> Callable[[str], object]:
    conn = case.conn

    def look_up(text: str) -> None:
        q = name_query(text)
        if q:
            for table in ("search_names", "search_values"):
                conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT 20",
                             (q,)).fetchall()

    return look_up


def _pct(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def compare(case: Case, queries: list[str], rounds: int = 3) -> str:
    """The ratio line (printed last by the caller): top 20 vs the bare look-up."""
    bare = _bare(case)
    ours_p50, ours_p95, bare_p50, ratios = [], [], [], []
    for _ in range(rounds):
        per: dict[str, list[float]] = {"bare": [], "ours": []}
        for label, fn in (("bare", bare), ("ours", lambda q: search.search(case, q, limit=20))):
            for q in queries:
                t0 = time.perf_counter()
                fn(q)
                per[label].append((time.perf_counter() - t0) * 1000)
        ours_p50.append(statistics.median(per["ours"]))
        ours_p95.append(_pct(per["ours"], 0.95))
        bare_p50.append(statistics.median(per["bare"]))
        ratios.append(ours_p50[-1] / bare_p50[-1])

    def spread(xs: list[float], unit: str = " ms") -> str:
        return f"{statistics.median(xs):.1f}{unit} ({min(xs):.1f}-{max(xs):.1f})"

    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"search top 20 vs the bare FTS5 look-up ({rounds} interleaved rounds of {len(queries)} queries,"
            f" load {load}): p50 {spread(ours_p50)} vs {spread(bare_p50)} = {spread(ratios, 'x')};"
            f" p95 {spread(ours_p95)} (targets p50 <= 5 ms, p95 <= 25 ms: "
            f"{'met' if statistics.median(ours_p50) <= 5 and statistics.median(ours_p95) <= 25 else 'NOT met'})")
