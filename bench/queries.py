"""Bounded queries, each against today's way of answering it, interleaved in one run.

- find path on a case of N people sharing phones (~1.25 N nodes): the warm link graph
  (`paths.find_paths_in_case`) vs rebuilding the graph from the database for every
  search (what each call did before). Target at 20k nodes: <= 0.5 s after the first.
  Then find path in time order (the calls' days spread over a year): the direct search
  vs shortest simple paths filtered in turn (what it did before; run once, it takes
  minutes, and its answer is compared with ours where it did not give up). Same target.
- `info` counts: the counts kept by triggers (`services.cases.case_info`) vs counting
  every statement, entity and audit record (`SELECT count(*)`) on a case of M statements.
- timeline of T events (bench/analysis.py's synthetic case): a month's first items, a
  week's window and the view's week jump (the week and one either side: drawn as capped
  counts when crowded) at dates across the case, each from an empty page cache, read from
  the covering indexes (migration 16) vs through the date index alone with each item's
  rows (what was read before, the old index made again beside the new). Targets at 1M:
  any month <= 50 ms; a week and a week jump <= 200 ms.
- entity list of E entities: the last page (`entities.entity_page`, read from the end)
  vs OFFSET paging (`list_entities(offset=E-200)`). Target at 200k: <= 10 ms.

Each measurement is repeated (>= 3 times, baseline and ours alternating) and reported as
median (min-max); the ratios come last. Everything written goes in a temporary folder
that is removed at the end. BENCH_QUICK=1 uses small sizes.

    python bench/queries.py [--graph-people 16000] [--statements 1000000] [--entities 200000] [--events 1000000]
                            [--only list|path|counts|timeline]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")  # unlock is not what is measured here

import networkx as nx

from casebench.domain.ordering import name_key
from casebench.services import cases, entities, paths
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.services.graph import LinkGraph, build_graph, case_graph
from casebench.store.case import Case

PASS = "bench passphrase"
QUICK = bool(os.environ.get("BENCH_QUICK"))
RESULTS: list[str] = []
OLD_CAP = 500 if QUICK else paths.MAX_CANDIDATES  # the old way in time order: a minute at 5,000 (smoke test)


def _fmt(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:.1f} ms ({min(times) * 1000:.1f}-{max(times) * 1000:.1f})"


def interleaved(label: str, baseline: Callable[[], object], ours: Callable[[], object], *,
                reps: int = 3, target: str = "", baseline_reps: int | None = None) -> None:
    """Run baseline and ours alternately `reps` times (the baseline only in the first
    `baseline_reps` rounds when it is too slow to repeat); print both and keep the ratio."""
    base: list[float] = []
    mine: list[float] = []
    for i in range(reps):
        for fn, out in ((baseline, base), (ours, mine)):
            if fn is baseline and baseline_reps is not None and i >= baseline_reps:
                continue
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    ratio = statistics.median(base) / max(statistics.median(mine), 1e-9)
    print(f"{label}: casebench {_fmt(mine)} vs baseline {_fmt(base)}")
    RESULTS.append(f"{label}: baseline / casebench = {ratio:,.1f}x "
                   f"(casebench median {statistics.median(mine) * 1000:.1f} ms; {target})")


def graph_case(path: Path, n: int) -> Case:
    """N people, each with a phone from a pool of N/4 (shared phones become identifier
    nodes), and N calls between the numbers (bench/analysis.py's chart case), on days spread
    over a year (for the search in time order)."""
    rng = random.Random(11)
    days = random.Random(12)  # apart, so the graph is the one measured before calls had dates
    pool = max(n // 4, 10)
    phone = [f"+34 6{i:08d}" for i in range(pool)]
    people = (EntityDraft("Person", [("name", f"Person {i:06d}"), ("phone", phone[i % pool])]) for i in range(n))
    calls = (EntityDraft("Call", [("callerNumber", phone[0] if i % 10 == 0 else rng.choice(phone)),
                                  ("receiverNumber", rng.choice(phone)),
                                  ("date", f"2024-{days.randint(1, 12):02d}-{days.randint(1, 28):02d}")])
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

    gave_up: set[tuple[str, str]] = set()

    def enumerated() -> None:  # before: shortest simple paths in turn, kept when in time order
        for a, b in pairs:
            got = old_in_time_order(graph, a, b, 3)
            if got is None:
                gave_up.add((a, b))
            else:
                assert got == [list(p.nodes) for p in paths.find_paths(graph, a, b, k=3, time_respecting=True)]

    def timed() -> None:
        for a, b in pairs:
            paths.find_paths_in_case(case, a, b, k=3, time_respecting=True)

    interleaved(f"find path in time order x{len(pairs)} at {len(graph.nodes):,} nodes", enumerated, timed,
                reps=5, baseline_reps=1, target=f"target <= {0.5 * len(pairs):.1f} s for {len(pairs)} searches")
    lengths = [[p.length for p in paths.find_paths(graph, a, b, k=3, time_respecting=True)] for a, b in pairs]
    RESULTS.append(f"  paths in time order of {lengths} links; the old way gave up at {OLD_CAP:,} "
                   f"candidates in {len(gave_up)} of {len(pairs)} searches, found the same paths in the others")
    case.close()


def old_in_time_order(graph: LinkGraph, a: str, b: str, k: int) -> list[list[str]] | None:
    """Find path in time order as it was answered before the direct search: networkx's
    shortest simple paths in turn, each kept when its links can be taken in time order,
    up to OLD_CAP paths looked at; None when it gave up there (its answer, perhaps
    short of paths, is not compared)."""
    usable, walk = paths._walkable(graph, False)
    found: list[list[str]] = []
    cutoff: int | None = None
    for examined, nodes in enumerate(nx.shortest_simple_paths(walk, a, b)):
        if cutoff is not None and len(nodes) > cutoff:
            break
        if examined >= OLD_CAP:
            return None
        if paths._timed_steps(nodes, usable) is not None:
            found.append(nodes)
            if len(found) >= k and cutoff is None:
                cutoff = len(nodes)
    found.sort(key=lambda n: (len(n), tuple(name_key(graph.nodes[x].label) for x in n), tuple(n)))
    return found[:k]


def bench_counts(tmp: Path, statements: int) -> None:
    from synth import build

    t0 = time.perf_counter()
    case = build(tmp / "counts.casebench", statements // 10, statements, 0, verbose=False)
    print(f"count case: {statements:,} statements built in {time.perf_counter() - t0:.0f} s")
    conn = case.conn

    def counted() -> None:  # before: info counted everything at every call
        conn.execute("SELECT count(*) FROM statements WHERE retracted = 0").fetchone()
        conn.execute("SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM merges m"
                     " WHERE m.source_id = e.id AND m.undone_at IS NULL)").fetchone()
        conn.execute("SELECT count(*) FROM audit").fetchone()

    interleaved(f"info counts at {statements:,} statements", counted, lambda: cases.case_info(case),
                target="target: a few ms")
    case.close()


def bench_list(tmp: Path, n: int) -> None:
    t0 = time.perf_counter()
    case = create_case(tmp / "list.casebench", PASS, user="bench", title="List bench")
    add_entities(case, (EntityDraft("Person", [("name", f"Person {i:07d}")]) for i in range(n)), total=n)
    print(f"list case: {n:,} entities built in {time.perf_counter() - t0:.0f} s")
    total = entities.count_entities(case)
    interleaved(f"last page of {total:,} (200 rows)",
                lambda: entities.list_entities(case, limit=200, offset=total - 200),
                lambda: entities.entity_page(case, total - 200, 200, total),
                reps=5, target="target <= 10 ms")
    middle = total // 2
    before = entities.entity_page(case, middle - 200, 200, total)
    interleaved(f"middle page of {total:,}, next to a page already read",
                lambda: entities.list_entities(case, limit=200, offset=middle),
                lambda: entities.entity_page(case, middle, 200, total, after=before[-1]),
                reps=5, target="keyset")
    case.close()


def _previous_reads(case: Case) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Run a timeline read as before migration 16, on the same case: the old date index is
    made again beside the new ones."""
    from before16 import Before16, make_old_index

    make_old_index(case.conn)

    def wrap(run: Callable[[], None]) -> Callable[[], None]:
        def before() -> None:
            real = case.conn
            case.conn = Before16(real)  # type: ignore[assignment]
            try:
                run()
            finally:
                case.conn = real
        return before

    return wrap


def bench_timeline(tmp: Path, events: int) -> None:
    from datetime import UTC, datetime, timedelta

    from analysis import fill
    from casebench.domain.dates import fixed_utc
    from casebench.services import charts
    from casebench.store import timeline, timeline_extra

    t0 = time.perf_counter()
    case = create_case(tmp / "timeline.casebench", PASS, user="bench", title="Timeline bench")
    fill(case, events)  # five years from 2020, 1 % months and 1 % approximate days
    print(f"timeline case: {events:,} events built in {time.perf_counter() - t0:.0f} s")
    months = [datetime(2020 + (5 * i) // 12, 1 + (5 * i) % 12, 1, tzinfo=UTC) for i in range(12)]
    months[-1] = datetime(2024, 12, 1, tzinfo=UTC)  # and the last month of the case
    previous = _previous_reads(case)

    def cold() -> None:  # a jump reads pages no earlier window read: start each from an empty cache
        case.conn.execute("PRAGMA shrink_memory")

    def months_read() -> None:  # a month's first 200 items, as `casebench timeline` reads them
        for m in months:
            cold()
            timeline.rows(case, start=fixed_utc(m), end=fixed_utc(m + timedelta(days=31)), limit=200)

    def weeks() -> None:  # the store's window (up to 5,000 items) for a week
        for m in months:
            cold()
            timeline_extra.window(case, fixed_utc(m), fixed_utc(m + timedelta(days=7)))

    def view_jumps() -> None:  # what the view reads on a week jump: the week and one either side
        for m in months:
            cold()
            charts.timeline_window(case, m - timedelta(days=7), m + timedelta(days=14), limit=3000,
                                   with_parties=True)

    interleaved(f"timeline: 12 months (first 200 items each) at {events:,} events", previous(months_read),
                months_read, target=f"target <= {12 * 50} ms for 12 months")
    interleaved(f"timeline: 12 week windows (up to 5,000 items) at {events:,} events", previous(weeks), weeks,
                target=f"target <= {12 * 200} ms for 12 weeks")
    interleaved(f"timeline: 12 week jumps of the view at {events:,} events", previous(view_jumps), view_jumps,
                target=f"target <= {12 * 200} ms for 12 jumps")
    case.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--graph-people", type=int, default=3_200 if QUICK else 16_000)
    ap.add_argument("--statements", type=int, default=100_000 if QUICK else 1_000_000)
    ap.add_argument("--entities", type=int, default=20_000 if QUICK else 200_000)
    ap.add_argument("--events", type=int, default=100_000 if QUICK else 1_000_000)
    ap.add_argument("--only", choices=["list", "path", "counts", "timeline"], help="one part only")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="casebench-bench-queries-"))
    try:
        if args.only in (None, "list"):
            bench_list(tmp, args.entities)
        if args.only in (None, "path"):
            bench_find_path(tmp, args.graph_people)
        if args.only in (None, "counts"):
            bench_counts(tmp, args.statements)
        if args.only in (None, "timeline"):
            bench_timeline(tmp, args.events)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n== ratios (interleaved, same run; the machine is shared: trust ratios, not times) ==")
    for line in RESULTS:
        print(line)


if __name__ == "__main__":
    main()
