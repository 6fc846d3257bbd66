"""Benchmark: a ~200-page briefing pack built from a generated case.

DESIGN.md §7 target: PDF <= 2x a plain reportlab document and DOCX <= 2x a plain
python-docx document of the same content, measured in the same run. The baselines
(``bench/pack.py``: ``plain_pdf`` / ``plain_docx``) print exactly the same text blocks
and tables as the pack, without cover, TOC, running header/footer, charts or photos.
Also prints the time to build the pack from the case and the peak RSS.

Run:  .venv/bin/python bench/briefing.py [--people 400] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))

from casebench.domain.handling import TLP, Handling
from casebench.reports.docx import render_docx
from casebench.reports.fonts import pack_fonts
from casebench.reports.pdf import render_pdf
from casebench.services.briefing import PackRequest, build_pack
from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.store.case import Case
from casebench.store.entities import list_entities
from pack import plain_docx, plain_pdf, timed
from synth import GIVEN, SURNAMES, WORDS

COUNTRIES = ["es", "pt", "ec", "gm", "gw", "cv", "br"]
ROLES = ["courier", "financier", "logistics", "driver", "skipper", "money changer", "lawyer"]
SUBJECTS = ["suspect", "suspect", "suspect", "witness", "other"]


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


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--people", type=int, default=400, help="people in the generated case")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--language", default="es")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        os.environ.setdefault("CASEBENCH_HOME", str(d / "home"))
        t = time.perf_counter()
        case = generate(d / "bench.casebench", args.people)
        print(f"generated case: {time.perf_counter() - t:.1f} s")
        pack_fonts()  # register fonts outside the timings
        t = time.perf_counter()
        pack = build_pack(case, PackRequest(language=args.language))
        build = time.perf_counter() - t
        rss_build = rss_mb()
        ours_pdf = timed(lambda: render_pdf(pack, d / "pack.pdf"), args.repeat)
        base_pdf = timed(lambda: plain_pdf(pack, d / "plain.pdf"), args.repeat)
        ours_docx = timed(lambda: render_docx(pack, d / "pack.docx"), args.repeat)
        base_docx = timed(lambda: plain_docx(pack, d / "plain.docx"), args.repeat)
        pages = len(PdfReader(d / "pack.pdf").pages)
        plain_pages = len(PdfReader(d / "plain.pdf").pages)
        case.close()
    print(f"{args.people} people: pack of {pages} pages (plain {plain_pages} pages), "
          f"{len(pack.persons)} profiles, {len(pack.timeline)} timeline rows, "
          f"{pack.withheld_count} withheld")
    print(f"build from case: {build:.2f} s (peak RSS so far {rss_build:.0f} MB)")
    print(f"pdf: {ours_pdf:.2f} s vs plain {base_pdf:.2f} s = {ours_pdf / base_pdf:.2f}x (target <= 2x)")
    print(f"docx: {ours_docx:.2f} s vs plain {base_docx:.2f} s = {ours_docx / base_docx:.2f}x "
          "(target <= 2x)")
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
