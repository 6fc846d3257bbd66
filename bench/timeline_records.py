"""Timeline reads of a case whose calls are compact records (decision 53).

Imports a call-detail record of N calls over five years, in time order as operators write
them, as compact records (`table_import.COMPACT_SCHEMATA` set for the run), plus a
ten-year lease (a long range the statements' reach must not impose on the records), then
times, each from an empty page cache (median, min-max of --repeat):

- a month's first 200 items (`casebench timeline`), at 12 months across the case;
- the store's window of a week (up to 5,000 items) and the view's week jump (the week
  and one either side, as capped counts when crowded);
- density (200 buckets over a month), extent and the n-th latest item (the view opening);
- a month filtered by an entity and by a tag.

Targets as for statements (bench/queries.py) at 1M: a month <= 50 ms; a week jump <= 200 ms.
A week's window of ~3,800 records builds each caption from its values in Python (a
statement's is stored): it is measured, and the view does not read it when crowded.

    python bench/timeline_records.py [--calls 1000000] [--repeat 3]
    BENCH_QUICK=1 python bench/timeline_records.py      # 100,000 calls
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")  # unlock is not what is measured here

from casebench.domain.dates import fixed_utc
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import charts, entities, table_import
from casebench.services.cases import create_case
from casebench.store import records, timeline_extra
from casebench.store import timeline as timeline_store

QUICK = bool(os.environ.get("BENCH_QUICK"))
START = datetime(2020, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=5 * 365)


def write_cdr(path: Path, calls: int, seed: int = 7) -> None:
    """``calls`` calls over five years in time order (Madrid local time, day first)."""
    rng = random.Random(seed)
    numbers = [f"6{n:08d}" for n in range(12_000_000, 12_000_000 + 2000 * 7919, 7919)]
    step = SPAN / calls
    with path.open("w", encoding="latin-1", newline="") as fh:
        fh.write("Nº registro;Fecha y hora;Llamante;Destinatario;Duración (s)\r\n")
        for i in range(calls):
            a, b = rng.sample(numbers, 2)
            at = (START + step * i).strftime("%d/%m/%Y %H:%M:%S")
            fh.write(f"CDR-{i:07d};{at};+34 {a};0034{b};{rng.randint(1, 3600)}\r\n")


def timed(label: str, run: Callable[[], object], cold: Callable[[], None], repeat: int, target: str = "") -> None:
    times = []
    for _ in range(repeat):
        cold()
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    ms = [t * 1000 for t in times]
    print(f"{label}: {statistics.median(ms):.1f} ms ({min(ms):.1f}-{max(ms):.1f}){'  ' + target if target else ''}",
          flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--calls", type=int, default=100_000 if QUICK else 1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="casebench-bench-timeline-records-"))
    try:
        table_import.COMPACT_SCHEMATA = frozenset({"Call"})
        case = create_case(tmp / "calls.casebench", "bench passphrase", user="bench", title="Records timeline")
        entities.add_entity(case, entities.EntityDraft(
            "Event", [("name", "Lease"), ("startDate", "2014-01-01"), ("endDate", "2024-12-31")]))
        csv = tmp / "cdr.csv"
        write_cdr(csv, args.calls)
        t0 = time.perf_counter()
        table_import.import_table(case, csv, call_record_spec(
            "bench", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid"))
        print(f"{records.count(case):,} call records imported in {time.perf_counter() - t0:.0f} s;"
              f" records' reach {records.reach(case)} days", flush=True)

        def cold() -> None:
            case.conn.execute("PRAGMA shrink_memory")

        months = [START + timedelta(days=30 * (5 * i)) for i in range(12)]
        weeks = [fixed_utc(m) for m in months]

        def months_read() -> None:
            for m in months:
                timeline_store.rows(case, start=fixed_utc(m), end=fixed_utc(m + timedelta(days=31)), limit=200)

        def week_windows() -> None:
            for m, w in zip(months, weeks, strict=True):
                timeline_extra.window(case, w, fixed_utc(m + timedelta(days=7)))

        def jumps() -> None:
            for m in months:
                charts.timeline_window(case, m - timedelta(days=7), m + timedelta(days=14), limit=3000,
                                       with_parties=True)

        m = months[6]
        lo, hi = fixed_utc(m), fixed_utc(m + timedelta(days=30))
        edges = [fixed_utc(m + timedelta(days=30) * i / 200) for i in range(201)]
        person = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Nobody")]))
        n = args.calls
        timed(f"12 months, first 200 items each, {n:,} calls", months_read, cold, args.repeat,
              "target <= 600 ms")
        timed(f"12 week windows (up to 5,000 items), {n:,} calls", week_windows, cold, args.repeat)
        timed(f"12 week jumps of the view, {n:,} calls", jumps, cold, args.repeat, "target <= 2400 ms")
        timed("density, 200 buckets over a month", lambda: timeline_extra.density(case, edges, cap=100),
              cold, args.repeat)
        timed("view opening: extent, latest 300", lambda: charts.timeline_overview(case, with_undated=False),
              cold, args.repeat)
        timed("a month filtered by an entity", lambda: timeline_extra.window(
            case, lo, hi, timeline_extra.WindowFilter(entity_ids=(person,))), cold, args.repeat)
        timed("a month filtered by a tag", lambda: timeline_extra.window(
            case, lo, hi, timeline_extra.WindowFilter(tag="none")), cold, args.repeat)
        case.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
