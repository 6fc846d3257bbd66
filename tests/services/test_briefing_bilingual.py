"""Bilingual packs (one language after the other) and the pack date, read back from the files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from tests.services.test_briefing import NAMED_RED, PASS, RED_FOR, RED_NAME, UNNAMED_RED, _populate

from casebench.cli.main import main as cli_main
from casebench.domain.handling import TLP
from casebench.services.briefing import PackRequest, build_pack, render_pack
from casebench.services.cases import create_case
from casebench.services.progress import OperationCancelled
from casebench.store import audit
from casebench.store.case import Case

ES_H1 = ("Perfiles de personas", "Cronología", "Glosario")
EN_H1 = ("Person profiles", "Timeline", "Glossary")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, Path]]:
    root = tmp_path_factory.mktemp("bilingual")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEBENCH_HOME", str(root / "home"))
        case = create_case(root / "Mar-Azul.casebench", PASS, user="tester",
                           title="Operation Mar Azul", reference="ES-UDYCO-2024-0117",
                           originator="UCNM Grupo Atlántico", originator_country="es",
                           default_tlp="AMBER")
        try:
            _populate(case)
            yield case, root
        finally:
            case.close()


def _outline(reader: PdfReader) -> list[tuple[str, int, list[str]]]:
    """Top-level bookmarks with their page and the titles under them."""
    out: list[tuple[str, int, list[str]]] = []
    for item in reader.outline:
        if isinstance(item, list):
            out[-1][2].extend(x.title for x in item if not isinstance(x, list))
        else:
            out.append((item.title, reader.get_destination_page_number(item) + 1, []))
    return out


def _in_order(haystack: str, needles: tuple[str, ...], start: int = 0) -> int:
    for n in needles:
        start = haystack.index(n, start)
    return start


def test_bilingual_pdf_one_language_after_the_other(built: tuple[Case, Path]) -> None:
    case, root = built
    out = root / "es-en.pdf"
    pack = render_pack(case, PackRequest(language="es", second_language="en"), out, "pdf")
    reader = PdfReader(str(out))
    n = len(reader.pages)
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    # one bookmarks tree per language, in order, each with its own contents
    tree = _outline(reader)
    assert [t[0] for t in tree] == ["Español", "English"]
    (_, es_page, es_titles), (_, en_page, en_titles) = tree
    assert es_page == 1 and 1 < en_page <= n
    assert es_titles[0] == "Índice" and en_titles[0] == "Contents"
    assert all(t in es_titles for t in ES_H1) and all(t in en_titles for t in EN_H1)
    assert not set(EN_H1) & set(es_titles)
    # the Spanish half, then the English half; each half starts with a cover and contents
    es_text = "\n".join(pages[:en_page - 1])
    en_text = "\n".join(pages[en_page - 1:])
    _in_order(es_text, ("Dosier informativo", "Índice", *ES_H1))
    _in_order(en_text, ("Briefing pack", "Contents", *EN_H1))
    assert "Person profiles" not in es_text and "Perfiles de personas" not in en_text
    # page furniture in the page's language, "page x / y" over the whole document, marking everywhere
    for i, text in enumerate(pages, start=1):
        word = "Página" if i < en_page else "Page"
        assert re.search(rf"{word} {i} / ?{n}\b", text), (i, text[-200:])
        assert text.count("TLP:AMBER") >= 2
    # each language's contents gives page numbers in that language's half
    toc_en = pages[en_page]  # the page after the English cover
    m = re.search(r"Person profiles[ .]*?(\d+)", toc_en)
    assert m and int(m.group(1)) >= en_page
    assert reader.trailer["/Root"]["/Lang"] == "es-ES"
    # the disclosure names both languages
    rec = [r for r in audit.records(case, category="disclosure") if r.target == pack.pack_id]
    assert len(rec) == 1
    assert rec[0].details["languages"] == ["es", "en"] and rec[0].details["language"] == "es"


def test_bilingual_docx_sections_tocs_and_languages(built: tuple[Case, Path]) -> None:
    case, root = built
    out = root / "pt-fr.docx"
    pack = render_pack(case, PackRequest(language="pt", second_language="fr"), out, "docx")
    d = docx.Document(str(out))
    h1 = [p.text for p in d.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    pt_end = _in_order("\n".join(h1), ("Perfis de pessoas", "Cronologia", "Glossário"))
    _in_order("\n".join(h1), ("Fiches individuelles", "Chronologie", "Glossaire"), pt_end)
    assert len(h1) % 2 == 0 and h1[: len(h1) // 2] != h1[len(h1) // 2:]
    # each language's sections (portrait, the chart's landscape page, portrait again): header
    # and footer in its words, page numbers as fields
    assert len(d.sections) % 2 == 0 and len(d.sections) >= 2
    half = len(d.sections) // 2
    footers = ["".join(p.text for p in s.footer.paragraphs) for s in d.sections]
    for pt_footer, fr_footer in zip(footers[:half], footers[half:], strict=True):
        assert pt_footer.startswith("Versão") and "Página" in pt_footer
        assert "Page" in fr_footer and "Página" not in fr_footer
    for s in d.sections:
        assert "TLP:AMBER" in "".join(p.text for p in s.header.paragraphs) and "TLP:AMBER" in footers[-1]
    xml = d.element.xml
    # one TOC per language, each limited to its half by a bookmark, pre-filled with its sections
    tocs = re.findall(r'TOC \\o "1-2" \\h \\z \\u \\b (\w+)', xml)
    assert tocs == ["cbPart0_pt", "cbPart1_fr"]
    for name in tocs:
        assert f'w:name="{name}"' in xml
    body = "\n".join(p.text for p in d.paragraphs)
    _in_order(body, ("Índice", "Perfis de pessoas", "Table des matières", "Fiches individuelles"))
    # the French half is marked French for spelling; the document default is Portuguese
    assert 'w:val="fr-FR"' in xml
    assert 'w:val="pt-PT"' in d.styles.element.xml
    rec = [r for r in audit.records(case, category="disclosure") if r.target == pack.pack_id]
    assert rec[0].details["languages"] == ["pt", "fr"]


def test_bilingual_red_pack_is_for_its_recipient_in_both_halves(built: tuple[Case, Path]) -> None:
    """The ceiling and the watermark hold in each language: same items, name on every page."""
    case, root = built
    out = root / "red-en-fr.pdf"
    render_pack(case, PackRequest(max_tlp=TLP.RED, recipient=RED_FOR, language="en",
                                  second_language="fr"), out, "pdf")
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages]
    for text in pages:
        assert "TLP:RED" in text and RED_FOR in text
    half = next(i for i, t in enumerate(pages) if "Dossier de réunion" in t)
    for part in (" ".join(pages[:half]), " ".join(pages[half:])):
        assert RED_NAME in part and NAMED_RED not in part and UNNAMED_RED not in part
    with pytest.raises(OperationCancelled):
        render_pack(case, PackRequest(language="en", second_language="fr"), root / "c.docx",
                    "docx", cancelled=lambda: True)
    assert not (root / "c.docx").exists()


def test_pack_date_sets_cover_footer_and_days_pending(built: tuple[Case, Path]) -> None:
    case, _ = built
    later = build_pack(case, PackRequest(generated_on=date(2024, 4, 27)))
    assert later.options.generated_on == date(2024, 4, 27)
    (request,) = [r for r in later.requests if r.reference == "CRI-ES-EC-2024/031"]
    assert request.days_pending == 60  # sent 27/02/2024


def test_cli_bilingual_and_date(built: tuple[Case, Path], monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    case, root = built
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    out = root / "cli-fr-es.pdf"
    case.close()  # the command line opens the case itself; this is the module's last test
    assert cli_main(["pack", str(case.path), "-o", str(out), "--lang", "fr",
                     "--second-language", "es", "--date", "2024-04-27"]) == 0
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages]
    assert "27/04/2024" in pages[0] and "27/04/2024" in pages[-1]
    assert "Fiches individuelles" in " ".join(pages) and "Perfiles de personas" in " ".join(pages)
    assert "languages: fr, es" in capsys.readouterr().out
    assert cli_main(["pack", str(case.path), "-o", str(root / "x.pdf"),
                     "--date", "2024-04"]) != 0
    assert "--date" in capsys.readouterr().err
    assert cli_main(["pack", str(case.path), "-o", str(root / "y.pdf"), "--lang", "es",
                     "--second-language", "es"]) != 0
    assert not (root / "x.pdf").exists() and not (root / "y.pdf").exists()
