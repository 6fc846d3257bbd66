"""Table import benchmark: a call-detail record of N rows (default 1,000,000).

Writes an operator-style CDR (Latin-1, semicolons, dd/mm/yyyy hh:mm:ss, numbers with
and without +), then reports

- rows/s of Python's csv module merely reading it (the floor any import pays),
- rows/s of `import_table` into a new encrypted case (validate, normalise to E.164 and
  UTC-offset dates, intake as evidence, insert with row locators, index for search),
- their ratio (target >= 0.2x), and the resident memory sampled while importing
  (peak, and at 10 % / 50 % / 100 %: flat means the import streams).

    python bench/table_import.py [--rows 1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
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


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def csv_read_seconds(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    with path.open(encoding="latin-1", newline="") as fh:
        n = sum(1 for _ in csv.reader(fh, delimiter=";")) - 1
    return time.perf_counter() - started, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-table-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CASEBENCH_HOME", str(work / "home"))
    src = work / "cdr.csv"
    t0 = time.perf_counter()
    write_cdr(src, args.rows)
    print(f"wrote {args.rows} rows ({src.stat().st_size / 2**20:.0f} MiB) in "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    csv_s, n = csv_read_seconds(src)
    assert n == args.rows
    case = create_case(work / "Bench.casebench", "bench passphrase", user="bench", title="bench",
                       originator_country="es", default_tlp="AMBER")
    spec = call_record_spec("bench", caller="Llamante", receiver="Destinatario",
                            date="Fecha y hora", duration="Duración (s)", record_id="Nº registro",
                            tz="Europe/Madrid")
    samples: dict[str, float] = {}
    peak = [rss_mb()]

    def progress(done: int, total: int, message: str) -> None:
        frac = done / total if total else 0
        now = rss_mb()
        peak[0] = max(peak[0], now)
        for mark in (0.1, 0.5):
            if frac >= mark and f"{int(mark * 100)}%" not in samples:
                samples[f"{int(mark * 100)}%"] = round(now, 1)

    started = time.perf_counter()
    report = import_table(case, src, spec, progress=progress)
    import_s = time.perf_counter() - started
    samples["100%"] = round(rss_mb(), 1)
    case.close()
    csv_rate = args.rows / csv_s
    import_rate = report.imported_rows / import_s
    result = {
        "rows": args.rows, "imported_rows": report.imported_rows,
        "statements": report.statements,
        "csv_read_s": round(csv_s, 2), "csv_rows_per_s": round(csv_rate),
        "import_s": round(import_s, 1), "import_rows_per_s": round(import_rate),
        "ratio_to_csv_read": round(import_rate / csv_rate, 3), "target_ratio": 0.2,
        "rss_mb_samples": samples, "rss_mb_peak_sampled": round(peak[0], 1),
        "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
