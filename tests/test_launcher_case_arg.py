"""`casebench CASE` is read as `casebench open CASE` (a new user tried it first)."""

from __future__ import annotations

from pathlib import Path

from casebench.launcher import as_open


def test_a_case_folder_alone_means_open(tmp_path: Path) -> None:
    assert as_open(["/cases/mar-azul.casebench"]) == ["open", "/cases/mar-azul.casebench"]
    assert as_open(["mar-azul.casebench/"]) == ["open", "mar-azul.casebench/"]
    folder = tmp_path / "renamed"
    folder.mkdir()
    (folder / "case.json").write_text("{}")
    assert as_open([str(folder)]) == ["open", str(folder)]


def test_commands_and_other_words_are_left_alone() -> None:
    assert as_open(["info"]) == ["info"]
    assert as_open(["--help"]) == ["--help"]
    assert as_open(["open", "x.casebench"]) == ["open", "x.casebench"]
    assert as_open([]) == []
