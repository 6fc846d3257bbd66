"""Printing a chart from the chart page: PDF, SVG and PNG sheets, marked, audited."""

from __future__ import annotations

import hashlib
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.services.progress import OperationCancelled
from casebench.store.case import Case
from casebench.store.errors import InvalidInput


def _case(case: Case) -> dict[str, str]:
    src = Source(grade=Grade.parse("admiralty", "B2"), handling=Handling(tlp=TLP.AMBER))
    ids = {n.split()[0].lower(): add_entity(case, EntityDraft("Person", [("name", n)]), src)
           for n in ("Ana Gomes", "Bruno Diallo")}
    ids["co"] = add_entity(case, EntityDraft("Company", [("name", "Nha Terra Lda")]), src)
    add_entity(case, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]), src)
    for day in (1, 2, 3):
        add_entity(case, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                              ("date", f"2024-03-0{day}")]), src)
    return ids


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_pdf_sheet_has_marking_top_and_bottom_legend_reference_and_date(case: Case, tmp_path: Path) -> None:
    _case(case)
    case.set_meta("reference", "ES-UDYCO-2024-0117")
    model = charts.chart_model(case)
    done = charts.export_chart(case, model, tmp_path / "chart.pdf", paper="A3", orientation="portrait")
    assert done.tlp is TLP.AMBER and done.nodes == 3 and done.withheld == 0
    page = PdfReader(str(done.path)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 1191)  # A3
    lines = [ln for ln in _text(done.path).splitlines() if ln.strip()]
    assert "TLP:AMBER" in lines[0] and "TLP:AMBER" in lines[-1]  # top and bottom
    text = "\n".join(lines)
    assert "Legend" in text and "Person" in text and "Confirmed link" not in text  # only what is drawn
    assert "Probable link" in text and "ES-UDYCO-2024-0117" in text and "Printed:" in text
    assert "Nha Terra Lda" in text and "called [B2] ×3" in text
    # vector: the names are text in the file, not pixels
    assert not page.images


def test_svg_is_well_formed_and_png_is_an_image(case: Case, tmp_path: Path) -> None:
    _case(case)
    model = charts.chart_model(case)
    svg = charts.export_chart(case, model, tmp_path / "chart.svg", orientation="portrait").path
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "TLP:AMBER" in svg.read_text("utf-8")
    png = charts.export_chart(case, model, tmp_path / "x.bin", fmt="png", paper="A4").path
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


def test_export_is_a_disclosure_recorded_with_the_files_hash(case: Case, tmp_path: Path) -> None:
    _case(case)
    out = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf").path
    [(action, details)] = case.conn.execute(
        "SELECT action, details FROM audit WHERE category = 'disclosure'").fetchall()
    rec = json.loads(details)
    assert action == "chart exported"
    assert rec["file"] == "c.pdf" and rec["format"] == "pdf" and rec["paper"] == "A4"
    assert rec["orientation"] == "landscape" and rec["tlp"] == "AMBER" and rec["links"] == 2
    assert rec["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_cancel_and_bad_choices_leave_no_file_and_no_record(case: Case, tmp_path: Path) -> None:
    _case(case)
    model = charts.chart_model(case)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(OperationCancelled):
        charts.export_chart(case, model, out / "c.pdf", cancelled=lambda: True)
    with pytest.raises(InvalidInput):
        charts.export_chart(case, model, out / "c.pdf", paper="Letter")
    with pytest.raises(InvalidInput):
        charts.export_chart(case, model, out / "c.jpg")
    assert list(out.iterdir()) == []
    assert case.conn.execute("SELECT count(*) FROM audit WHERE category = 'disclosure'").fetchone()[0] == 0


def test_max_tlp_keeps_higher_items_off_the_sheet(case: Case, tmp_path: Path) -> None:
    ids = _case(case)
    add_entity(case, EntityDraft("Person", [("name", "Green Only")]), Source(handling=Handling(tlp=TLP.GREEN)))
    model = charts.chart_model(case)
    done = charts.export_chart(case, model, tmp_path / "c.svg", max_tlp=TLP.GREEN)
    svg = done.path.read_text("utf-8")
    assert "Green Only" in svg and "Ana Gomes" not in svg and ids["ana"] not in svg
    assert done.tlp is TLP.GREEN or done.tlp >= TLP.GREEN
    assert done.withheld >= 3


def test_sheet_in_spanish_translates_legend_and_link_verbs(case: Case, tmp_path: Path) -> None:
    _case(case)
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf", lang="es")
    text = _text(done.path)
    assert "Leyenda" in text and "llamó a [B2] ×3" in text and "Nha Terra Lda" in text
    assert "TLP:AMBER" in text  # TLP labels stay in English (TLP 2.0)


def test_hostile_names_keep_the_svg_well_formed(case: Case, tmp_path: Path) -> None:
    ids = _case(case)
    add_entity(case, EntityDraft("Person", [("name", "Eve\x00 \u202eLiam")]),
               Source(handling=Handling(tlp=TLP.AMBER)))
    add_entity(case, EntityDraft("Associate", [("person", ids["ana"]), ("associate", ids["bruno"])]))
    svg = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.svg").path
    ET.parse(svg)  # no NUL in the XML
    assert "\x00" not in svg.read_text("utf-8")
