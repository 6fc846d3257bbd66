"""`casebench chart` prints at most AMBER unless told otherwise, and says what it left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def test_chart_prints_at_most_amber_by_default_and_says_what_it_left_out(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "Op.casebench"
    assert cli("new", path, "--title", "Op", "--country", "es").code == 0
    assert cli("entity", "add", path, "--schema", "Person", "--set", "name=Ana Gomes").code == 0
    added = cli("entity", "add", path, "--schema", "Person", "--set", "name=Carla Reservada",
                "--tlp", "AMBER+STRICT")
    assert added.code == 0, added.err
    run = cli("chart", path, "-o", tmp_path / "c.pdf")
    assert run.code == 0, run.err
    text = PdfReader(str(tmp_path / "c.pdf")).pages[0].extract_text()
    assert "Ana Gomes" in text and "Carla" not in text and "TLP:AMBER" in text
    assert "1 entity left out" in run.out and "TLP:AMBER)" in run.out
    run = cli("chart", path, "-o", tmp_path / "d.pdf", "--max-tlp", "AMBER+STRICT")
    assert run.code == 0, run.err
    assert "Carla Reservada" in PdfReader(str(tmp_path / "d.pdf")).pages[0].extract_text()
    assert "left out" not in run.out and "TLP:AMBER+STRICT" in run.out
    assert cli("chart", path, "-o", tmp_path / "e.pdf", "--max-tlp", "PINK").code == 1
