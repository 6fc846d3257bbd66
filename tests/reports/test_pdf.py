"""The PDF edition: markings on every page, TOC, outline, accents, fonts, cancel."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.domain.handling import TLP
from casebench.domain.progress import OperationCancelled
from casebench.reports import labels
from casebench.reports import pdf as pdf_mod
from casebench.reports.fonts import FontSet
from casebench.reports.pdf import render_pdf

from .conftest import LANGS, RED_RECIPIENT, DemoPack


def _texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _outline_titles(path: Path) -> list[str]:
    out: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for it in items:
            if isinstance(it, list):
                walk(it)
            else:
                out.append(it.title)

    walk(PdfReader(path).outline)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_is_marked_and_numbered(pdf_dir: Path, lang: str) -> None:
    texts = _texts(pdf_dir / f"{lang}.pdf")
    total = len(texts)
    assert total >= 5
    prefix = labels.text(lang, "page_of", page="", total="").split()[0]
    for i, text in enumerate(texts, 1):
        assert text.count("TLP:AMBER") >= 2, f"page {i}: TLP label in header and footer"
        assert re.search(rf"{prefix}\s*{i}\s*/\s*{total}\b", text), f"page {i}: {text[-200:]!r}"
        assert "ES-UDYCO-2024-0117" in text  # case reference in the header
        assert "UCNM Grupo Atlántico" in text  # originator


@pytest.mark.parametrize("lang", LANGS)
def test_outline_and_table_of_contents(pdf_dir: Path, lang: str) -> None:
    path = pdf_dir / f"{lang}.pdf"
    titles = _outline_titles(path)
    for key in ("contents", "persons", "timeline", "seizures", "glossary"):
        assert labels.text(lang, key) in titles
    assert "José Luis García Márquez" in titles  # level-2 bookmark
    toc_pages = "\n".join(_texts(path)[1:4])  # the contents take a page or two
    assert labels.text(lang, "contents") in _texts(path)[1]
    # each section title is followed (after the dot leader) by its page number
    timeline = labels.text(lang, "timeline")
    assert re.search(rf"{re.escape(timeline)}[\s.]*\d+", toc_pages)


@pytest.mark.parametrize("lang", LANGS)
def test_accents_survive(pdf_dir: Path, lang: str) -> None:
    text = "\n".join(_texts(pdf_dir / f"{lang}.pdf"))
    assert "García Márquez" in text
    assert "Guiné-Bissau" in text
    assert "João Pedro da Silva Santos" in text
    assert "Baldé" in text and "Quiñónez" in text and "Bijagós" in text
    assert labels.text(lang, "timeline") in text  # labels translated


def test_spanish_labels(pdf_dir: Path) -> None:
    text = "\n".join(_texts(pdf_dir / "es.pdf"))
    for word in ("Cronología", "Incautaciones", "Perfiles de personas", "Página 1 /"):
        assert word in text
    assert "20/02/2024 (20 de febrero de 2024)" in text  # the forum's date


def test_fonts_are_embedded(pdf_dir: Path) -> None:
    reader = PdfReader(pdf_dir / "pt.pdf")
    fonts = reader.pages[2]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        desc = font.get("/FontDescriptor")
        if desc is None and "/DescendantFonts" in font:
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        if desc is not None:
            d = desc.get_object()
            embedded.append(any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert embedded and all(embedded)


def test_red_pack_has_recipient_watermark(pdf_dir: Path) -> None:
    texts = _texts(pdf_dir / "red.pdf")
    for text in texts:
        assert "TLP:RED" in text
        assert RED_RECIPIENT in text
    assert "Pedro Navarro Expósito" in "\n".join(texts)  # RED item included at RED ceiling


def test_amber_ceiling_leaves_red_items_out(pdf_dir: Path) -> None:
    text = "\n".join(_texts(pdf_dir / "en.pdf"))
    assert "Pedro Navarro Expósito" not in text  # known only from RED reporting
    assert "HS-ES-0457" not in text  # the human source
    assert "were left out of this pack" in text
    assert RED_RECIPIENT not in text  # no watermark below RED


def test_empty_sections_are_omitted(tmp_path: Path, demo_pack: DemoPack) -> None:
    pack = dataclasses.replace(demo_pack("en"), seizures=(), gaps=(), chart=None)
    out = tmp_path / "p.pdf"
    render_pdf(pack, out)
    titles = _outline_titles(out)
    text = "\n".join(_texts(out))
    assert "Seizures" not in titles  # (the country summaries still count them)
    assert "Intelligence gaps" not in text
    assert "Network chart" not in text
    assert "Money flows" in titles


def test_progress_and_cancel(tmp_path: Path, demo_pack: DemoPack) -> None:
    calls: list[tuple[int, int]] = []
    out = tmp_path / "p.pdf"
    render_pdf(demo_pack("fr"), out, progress=lambda d, t, m: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    assert all(d <= t for d, t in calls)

    out2 = tmp_path / "cancelled.pdf"
    polls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        render_pdf(demo_pack("fr"), out2, cancelled=lambda: next(polls) >= 2)
    assert not out2.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]  # no temp file left


def test_cancel_keeps_previous_file(tmp_path: Path, demo_pack: DemoPack) -> None:
    out = tmp_path / "p.pdf"
    out.write_bytes(b"previous")
    with pytest.raises(OperationCancelled):
        render_pdf(demo_pack("en"), out, cancelled=lambda: True)
    assert out.read_bytes() == b"previous"


def test_helvetica_fallback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_pack: DemoPack
) -> None:
    fallback = FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                       "Helvetica-BoldOblique", "Courier", embedded=False)  # fmt: skip
    monkeypatch.setattr(pdf_mod, "pack_fonts", lambda: fallback)
    out = tmp_path / "h.pdf"
    render_pdf(demo_pack("pt", TLP.GREEN), out)
    text = "\n".join(_texts(out))
    assert "TLP:GREEN" in text
    assert "Guiné-Bissau" in text  # Latin-1 accents print with Helvetica too
    assert "Apreensões" in text
    assert "García Márquez" not in text  # all that names him is above GREEN


def test_font_dir_missing_logs_and_falls_back(caplog: pytest.LogCaptureFixture) -> None:
    from casebench.reports.fonts import pack_fonts

    with caplog.at_level("WARNING"):
        fonts = pack_fonts(Path("/nonexistent-font-dir"))
    assert fonts.regular == "Helvetica" and not fonts.embedded
    assert "Helvetica" in caplog.text
