"""`casebench shell`: several commands under one unlock, and a lighter command line."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.cli.conftest import Run

from casebench.cli import main as cli_main
from casebench.store import keyslots


@pytest.fixture
def case(cli: Any, tmp_path: Path) -> Path:
    path = tmp_path / "Mar-Azul.casebench"
    assert cli("new", path, "--title", "Operation Mar Azul", "--country", "es").code == 0
    return path


def _shell(cli: Any, monkeypatch: pytest.MonkeyPatch, case: Path, text: str, *extra: str) -> Run:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    return cli("shell", case, *extra)


def test_commands_run_under_one_unlock(cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("entity", "add", case, "--schema", "Person", "--set", "name=José García Márquez").code == 0
    unlocks = []
    real = keyslots.unlock
    monkeypatch.setattr(keyslots, "unlock", lambda *a, **k: unlocks.append(1) or real(*a, **k))
    r = _shell(cli, monkeypatch, case,
               "# a comment\n\ninfo @\nsearch @ garcia\nentity list @\nexit\ninfo @\n")
    assert r.code == 0, r.err
    assert len(unlocks) == 1
    assert "Operation Mar Azul" in r.out
    assert r.out.count("José García Márquez") >= 2  # found by search and listed
    # the shell left nothing open: a normal command unlocks and works
    assert cli("info", case).code == 0


def test_a_failing_line_is_reported_and_the_rest_runs(cli: Any, case: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    r = _shell(cli, monkeypatch, case, "entity show @ no-such-id\nnonsense\n'unclosed\ninfo @\n")
    assert "Operation Mar Azul" in r.out
    assert r.code == 2  # the highest code of the lines (nonsense is a usage error)
    assert "No closing quotation" in r.err


def test_stop_on_error_stops(cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _shell(cli, monkeypatch, case, "entity show @ no-such-id\ninfo @\n", "--stop-on-error")
    assert r.code == 1
    assert "Operation Mar Azul" not in r.out


def test_options_that_belong_to_the_opening_are_refused_per_line(
        cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _shell(cli, monkeypatch, case, "info @ --read-only\nshell @\nopen @\n")
    assert r.code == 2
    assert "--read-only apply when the shell opens" in r.err
    assert "not in a shell" in r.err


def test_a_read_only_shell_refuses_changes(cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    r = _shell(cli, monkeypatch, case, "entity add @ --schema Person --set name=X\n", "--read-only")
    assert r.code == 1
    assert "read-only" in r.err or "read only" in r.err


def test_a_command_loads_only_its_own_module() -> None:
    """`casebench info` must not pay for reportlab, python-docx and networkx."""
    code = ("import sys; from casebench.cli.main import build_parser; build_parser('info'); "
            "print(' '.join(m for m in ('reportlab', 'docx', 'networkx', 'casebench.services.briefing')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("command", [None, "pack", "chart", "demo"])
def test_help_and_registration_load_no_renderer(command: str | None) -> None:
    """`casebench --help` (every command registered) and the commands that render: their parsers
    are built without reportlab, python-docx or networkx, which only running them needs."""
    code = ("import sys; from casebench.cli.main import build_parser; "
            f"build_parser({command!r}).format_help(); "
            "print(' '.join(m for m in ('reportlab', 'docx', 'networkx', 'casebench.services.briefing',"
            " 'casebench.demo.build') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_command_table_matches_the_modules() -> None:
    parser = cli_main.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli_main.COMMANDS)
    for name in sub.choices:
        alone = cli_main.build_parser(name)
        action = next(a for a in alone._actions if isinstance(a, argparse._SubParsersAction))
        assert name in action.choices, name
