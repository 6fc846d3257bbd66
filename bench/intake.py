"""Evidence intake and verification throughput, as ratios to hashlib SHA-256 in the same run.

    .venv/bin/python bench/intake.py [--size-mib 1024] [--files 10000] [--dir DIR]

Targets (DESIGN §7): intake >= 0.5x and verify >= 0.8x of Python hashlib SHA-256
reading the same data; peak RSS < 150 MB for a 4 GiB file. Not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")

from casebench.services import evidence
from casebench.services.cases import create_case
from casebench.store.exhibits import ExhibitDraft

BLOCK = 1024 * 1024


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def hashlib_baseline(paths: list[Path]) -> float:
    start = time.perf_counter()
    for p in paths:
        h = hashlib.sha256()
        with open(p, "rb", buffering=0) as fh:
            while block := fh.read(BLOCK):
                h.update(block)
        h.hexdigest()
    return time.perf_counter() - start


def make_big(path: Path, mib: int) -> None:
    chunk = os.urandom(BLOCK)
    with open(path, "wb") as fh:
        for i in range(mib):
            fh.write(chunk[i % 256 :] + chunk[: i % 256])  # every block differs


def make_small(folder: Path, count: int) -> list[Path]:
    out = []
    for i in range(count):
        sub = folder / f"d{i // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"msg_{i:05d}.txt"
        p.write_bytes(os.urandom(200 + i % 3000))
        out.append(p)
    return out


def run(label: str, case_dir: Path, sources: list[Path], files: list[Path]) -> None:
    total = sum(p.stat().st_size for p in files)
    base = min(hashlib_baseline(files) for _ in range(2))  # warm cache, best of two
    case = create_case(case_dir, "bench", user="bench")
    try:
        evidence.add_exhibit(case, ExhibitDraft("B-1", type="data"))
        start = time.perf_counter()
        report = evidence.intake(case, "B-1", sources)
        intake_s = time.perf_counter() - start
        start = time.perf_counter()
        check = evidence.verify_evidence(case, "B-1")
        verify_s = time.perf_counter() - start
        assert report.files == len(files) and not check.problems, check.problems
    finally:
        case.close()
    mib = total / BLOCK
    print(f"{label}: {len(files)} file(s), {mib:.0f} MiB")
    print(f"  hashlib SHA-256 : {mib / base:8.1f} MiB/s")
    print(
        f"  intake          : {mib / intake_s:8.1f} MiB/s  ratio {base / intake_s:.2f}x (target >= 0.5x)"
    )
    print(
        f"  verify          : {mib / verify_s:8.1f} MiB/s  ratio {base / verify_s:.2f}x (target >= 0.8x)"
    )
    print(f"  peak RSS so far : {peak_rss_mib():8.1f} MiB (target < 150 MB)")
    sys.stdout.flush()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--size-mib", type=int, default=1024, help="size of the big file (default 1024)"
    )
    ap.add_argument(
        "--files", type=int, default=10_000, help="number of small files (default 10000)"
    )
    ap.add_argument("--dir", type=Path, help="work folder (default: a new temporary folder)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="casebench-bench-", dir=args.dir))
    try:
        big = work / "src-big" / "image.bin"
        big.parent.mkdir()
        make_big(big, args.size_mib)
        run("one big file", work / "big.casebench", [big], [big])
        big.unlink()
        small_root = work / "src-small" / "extraction"
        small = make_small(small_root, args.files)
        run("many small files", work / "small.casebench", [small_root], small)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
