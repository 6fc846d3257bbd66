"""Table import benchmark: a call-detail record of N rows (default 100,000), against a baseline.

Writes an operator-style CDR (Latin-1, semicolons, dd/mm/yyyy hh:mm:ss, numbers with
and without +), then, interleaved for --repeat rounds (default 3):

- the baseline: Python's csv module reading the file and sqlite3 `executemany` of the
  raw cells into one unencrypted, unindexed table (the floor of "load a CSV into SQLite");
- casebench: `import_table` into a new encrypted case (validate, normalise to E.164 and
  UTC-offset dates, take the file in as evidence, insert with row locators in chunks
  under an import id, index for search).

Reports rows/s of each, casebench's ratio to the baseline, the case's growth as a multiple
of the CSV (evidence copy included), the largest write-ahead log seen during the import,
and peak RSS; the summary (median, min-max) comes last. Targets (issue 17): 100k rows at
>= 15,000 rows/s, 1M rows in < 2 minutes, growth <= 6x the CSV. The machine may be shared:
trust the ratio more than the absolute rates. Everything written is removed (unless --keep).

    python bench/table_import.py [--rows 100000] [--repeat 3] [--keep DIR]
    BENCH_QUICK=1 python bench/table_import.py      # 20,000 rows
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "14")

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services.cases import create_case
from casebench.services.table_import import import_table

HEADER = "Nº registro;Fecha y hora;Llamante;Destinatario;Duración (s);Célula"


def write_cdr(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    numbers = [f"6{n:08d}" for n in range(12_000_000, 12_000_000 + 2000 * 7919, 7919)]
    with path.open("w", encoding="latin-1", newline="") as fh:
        fh.write(HEADER + "\r\n")
        for i in range(rows):
            a, b = rng.sample(numbers, 2)
            day, month = 1 + i % 28, 1 + (i // 28) % 12
            fh.write(f"CDR-{i:07d};{day:02d}/{month:02d}/2024 {rng.randint(0, 23):02d}:"
                     f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d};+34 {a};0034{b};"
                     f"{rng.randint(1, 3600)};Algeciras-Palmones\r\n")


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def baseline(src: Path, work: Path) -> tuple[float, int, int]:
    """(seconds, rows, database bytes): csv read + executemany into a plain SQLite table."""
    db = work / "baseline.sqlite"
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE cdr (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)")
    rows = 0
    with src.open(encoding="latin-1", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        batch: list[list[str]] = []
        for cells in reader:
            batch.append(cells)
            if len(batch) >= 5000:
                conn.executemany("INSERT INTO cdr VALUES (?,?,?,?,?,?)", batch)
                rows += len(batch)
                batch = []
        conn.executemany("INSERT INTO cdr VALUES (?,?,?,?,?,?)", batch)
        rows += len(batch)
    conn.commit()
    conn.close()
    seconds = time.perf_counter() - started
    size = tree_size(db)
    db.unlink()
    return seconds, rows, size


def casebench(src: Path, work: Path, spec: object) -> tuple[float, int, int, int]:
    """(seconds, imported rows, case growth in bytes, largest WAL seen in bytes)."""
    folder = work / "Bench.casebench"
    case = create_case(folder, "bench passphrase", user="bench", title="bench",
                       originator_country="es", default_tlp="AMBER")
    empty = tree_size(folder)
    wal = folder / "case.db-wal"
    largest = [0]

    def progress(done: int, total: int, message: str) -> None:
        if wal.exists():
            largest[0] = max(largest[0], wal.stat().st_size)

    try:
        started = time.perf_counter()
        report = import_table(case, src, spec, progress=progress)  # type: ignore[arg-type]
        seconds = time.perf_counter() - started
    finally:
        case.close()
    growth = tree_size(folder) - empty
    shutil.rmtree(folder)
    return seconds, report.imported_rows, growth, largest[0]


def spread(values: list[float], fmt: str = ",.0f") -> str:
    return (f"{format(statistics.median(values), fmt)} "
            f"({format(min(values), fmt)}-{format(max(values), fmt)})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    quick = bool(os.environ.get("BENCH_QUICK"))
    ap.add_argument("--rows", type=int, default=20_000 if quick else 100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep the CSV")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-table-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ["CASEBENCH_HOME"] = str(work / "home")  # nothing written outside the folder
    try:
        src = work / "cdr.csv"
        write_cdr(src, args.rows)
        csv_bytes = src.stat().st_size
        print(f"{args.rows:,} rows, {csv_bytes / 2**20:.1f} MiB CSV; {args.repeat} interleaved rounds",
              flush=True)
        spec = call_record_spec("bench", caller="Llamante", receiver="Destinatario",
                                date="Fecha y hora", duration="Duración (s)",
                                record_id="Nº registro", tz="Europe/Madrid")
        base_rate: list[float] = []
        base_growth: list[float] = []
        ours_rate: list[float] = []
        ours_growth: list[float] = []
        ours_wal: list[float] = []
        ratios: list[float] = []
        for rnd in range(args.repeat):
            # alternate which goes first, so neither always meets a warm page cache
            order = ("base", "ours") if rnd % 2 == 0 else ("ours", "base")
            got: dict[str, float] = {}
            for which in order:
                if which == "base":
                    s, n, size = baseline(src, work)
                    got["base"] = n / s
                    base_rate.append(n / s)
                    base_growth.append(size / csv_bytes)
                else:
                    s, n, size, wal = casebench(src, work, spec)
                    assert n == args.rows, (n, args.rows)
                    got["ours"] = n / s
                    ours_rate.append(n / s)
                    ours_growth.append(size / csv_bytes)
                    ours_wal.append(wal / 2**20)
            ratios.append(got["ours"] / got["base"])
            print(f"round {rnd + 1}: baseline {got['base']:,.0f} rows/s, casebench "
                  f"{got['ours']:,.0f} rows/s (ratio {ratios[-1]:.3f}), case +{ours_growth[-1]:.1f}x CSV",
                  flush=True)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\ntable import of {args.rows:,} CDR rows ({csv_bytes / 2**20:.1f} MiB), median (min-max) "
              f"of {args.repeat}:")
        print(f"  baseline csv + sqlite executemany: {spread(base_rate)} rows/s, "
              f"database {spread(base_growth, '.2f')}x the CSV")
        print(f"  casebench import_table:            {spread(ours_rate)} rows/s "
              f"(target >= 15,000 at 100k rows; 1M in < 120 s would be >= 8,333)")
        print(f"  casebench / baseline:              {spread(ratios, '.4f')}")
        print(f"  case growth:                       {spread(ours_growth, '.1f')}x the CSV "
              "(evidence copy included; target <= 6x)")
        print(f"  largest write-ahead log seen:      {spread(ours_wal, '.0f')} MiB; peak RSS {peak:.0f} MiB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
