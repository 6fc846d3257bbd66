"""Bounded queries, each against today's way of answering it, interleaved in one run.

- find path on a case of N people sharing phones (~1.25 N nodes): the warm link graph
  (`paths.find_paths_in_case`) vs rebuilding the graph from the database for every
  search (what each call did before). Target at 20k nodes: <= 0.5 s after the first.
- `info` counts: the counts kept in metadata (`stats.live_statement_count`) vs counting
  every statement (`SELECT count(*)`). Target at 1M statements: a few milliseconds.

Each measurement is repeated (>= 3 times, baseline and ours alternating) and reported as
median (min-max); the ratios come last. Everything written goes in a temporary folder
that is removed at the end. BENCH_QUICK=1 uses small sizes.

    python bench/queries.py [--graph-people 16000] [--statements 1000000]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")  # unlock is not what is measured here

from casebench.services import paths
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.services.graph import build_graph, case_graph
from casebench.store.case import Case

PASS = "bench passphrase"
QUICK = bool(os.environ.get("BENCH_QUICK"))
RESULTS: list[str] = []


def _fmt(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms ({min(times) * 1000:.1f}-{max(times) * 1000:.1f})"


def interleaved(label: str, baseline: Callable[[], object], ours: Callable[[], object], *,
                reps: int = 3, target: str = "") -> None:
    """Run baseline and ours alternately `reps` times; print both and keep the ratio."""
    base: list[float] = []
    mine: list[float] = []
    for _ in range(reps):
        for fn, out in ((baseline, base), (ours, mine)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    ratio = statistics.median(base) / max(statistics.median(mine), 1e-9)
    print(f"{label}: casebench {_fmt(mine)} vs baseline {_fmt(base)}")
    RESULTS.append(f"{label}: {ratio:,.1f}x faster than the baseline "
                   f"(casebench median {statistics.median(mine) * 1000:.1f} ms; {target})")


def graph_case(path: Path, n: int) -> Case:
    """N people, each with a phone from a pool of N/4 (shared phones become identifier
    nodes), and N calls between the numbers (bench/analysis.py's chart case)."""
    rng = random.Random(11)
    pool = max(n // 4, 10)
    phone = [f"+34 6{i:08d}" for i in range(pool)]
    people = (EntityDraft("Person", [("name", f"Person {i:06d}"), ("phone", phone[i % pool])]) for i in range(n))
    calls = (EntityDraft("Call", [("callerNumber", phone[0] if i % 10 == 0 else rng.choice(phone)),
                                  ("receiverNumber", rng.choice(phone)), ("date", "2024-03-01")])
             for i in range(n))
    case = create_case(path, PASS, user="bench", title="Path bench", originator_country="es")
    add_entities(case, people, total=n)
    add_entities(case, calls, total=n)
    return case


def bench_find_path(tmp: Path, people: int) -> None:
    t0 = time.perf_counter()
    case = graph_case(tmp / "paths.casebench", people)
    built = time.perf_counter() - t0
    t1 = time.perf_counter()
    graph = case_graph(case)
    first = time.perf_counter() - t1
    persons = sorted(n for n, node in graph.nodes.items() if node.kind == "Person")
    print(f"path case: {len(graph.nodes):,} nodes, {len(graph.links):,} links, built in "
          f"{built:.0f} s; the graph read on first use in {first * 1000:.0f} ms")
    rng = random.Random(5)
    pairs = [tuple(rng.sample(persons, 2)) for _ in range(3)]

    def rebuilt() -> None:  # before: every search read the whole graph from the database
        for a, b in pairs:
            paths.find_paths(build_graph(case), a, b, k=3)

    def warm() -> None:
        for a, b in pairs:
            paths.find_paths_in_case(case, a, b, k=3)

    interleaved(f"find path x{len(pairs)} at {len(graph.nodes):,} nodes", rebuilt, warm,
                target=f"target <= {0.5 * len(pairs):.1f} s for {len(pairs)} searches")
    case.close()
