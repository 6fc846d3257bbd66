"""FtM import benchmark: N entities (default 100,000) streamed into a new encrypted case.

Writes an OpenSanctions-like file (people with names, birth dates, nationalities and
phones; companies; directorships linking them; some entities split over two lines, the
way `ftm aggregate` input is), imports it, and reports entities/s and the resident memory
sampled while importing: the peak, and at 10 % / 50 % / 100 % (flat means it streams).
Target: peak below 300 MB for 100,000 entities.

    python bench/ftm_import.py [--entities 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "14")

from casebench.services.cases import create_case
from casebench.services.interop import import_ftm

TARGET_MB = 300


def write_ftm(path: Path, entities: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    people = entities * 2 // 5
    companies = entities // 5
    links = entities - people - companies
    with path.open("w", encoding="utf-8") as fh:
        for i in range(people):
            props = {"name": [f"Person {i} {rng.choice(['Mendy', 'Sousa', 'Mensah', 'Diallo'])}"],
                     "birthDate": [f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"],
                     "nationality": [rng.choice(["sn", "gh", "pt", "cv", "gw"])],
                     "phone": [f"+34 6{i % 100_000_000:08d}"]}
            fh.write(json.dumps({"id": f"os-p-{i}", "schema": "Person", "properties": props}) + "\n")
            if i % 10 == 0:  # a second fragment of the same entity, as aggregated data has
                fh.write(json.dumps({"id": f"os-p-{i}", "schema": "Person",
                                     "properties": {"alias": [f"P{i}"]}}) + "\n")
        for i in range(companies):
            fh.write(json.dumps({"id": f"os-c-{i}", "schema": "Company", "properties": {
                "name": [f"Company {i} Ltd"], "jurisdiction": ["gh"],
                "registrationNumber": [f"CS{i:09d}"]}}) + "\n")
        for i in range(links):
            fh.write(json.dumps({"id": f"os-d-{i}", "schema": "Directorship", "properties": {
                "director": [f"os-p-{rng.randrange(people)}"],
                "organization": [f"os-c-{rng.randrange(companies)}"], "role": ["director"]}}) + "\n")


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="keep the file and case in this folder")
    args = ap.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="casebench-ftm-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "entities.ftm.json"
    write_ftm(src, args.entities)
    case = create_case(folder / "Bench.casebench", "bench passphrase", user="bench", title="bench",
                       default_tlp="AMBER")
    samples: dict[str, float] = {}
    peak = [rss_mb()]
    start_rss = peak[0]

    def progress(done: int, total: int, msg: str) -> None:
        now = rss_mb()
        peak[0] = max(peak[0], now)
        for mark in (10, 50, 100):
            if done * 100 >= mark * total and f"{mark}%" not in samples:
                samples[f"{mark}%"] = now

    started = time.perf_counter()
    report = import_ftm(case, src, progress=progress)
    seconds = time.perf_counter() - started
    peak[0] = max(peak[0], rss_mb())
    case.close()
    print(f"file: {src.stat().st_size / 2**20:.1f} MB, {report.lines} lines")
    print(f"imported {report.entities} entities ({report.statements} values, {report.merged} "
          f"lines merged) in {seconds:.1f} s = {report.entities / seconds:,.0f} entities/s")
    print(f"RSS before: {start_rss:.0f} MB; while importing: "
          + ", ".join(f"{k} {v:.0f} MB" for k, v in samples.items()) + f"; peak {peak[0]:.0f} MB")
    ok = peak[0] < TARGET_MB
    print(f"peak RSS {'below' if ok else 'ABOVE'} the {TARGET_MB} MB target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
