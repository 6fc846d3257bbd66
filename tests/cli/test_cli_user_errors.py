"""Mistakes a user makes on the command line: one plain line, exit 1 (2 for usage), no traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.cli.conftest import Run


@pytest.fixture
def case(cli: Any, tmp_path: Path) -> Path:
    path = tmp_path / "Op.casebench"
    assert cli("new", path, "--title", "Op", "--country", "es").code == 0
    person = cli("entity", "add", path, "--schema", "Person", "--set", "name=Ana Gomes")
    assert person.code == 0, person.err
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "chat.txt").write_text("hola\n", "utf-8")
    assert cli("exhibit", "add", path, "EX-1", "--type", "data").code == 0
    assert cli("intake", path, folder, "--exhibit", "EX-1").code == 0
    return path


def one_line(r: Run, code: int, text: str) -> None:
    assert r.code == code, (r.code, r.err)
    assert text in r.err, r.err
    assert "Traceback" not in r.err + r.out
    assert len(r.err.strip().splitlines()) == 1, r.err


def test_output_into_a_missing_folder(cli: Any, case: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    one_line(cli("pack", case, "-o", missing / "p.pdf"), 1, "does not exist")
    one_line(cli("chart", case, "-o", missing / "c.svg"), 1, "does not exist")
    one_line(cli("chart", case, "--out", tmp_path), 1, "is a folder")


def test_chart_output_option_and_usage(cli: Any, case: Path, tmp_path: Path) -> None:
    one_line(cli("chart", case), 2, "give -o FILE.pdf, FILE.svg")
    assert cli("chart", case, "-o", tmp_path / "c.svg").code == 0
    assert cli("chart", case, "--output", tmp_path / "d.svg").code == 0


def test_edit_of_an_unknown_entity(cli: Any, case: Path) -> None:
    one_line(cli("entity", "edit", case, "no-such-id", "--tag", "x"), 1, "no entity with id")
    one_line(cli("entity", "edit", case, "no-such-id", "--retract", "s"), 2, "--retract needs --reason")


def test_extract_onto_a_file(cli: Any, case: Path, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x", "utf-8")
    one_line(cli("extract", case, "EX-1", "--to", target, "--reason", "copy"), 1, "needs a folder")


def test_custody_event_without_add(cli: Any, case: Path) -> None:
    one_line(cli("custody", case, "EX-1", "transfer"), 2, "custody CASE REF add transfer")
    assert cli("custody", case, "EX-1").code == 0


def test_timeline_range_backwards(cli: Any, case: Path) -> None:
    one_line(cli("timeline", case, "--from", "2024-05", "--to", "2024-03"), 2, "is before --from")
    one_line(cli("timeline", case, "--from", "31/02/2024"), 1, "no day 31")


def test_passphrase_sources_named_in_messages(cli: Any, case: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    one_line(cli("info", case, "--passphrase-file", empty), 1, "the file is empty")
    one_line(cli("info", case, "--passphrase-file", tmp_path / "missing"), 1, "No such file")
    one_line(cli("key", "add", case, "recovery"), 1, "--new-passphrase-file FILE")
    monkeypatch.delenv("CASEBENCH_PASSPHRASE")
    one_line(cli("info", case), 1, "--passphrase-file FILE or set CASEBENCH_PASSPHRASE")


def test_merges_list_says_when_empty(cli: Any, case: Path) -> None:
    r = cli("merges", case, "list")
    assert r.code == 0 and "no merge proposals" in r.out
    one_line(cli("merges", case, "accept"), 2, "needs the proposal id")


def test_help_starts_with_the_first_commands(cli: Any) -> None:
    out = cli("--help").out
    assert out.index(" demo ") < out.index(" new ") < out.index(" entity ") < out.index(" export ")


def test_refusals_name_the_flag_that_fixes_them(cli: Any, case: Path, tmp_path: Path) -> None:
    """The core says what is wrong; the command line adds the flag (the window does not: ui/error_texts)."""
    one_line(cli("pack", case, "-o", tmp_path / "p.pdf", "--max-tlp", "RED"), 1,
             "a RED pack needs a named recipient (--recipient NAME)")
    assert not (tmp_path / "p.pdf").exists()
