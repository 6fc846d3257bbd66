"""Renaming an end of many relationships kept as statements (helper renamebatch).

A case with N calls kept as statements (not compact records), all made by one subscriber
(a Person, "the number's holder") to 100 others, named once. Then, each timed inside its
one transaction (`services.entities`):

- rename: the holder's first name retracted, so the second one names it — every call's
  caption ("<holder> called <receiver>") is written again;
- merge: a second person with N/10 calls folded into the holder: in the first round those
  calls are renamed; from the second on the merged person's name, older than the holder's
  name added back after the rename, names the holder, so all 1.1 N calls are;
- unmerge: the same merge undone (as many calls named again).

Each round's wall and CPU time are printed, then the medians.

    python bench/rename_links.py [--calls 50000] [--repeat 3]
    BENCH_QUICK=1 python bench/rename_links.py      # 5,000 calls
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")  # unlock is not what is measured here

from casebench.services import entities
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.store import entities as repo


def _build(folder: Path, calls: int) -> tuple[object, str, str, str]:
    case = create_case(folder / "rename.casebench", "bench", user="bench")
    holder = entities.add_entity(case, EntityDraft("Person", [("name", "GOMES, Ana"), ("name", "Ana Gomes")]))
    other = entities.add_entity(case, EntityDraft("Person", [("name", "Ana G.")]))
    people = [entities.add_entity(case, EntityDraft("Person", [("name", f"Receiver {i}")])) for i in range(100)]
    rnd = random.Random(7)

    def drafts(caller: str, n: int, tag: int):
        for i in range(n):
            yield EntityDraft("Call", [
                ("caller", caller), ("receiver", rnd.choice(people)),
                ("callerNumber", "+34612345678"), ("receiverNumber", f"+3461{rnd.randrange(10**7):07d}"),
                ("date", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}"),
                ("duration", str(rnd.randrange(1, 900))), ("notes", f"set {tag}")])

    add_entities(case, drafts(holder, calls, 1), total=calls)
    add_entities(case, drafts(other, calls // 10, 2), total=calls // 10)
    ids = [eid for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'")]
    with case.transaction():
        repo.refresh_captions(case, ids)  # "Call" until named after their ends
    return case, holder, other, ids[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=5_000 if os.environ.get("BENCH_QUICK") else 50_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cb-rename-"))
    try:
        t0 = time.perf_counter()
        case, holder, other, first_call = _build(folder, args.calls)
        print(f"built {args.calls:,} + {args.calls // 10:,} calls as statements in {time.perf_counter() - t0:.1f} s")
        times: dict[str, list[tuple[float, float]]] = {"rename": [], "merge": [], "unmerge": []}
        for _ in range(args.repeat):
            first = next(s for s in entities.get(case, holder).statements if s.prop == "name")
            t0, c0 = time.perf_counter(), time.process_time()
            entities.retract(case, first.id, "bench: the name as written first")  # type: ignore[arg-type]
            times["rename"].append((time.perf_counter() - t0, time.process_time() - c0))
            entities.add_values(case, holder, [("name", first.value)])  # type: ignore[arg-type]
            t0, c0 = time.perf_counter(), time.process_time()
            entities.merge(case, other, holder, "bench")  # type: ignore[arg-type]
            times["merge"].append((time.perf_counter() - t0, time.process_time() - c0))
            t0, c0 = time.perf_counter(), time.process_time()
            entities.unmerge(case, other, "bench")  # type: ignore[arg-type]
            times["unmerge"].append((time.perf_counter() - t0, time.process_time() - c0))
        print("caption of a call now:", entities.get(case, first_call).caption)  # type: ignore[arg-type]
        for what, ts in times.items():
            rounds = "  ".join(f"{wall:.2f} s (CPU {cpu:.2f})" for wall, cpu in ts)
            print(f"{what:8s} rounds: {rounds}; median wall {statistics.median(w for w, _ in ts):.2f} s,"
                  f" CPU {statistics.median(c for _, c in ts):.2f} s")
        case.close()  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
