"""Store benchmarks, each a ratio to a baseline measured in the same run.

- bulk insert: our validated, encrypted load vs the same (already normalised) rows into
  an unkeyed sqlcipher3 database with the same schema (target >= 0.7x);
- full-text search over M statements: top 20 p50 / p95 (targets <= 5 ms / <= 25 ms), in
  interleaved rounds with the bare FTS5 look-up of the same words (`fts_yardstick`);
- unlock (key slot KDF at the production work factor) and case open time.

    python bench/store.py [--statements 1000000] [--insert-rows 200000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlcipher3

import fts_yardstick
from casebench.domain.schema import get_schema
from casebench.domain.values import normalise
from casebench.services import search
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case, open_case
from casebench.store import migrations
from casebench.store.case import register_functions
from synth import GIVEN, SURNAMES, WORDS, build, entity_drafts, vocabulary


def bench_insert(tmp: Path, rows: int) -> str:
    n = rows // 5
    drafts = list(entity_drafts(n, rows))
    case = create_case(tmp / "insert.casebench", "bench", user="bench")
    t0 = time.perf_counter()
    add_entities(case, drafts, total=n)
    ours = time.perf_counter() - t0
    case.close()

    # Baseline: the same rows (same ids, same columns), normalised up front, into an
    # unkeyed database with the same schema (every migration) and cache size.
    import json
    import uuid

    handling = json.dumps({"tlp": "AMBER"})
    ents, stmts = [], []
    for d in drafts:
        sch = get_schema(d.schema)
        eid = str(uuid.uuid4())
        vals = [(p, normalise(sch.properties[p].type, v).value, v) for p, v in d.values]
        ents.append((eid, d.schema, vals[0][1], 2, handling, "2026-01-01T00:00:00.000000Z", "bench", ""))
        stmts += [(str(uuid.uuid4()), eid, p, v, o, None, None, None, "", "bench", None, "", "", "",
                   "now", "now", None, 2, handling, "now") for p, v, o in vals]
    conn = sqlcipher3.connect(str(tmp / "plain.db"), isolation_level=None)
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    register_functions(conn)  # the full-text tables' triggers fold as in a real case
    for _version, upgrade in migrations.steps():  # the same schema as a real case
        upgrade(conn)
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entities(id, schema, caption, tlp, handling, created_at, created_by, origin)"
                     " VALUES (?,?,?,?,?,?,?,?)", ents)
    conn.executemany(
        "INSERT INTO statements(id, entity_id, prop, value, original, match_key, date_start,"
        " date_end, lang, author, source_exhibit, locator, origin, origin_bundle, first_seen,"
        " last_seen, grade, tlp, handling, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        stmts)
    conn.execute("COMMIT")
    base = time.perf_counter() - t0
    conn.close()
    ratio = base / ours
    return (f"bulk insert: {rows} statements: casebench {ours:.2f} s ({rows / ours:,.0f}/s) vs unkeyed "
            f"{base:.2f} s ({rows / base:,.0f}/s) = {ratio:.2f}x (target >= 0.7x)")


def bench_search(tmp: Path, statements: int) -> str:
    path = tmp / "fts.casebench"
    case = build(path, statements // 10, statements, 0, verbose=False)
    rnd = random.Random(3)
    vocab = vocabulary()
    # What investigators type: names (full or prefix), places, and words from notes.
    queries = [f"{rnd.choice(GIVEN)} {rnd.choice(SURNAMES)}" for _ in range(60)]
    queries += [rnd.choice(SURNAMES)[:5] for _ in range(40)]
    queries += [rnd.choice(vocab) for _ in range(60)]
    queries += [rnd.choice(WORDS) for _ in range(40)]
    case.close()
    os.environ.pop("CASEBENCH_TEST_SCRYPT_LOG_N", None)
    t0 = time.perf_counter()
    case = open_case(path, "bench", user="bench")
    total = time.perf_counter() - t0
    # searched as opened: the process that loaded a million statements reads every page
    # several times slower until the case is opened again (the bare look-up too)
    search.search(case, queries[0], limit=20)  # the first search warms the connection
    ratio = fts_yardstick.compare(case, queries)
    case.close()
    print(f"unlock + open ({path.stat().st_size if path.is_file() else sum(f.stat().st_size for f in path.rglob('*')) / 1e6:.0f} MB case, "
          f"KDF at the work factor of the case's slot): {total:.2f} s")
    return ratio


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--insert-rows", type=int, default=200_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="casebench-bench-") as tmp:
        lines = [bench_insert(Path(tmp), args.insert_rows), bench_search(Path(tmp), args.statements)]
    print("\n== ratios (interleaved or in the same run; the machine is shared: trust ratios, not times) ==")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
