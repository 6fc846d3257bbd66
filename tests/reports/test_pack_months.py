"""A date known only to the month prints in words in the pack's language, as the window shows
it (CLDR's year-and-month pattern, decision 63): "agosto de 2023", never "08/2023", in the
money flows, the calls annex and wherever else the pack prints such a date, PDF and Word."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from casebench.reports.docx import render_docx

from .conftest import DemoPack

# A month and year written with digits alone ("08/2023"), not the end of a whole day "11/08/2023".
MONTH_IN_DIGITS = re.compile(r"(?<![\d/])(0[1-9]|1[0-2])/(19|20)\d\d\b")
# The demo case's own text holds two such strings, printed as written (case data): a court
# reference "Processo-crime 58/2024" and "opened 02/2024" in a typed description.
CASE_TEXT = re.compile(r"(?:Processo-crime|opened)\s*$")
# The demo's payments of August 2023 (some approximate) and its calls, counted by month.
AUGUST = {"en": "August 2023", "es": "agosto de 2023", "pt": "agosto de 2023", "fr": "août 2023"}
MARCH = {"en": "March 2024", "es": "marzo de 2024", "pt": "março de 2024", "fr": "mars 2024"}


def _months_in_digits(text: str) -> list[str]:
    return [m.group(0) for m in MONTH_IN_DIGITS.finditer(text) if not CASE_TEXT.search(text[:m.start()])]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join([*(p.text for p in d.paragraphs), *cells]).split())


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_a_month_prints_in_words_in_the_packs_language(lang: str, pdf_dir: Path, demo_pack: DemoPack,
                                                        tmp_path: Path) -> None:
    pack = demo_pack(lang)
    assert AUGUST[lang] in {m.date_text.lstrip("~") for m in pack.money_flows}
    assert "~" + AUGUST[lang] in {m.date_text for m in pack.money_flows}  # approximate, as known
    assert MARCH[lang] in {c.month for c in pack.call_summary}
    render_docx(pack, tmp_path / f"{lang}.docx")
    for text in (_pdf_text(pdf_dir / f"{lang}.pdf"), _docx_text(tmp_path / f"{lang}.docx")):
        assert _months_in_digits(text) == []
        assert "~" + AUGUST[lang] in text and MARCH[lang] in text
