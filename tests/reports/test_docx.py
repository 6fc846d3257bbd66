"""The Word edition: styles, TOC field, marked header/footer, translations, cancel."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from casebench.domain.handling import TLP
from casebench.domain.progress import OperationCancelled
from casebench.reports.docx import render_docx

from .conftest import RED_RECIPIENT, DemoPack, with_photos


@pytest.fixture(scope="module")
def es_docx(tmp_path_factory: pytest.TempPathFactory, demo_pack: DemoPack) -> Path:
    out = tmp_path_factory.mktemp("docx") / "es.docx"
    render_docx(with_photos(demo_pack("es")), out)
    return out


def _instr(element: object) -> list[str]:
    texts = [el.text or "" for el in element.iter(qn("w:instrText"))]  # type: ignore[attr-defined]
    texts += [el.get(qn("w:instr")) or "" for el in element.iter(qn("w:fldSimple"))]  # type: ignore[attr-defined]
    return texts


def test_structure_and_markings(es_docx: Path) -> None:
    d = docx.Document(str(es_docx))
    h1 = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert "Cronología" in h1 and "Perfiles de personas" in h1
    assert any(p.style.name == "Heading 2" for p in d.paragraphs)
    assert any("TOC" in t for t in _instr(d.element.body))
    section = d.sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    assert "TLP:AMBER" in header and "ES-UDYCO-2024-0117" in header
    footer = section.footer
    assert "TLP:AMBER" in "\n".join(p.text for p in footer.paragraphs)
    fields = [t.strip() for t in _instr(footer._element)]
    assert "PAGE" in fields and "NUMPAGES" in fields
    assert "Página" in footer.paragraphs[0].text


def test_content(es_docx: Path) -> None:
    d = docx.Document(str(es_docx))
    body = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "García Márquez" in body
    assert "Guiné-Bissau" in cells
    assert "20/02/2024 (20 de febrero de 2024)" in cells  # the forum's date
    assert len(d.inline_shapes) >= 3  # network chart, timeline chart, photos
    heads = {t.rows[0].cells[0].text for t in d.tables[1:]}  # after the cover table
    assert "Nombre" in heads and "Name" not in heads  # column heads in the pack's language


def test_empty_sections_omitted(tmp_path: Path, demo_pack: DemoPack) -> None:
    pack = dataclasses.replace(demo_pack("fr"), seizures=(), money_flows=())
    out = tmp_path / "p.docx"
    render_docx(pack, out)
    h1 = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Saisies" not in h1 and "Flux financiers" not in h1
    assert "Chronologie" in h1


def test_red_watermark(tmp_path: Path, demo_pack: DemoPack) -> None:
    out = tmp_path / "red.docx"
    render_docx(demo_pack("pt", TLP.RED, RED_RECIPIENT), out)
    d = docx.Document(str(out))
    xml = d.sections[0].header._element.xml
    assert "TLP:RED" in xml
    assert f'string="{RED_RECIPIENT}"' in xml


def test_cancel_leaves_nothing(tmp_path: Path, demo_pack: DemoPack) -> None:
    out = tmp_path / "p.docx"
    polls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        render_docx(demo_pack("en"), out, cancelled=lambda: next(polls) >= 3)
    assert list(tmp_path.iterdir()) == []


def test_progress(tmp_path: Path, demo_pack: DemoPack) -> None:
    calls: list[tuple[int, int]] = []
    render_docx(
        demo_pack("en"), tmp_path / "p.docx", progress=lambda d, t, m: calls.append((d, t))
    )
    assert calls[-1][0] == calls[-1][1]
    assert all(0 < d <= t for d, t in calls)


def _section_of(d: docx.document.Document) -> list[tuple[int, object]]:
    """Each body paragraph with the number of the section it is in."""
    out, number = [], 0
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append((number, el))
            if el.find(qn("w:pPr")) is not None and el.find(qn("w:pPr")).find(qn("w:sectPr")) is not None:
                number += 1  # this paragraph ends its section
    return out


def test_network_chart_on_a_landscape_section_wider_than_portrait_text(es_docx: Path) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    from casebench.reports import labels
    from casebench.reports.docx import TEXT_WIDTH_CM

    d = docx.Document(str(es_docx))
    network = labels.text("es", "network")
    paragraphs = _section_of(d)
    at = [i for i, (_n, p) in enumerate(paragraphs)
          if any(pr.get("descr") == network for pr in p.iter(qn("wp:docPr")))]
    assert len(at) == 1
    number, chart = paragraphs[at[0]]
    section = d.sections[number]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    extent = next(chart.iter(qn("wp:extent")))
    width = int(extent.get("cx"))
    assert width > Cm(TEXT_WIDTH_CM) * 1.4  # drawn across the landscape page, not at portrait width
    assert width <= section.page_width - section.left_margin - section.right_margin
    assert int(extent.get("cy")) <= section.page_height - section.top_margin - section.bottom_margin
    # its heading is on the same page; the text before and after stays portrait
    heading = paragraphs[at[0] - 1][1]
    assert paragraphs[at[0] - 1][0] == number and "Heading" in d.paragraphs[at[0] - 1].style.name
    assert heading is d.paragraphs[at[0] - 1]._p
    assert d.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert d.sections[number + 1].orientation == WD_ORIENT.PORTRAIT
    assert d.sections[number + 1].page_width < d.sections[number + 1].page_height
    # the landscape page is marked like the others, at its own right edge (the portrait
    # stops of the Header and Footer styles cleared, or the marking lands mid-page)
    from docx.enum.text import WD_TAB_ALIGNMENT

    from casebench.reports.docx import LAND_TEXT_WIDTH_CM

    for part in (section.header, section.footer):
        assert "TLP:AMBER" in "\n".join(p.text for p in part.paragraphs)
        stops = {(round(t.position.cm, 1), t.alignment) for t in part.paragraphs[0].paragraph_format.tab_stops}
        assert (round(LAND_TEXT_WIDTH_CM, 1), WD_TAB_ALIGNMENT.RIGHT) in stops
        assert (16.5, WD_TAB_ALIGNMENT.CLEAR) in stops
