"""Benchmark: briefing packs against plain documents, and a 5,000-entity case end to end.

Issue 14 targets, checked in one run and printed last with OK / NOT MET:

* a ~200-page pack: PDF <= 1.5x a plain reportlab document and DOCX <= 1.5x a plain
  python-docx document of the same content (``bench/pack.py``: ``plain_pdf`` /
  ``plain_docx`` print exactly the same text blocks and tables, without cover, TOC,
  running header/footer, charts or photos). Our renderer and its baseline run
  interleaved (ours, plain, ours, plain …) so that a noisy neighbour on the machine
  slows both alike; each is timed ``--repeat`` times and the median is compared.
* a pack of a generated case of at least 5,000 entities <= 30 s, timed end to end
  (build from the case + layout + file + disclosure record: ``services.briefing.render_pack``)
  for PDF and for Word.

Everything is written in a temporary folder (the case, its CASEBENCH_HOME, the files),
removed at the end.

The ~200-page pack is the demo case's (``bench/demo_pack.py``: built from the demo case
through ``services.briefing``, its long sections repeated ``--size`` times).

Run:  .venv/bin/python bench/briefing.py [--size 6] [--entities 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebench.domain.handling import TLP, Handling
from casebench.reports.docx import render_docx
from casebench.reports.fonts import pack_fonts
from casebench.reports.pdf import render_pdf
from casebench.services.briefing import PackRequest, render_pack
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.store.case import Case
from casebench.store.entities import list_entities
from demo_pack import demo_pack
from pack import plain_docx, plain_pdf
from synth import GIVEN, SURNAMES, WORDS

RATIO_TARGET = 1.5
BIG_TARGET_S = 30.0
COUNTRIES = ["es", "pt", "ec", "gm", "gw", "cv", "br"]
ROLES = ["courier", "financier", "logistics", "driver", "skipper", "money changer", "lawyer"]
SUBJECTS = ["suspect", "suspect", "suspect", "witness", "other"]
# Entities per person generated: the person, 1/3 company, a directorship, 3 calls,
# a payment, 1/4 seizure.
PER_PERSON = 1 + 1 / 3 + 1 + 3 + 1 + 1 / 4


def _people(rnd: random.Random, n: int) -> Iterator[EntityDraft]:
    for i in range(n):
        first, last = rnd.choice(GIVEN), f"{rnd.choice(SURNAMES)} {rnd.choice(SURNAMES)}"
        c = rnd.choice(COUNTRIES)
        values = [("name", f"{first} {last}"), ("alias", f"{first[:3]}{i}"),
                  ("birthDate", f"{rnd.randint(1960, 2000)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"),
                  ("nationality", c), ("country", c), ("role", rnd.choice(ROLES)),
                  ("dataSubject", rnd.choice(SUBJECTS))]
        tlp = TLP.RED if i % 50 == 49 else TLP.AMBER
        yield EntityDraft("Person", values, [], Handling(tlp=tlp))


def _companies(rnd: random.Random, n: int) -> Iterator[EntityDraft]:
    for i in range(n):
        c = rnd.choice(COUNTRIES)
        yield EntityDraft("Company", [
            ("name", f"{rnd.choice(WORDS).title()} {rnd.choice(SURNAMES)} {i} Lda"),
            ("country", c), ("jurisdiction", c), ("registrationNumber", f"REG-{c.upper()}-{i:06d}"),
            ("sector", rnd.choice(["fruit export", "fishing", "logistics", "cold storage"])),
            ("incorporationDate", f"{rnd.randint(2000, 2022)}-{rnd.randint(1, 12):02d}-01")])


def _links(rnd: random.Random, people: list[str], companies: list[str], calls: int,
           payments: int, seizures: int) -> Iterator[EntityDraft]:
    for p in people:
        yield EntityDraft("Directorship", [("director", p), ("organization", rnd.choice(companies)),
                                           ("startDate", f"{rnd.randint(2010, 2023)}")])
    for _ in range(calls):
        a, b = rnd.sample(people, 2)
        off = rnd.choice(["+01:00", "+00:00", "-05:00", "-03:00"])
        yield EntityDraft("Call", [
            ("caller", a), ("receiver", b), ("duration", str(rnd.randint(5, 900))),
            ("date", f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T"
                     f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}{off}")])
    for _ in range(payments):
        a, b = rnd.sample(companies, 2)
        yield EntityDraft("Payment", [
            ("payer", a), ("beneficiary", b), ("amount", str(rnd.randint(1000, 500000))),
            ("currency", rnd.choice(["EUR", "USD"])), ("purpose", rnd.choice(WORDS)),
            ("date", f"2023-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")])
    for i in range(seizures):
        yield EntityDraft("Seizure", [
            ("name", f"Seizure {i}"), ("date", f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"),
            ("place", rnd.choice(WORDS)), ("substance", "cocaine"),
            ("quantity", str(rnd.randint(10, 3000))), ("unit", "kg"),
            ("concealment", "banana boxes"), ("route", "EC → GM → ES"),
            ("involved", rnd.choice(people)), ("country", rnd.choice(COUNTRIES))])


def generate(path: Path, people: int, seed: int = 3) -> Case:
    rnd = random.Random(seed)
    case = create_case(path, "bench", user="bench", title="Operation Benchmark",
                       reference="BENCH-2024-0001", originator="casebench bench",
                       originator_country="es", default_tlp="AMBER")
    add_entities(case, _people(rnd, people))
    add_entities(case, _companies(rnd, people // 3))
    ids: dict[str, list[str]] = {}
    for e in list_entities(case):
        ids.setdefault(e.schema, []).append(e.id)
    add_entities(case, _links(rnd, ids["Person"], ids["Company"], calls=people * 3,
                              payments=people, seizures=people // 4))
    return case


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _once(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def interleaved(pairs: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Each function ``repeat`` times, round-robin, the order rotated every round."""
    runs: dict[str, list[float]] = {k: [] for k in pairs}
    names = list(pairs)
    for r in range(repeat):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            runs[name].append(_once(pairs[name]))
    return runs


