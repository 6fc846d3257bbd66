"""What leaves the case from the command line without --max-tlp / --tlp is decided by the
case's default TLP, as the window's dialogs start (decision 49): a GREEN case's pack and
exports leave its AMBER content home, a RED case's summary is RED."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def _green_case(cli: Any, tmp_path: Path) -> Path:
    case = tmp_path / "Faro.casebench"
    assert cli("new", case, "--title", "Operation Faro", "--tlp", "GREEN").code == 0
    done = cli("entity", "add", case, "--schema", "Person", "--set", "name=Braima Baldé")
    assert done.code == 0, done.err
    done = cli("entity", "add", case, "--schema", "Person", "--set", "name=Ana Gomes", "--tlp", "AMBER")
    assert done.code == 0, done.err
    return case


def test_a_green_case_prints_no_amber_without_max_tlp(cli: Any, tmp_path: Path) -> None:
    case = _green_case(cli, tmp_path)
    out = tmp_path / "pack.pdf"
    done = cli("pack", case, "-o", out)
    assert done.code == 0, done.err
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert "Braima Baldé" in text and "Ana Gomes" not in text
    assert "above TLP:GREEN left out" in done.out
    wider = tmp_path / "wider.pdf"
    assert cli("pack", case, "-o", wider, "--max-tlp", "AMBER").code == 0
    assert "Ana Gomes" in "\n".join(p.extract_text() or "" for p in PdfReader(str(wider)).pages)


def test_a_green_case_exports_no_amber_without_max_tlp(cli: Any, tmp_path: Path) -> None:
    case = _green_case(cli, tmp_path)
    out = tmp_path / "faro.ftm.json"
    done = cli("export-ftm", case, "-o", out)
    assert done.code == 0, done.err
    names = [n for line in out.read_text("utf-8").splitlines() if line.strip()
             for n in json.loads(line).get("properties", {}).get("name", [])]
    assert names == ["Braima Baldé"]
    assert "left out 1 item(s) above TLP:GREEN" in done.out
    assert cli("export-ftm", case, "-o", out, "--max-tlp", "PURPLE").code == 1


def test_a_red_case_summary_is_red_unless_told(cli: Any, tmp_path: Path) -> None:
    case = tmp_path / "Faro.casebench"
    assert cli("new", case, "--title", "Operation Faro", "--tlp", "RED").code == 0
    assert cli("summary", "set", case, "--text", "Ana Gomes runs the Lisbon cell.").code == 0
    assert cli("summary", "show", case, "--json").json()["tlp"] == "RED"
    assert cli("summary", "set", case, "--text", "x", "--tlp", "GREEN").code == 0
    assert cli("summary", "show", case, "--json").json()["tlp"] == "GREEN"
