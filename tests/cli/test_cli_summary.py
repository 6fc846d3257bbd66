"""`casebench summary set|show|clear`: the executive summary printed at the head of a pack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebench.cli.main import main

PASS = "correct horse battery staple"


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_summary_set_show_clear(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    case = tmp_path / "Faro.casebench"
    assert _run(capsys, "new", case, "--title", "Operation Faro")[0] == 0
    assert _run(capsys, "summary", "show", case)[1].strip() == "no executive summary"
    text = tmp_path / "summary.txt"
    text.write_text("The route runs through Banjul.\n\nDecide on Cape Verde.\n", "utf-8")
    code, out, err = _run(capsys, "summary", "set", case, "--file", text, "--tlp", "GREEN")
    assert code == 0, err
    assert "TLP:GREEN" in out
    code, out, _ = _run(capsys, "summary", "show", case, "--json")
    shown = json.loads(out)
    assert shown["text"] == "The route runs through Banjul.\n\nDecide on Cape Verde."
    assert shown["tlp"] == "GREEN" and shown["author"]
    code, out, err = _run(capsys, "summary", "set", case, "--text", "  ")
    assert code == 1 and "empty" in err and "Traceback" not in err
    assert _run(capsys, "summary", "set", case, "--text", "x", "--tlp", "PURPLE")[0] == 2
    assert _run(capsys, "summary", "clear", case)[1].strip() == "executive summary removed"
    assert _run(capsys, "summary", "clear", case)[1].strip() == "no executive summary to remove"


def test_pack_sections_option(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    from pypdf import PdfReader

    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    case = tmp_path / "Faro.casebench"
    assert _run(capsys, "new", case, "--title", "Operation Faro")[0] == 0
    assert _run(capsys, "entity", "add", case, "--schema", "Person", "--set", "name=Ana Gomes")[0] == 0
    assert _run(capsys, "summary", "set", case, "--text", "Ana Gomes runs the Lisbon cell.")[0] == 0
    out = tmp_path / "only-summary.pdf"
    code, _, err = _run(capsys, "pack", case, "-o", out, "--sections", "summary, handling")
    assert code == 0, err
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert "Executive summary" in text and "Handling instructions" in text
    assert "Person profiles" not in text
    code, _, err = _run(capsys, "pack", case, "-o", tmp_path / "x.pdf", "--sections", "summary,bogus")
    assert code == 2 and "bogus" in err and not (tmp_path / "x.pdf").exists()