def spread(runs: list[float]) -> str:
    return f"median {statistics.median(runs):.2f} s (min {min(runs):.2f}, max {max(runs):.2f}, n={len(runs)})"


def verdict(ok: bool) -> str:
    return "OK" if ok else "NOT MET"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--size", type=int, default=6,
                    help="repetitions of the demo pack's long sections (6: about 200 pages)")
    ap.add_argument("--entities", type=int, default=5000, help="entities in the generated case")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each (at least 3 for a median)")
    ap.add_argument("--big-repeat", type=int, default=1, help="runs of the big-case packs")
    ap.add_argument("--language", default="es")
    args = ap.parse_args()
    results: list[str] = []
    old_home = os.environ.get("CASEBENCH_HOME")
    try:
        with tempfile.TemporaryDirectory(prefix="casebench-bench-") as tmp:
            d = Path(tmp)
            os.environ["CASEBENCH_HOME"] = str(d / "home")  # nothing outside the temporary folder
            pack_fonts()  # register fonts outside the timings

            # 1. ~200 pages against plain documents, interleaved
            pack = demo_pack(d, args.language, args.size)
            runs = interleaved({
                "pdf": lambda: render_pdf(pack, d / "pack.pdf"),
                "plain pdf": lambda: plain_pdf(pack, d / "plain.pdf"),
                "docx": lambda: render_docx(pack, d / "pack.docx"),
                "plain docx": lambda: plain_docx(pack, d / "plain.docx"),
            }, args.repeat)
            pages = len(PdfReader(d / "pack.pdf").pages)
            plain_pages = len(PdfReader(d / "plain.pdf").pages)
            print(f"demo pack x{args.size} ({args.language}): {pages} pages "
                  f"(plain {plain_pages} pages)")
            for name, r in runs.items():
                print(f"  {name:<10} {spread(r)}")
            for fmt in ("pdf", "docx"):
                ratio = statistics.median(runs[fmt]) / statistics.median(runs[f"plain {fmt}"])
                lo = min(runs[fmt]) / max(runs[f"plain {fmt}"])
                hi = max(runs[fmt]) / min(runs[f"plain {fmt}"])
                results.append(f"{pages}-page {fmt.upper()}: {ratio:.2f}x plain (range {lo:.2f}–{hi:.2f}), "
                               f"target <= {RATIO_TARGET}x: {verdict(ratio <= RATIO_TARGET)}")

            # 2. a case of >= N entities, end to end
            t = time.perf_counter()
            people = int(args.entities / PER_PERSON) + 1
            case = generate(d / "big.casebench", people)
            count = len(list_entities(case))
            print(f"generated case: {count} entities in {time.perf_counter() - t:.1f} s")
            big: dict[str, list[float]] = {"pdf": [], "docx": []}
            try:
                for i in range(args.big_repeat):
                    for fmt in ("pdf", "docx"):
                        out = d / f"big-{i}.{fmt}"
                        big[fmt].append(_once(lambda out=out, fmt=fmt: render_pack(
                            case, PackRequest(language=args.language), out, fmt)))
                        if fmt == "pdf":
                            print(f"  big pack: {len(PdfReader(out).pages)} pages")
            finally:
                case.close()
            for fmt, r in big.items():
                print(f"  {count}-entity {fmt:<4} {spread(r)}")
                results.append(f"{count}-entity case, {fmt.upper()} end to end: "
                               f"{statistics.median(r):.1f} s, target <= {BIG_TARGET_S:.0f} s: "
                               f"{verdict(statistics.median(r) <= BIG_TARGET_S)}")
            print(f"peak RSS: {rss_mb():.0f} MB")
    finally:
        if old_home is None:
            os.environ.pop("CASEBENCH_HOME", None)
        else:
            os.environ["CASEBENCH_HOME"] = old_home
    print("\ntargets (issue 14 item 7):")
    for line in results:
        print(f"  {line}")


if __name__ == "__main__":
    main()
