"""Benchmark: a ~200-page briefing pack against plain documents of the same text.

DESIGN.md §7 target: our PDF <= 2x a plain reportlab document, our DOCX <= 2x a
plain python-docx document, both measured in the same run. The plain baselines
print exactly the same text blocks (``reports.content.build_blocks``) with the same
fonts, in the simplest way each library offers: no cover, no TOC, no header or
footer, no charts or photos, no bookmarks.

The pack is the demo case's (``bench/demo_pack.py``), its long sections repeated ``--size``
times (6: about 200 pages). The demo case is built in a temporary folder, removed at the end.

Run:  .venv/bin/python bench/pack.py [--size 6] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from casebench.reports import content
from casebench.reports.docx import render_docx
from casebench.reports.fonts import pack_fonts
from casebench.reports.pack import BriefingPack
from casebench.reports.pdf import render_pdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from demo_pack import demo_pack  # bench/ is not a package


def plain_pdf(pack: BriefingPack, out: Path) -> None:
    f = pack_fonts()
    body = ParagraphStyle("b", fontName=f.regular, fontSize=9.5, leading=13)
    cell = ParagraphStyle("c", fontName=f.regular, fontSize=8, leading=10)
    heads = {i: ParagraphStyle(f"h{i}", fontName=f.bold, fontSize=18 - 2 * i, leading=22 - 2 * i)
             for i in (1, 2, 3)}  # fmt: skip
    width = A4[0] - 36 * mm

    def p(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story: list[object] = [p(pack.operation, heads[1])]
    story += [Table([[p(k, cell), p(v, cell)] for k, v in content.cover_rows(pack)])]
    for b in content.build_blocks(pack):
        if isinstance(b, content.Heading):
            story.append(p(b.text, heads[b.level]))
        elif isinstance(b, content.Para):
            story.append(p(b.text, body))
        elif isinstance(b, content.Table):
            data = [[p(c, cell) for c in b.columns]] + [[p(v, cell) for v in r] for r in b.rows]
            # a row taller than a page (an exhibit with many files) splits, as in ours
            story.append(Table(data, colWidths=[w * width for w in b.widths], repeatRows=1,
                               splitInRow=1))
            story.append(Spacer(1, 4))
        elif isinstance(b, content.Profile):
            story.append(Table([[p(k, cell), p(v, cell)] for k, v in b.rows],
                               colWidths=[0.3 * width, 0.7 * width], splitInRow=1))  # fmt: skip
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(story)


def plain_docx(pack: BriefingPack, out: Path) -> None:
    d = docx.Document()
    d.add_heading(pack.operation, 0)
    for k, v in content.cover_rows(pack):
        d.add_paragraph(f"{k}: {v}")
    for b in content.build_blocks(pack):
        if isinstance(b, content.Heading):
            d.add_heading(b.text, b.level)
        elif isinstance(b, content.Para):
            d.add_paragraph(b.text)
        elif isinstance(b, content.Table | content.Profile):
            rows: tuple[tuple[str, ...], ...] = b.rows
            cols = len(b.columns) if isinstance(b, content.Table) else 2
            t = d.add_table(rows=0, cols=cols)
            t.style = "Table Grid"
            if isinstance(b, content.Table):
                for c, v in zip(t.add_row().cells, b.columns, strict=False):
                    c.text = v
            for r in rows:
                for c, v in zip(t.add_row().cells, r, strict=False):
                    c.text = v
    d.save(str(out))


def timed(fn: Callable[[], None], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=6, help="repetitions of the demo pack's sections")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--language", default="es")
    args = ap.parse_args()
    pack_fonts()  # register fonts outside the timings
    with tempfile.TemporaryDirectory(prefix="casebench-bench-") as tmp:
        d = Path(tmp)
        os.environ["CASEBENCH_HOME"] = str(d / "home")  # nothing outside the temporary folder
        pack = demo_pack(d, args.language, args.size)
        ours_pdf = timed(lambda: render_pdf(pack, d / "pack.pdf"), args.repeat)
        base_pdf = timed(lambda: plain_pdf(pack, d / "plain.pdf"), args.repeat)
        ours_docx = timed(lambda: render_docx(pack, d / "pack.docx"), args.repeat)
        base_docx = timed(lambda: plain_docx(pack, d / "plain.docx"), args.repeat)
        pages = len(PdfReader(d / "pack.pdf").pages)
        plain_pages = len(PdfReader(d / "plain.pdf").pages)
    print(f"size {args.size}: {pages} pages (plain {plain_pages} pages)")
    print(
        f"pdf: {ours_pdf:.2f} s vs plain {base_pdf:.2f} s = {ours_pdf / base_pdf:.2f}x (target <= 2x)"
    )
    print(
        f"docx: {ours_docx:.2f} s vs plain {base_docx:.2f} s = {ours_docx / base_docx:.2f}x (target <= 2x)"
    )


if __name__ == "__main__":
    main()
