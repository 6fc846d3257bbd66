"""The terminal is an output too: hostile case text never writes escape sequences to it.

A name holding ``ESC ] 52 ; …`` (writes the clipboard), ``ESC [ 8 m`` (hides text), a carriage
return or a right-to-left override would let a partner's bundle or an imported table change
what the investigator reads; a lone surrogate (a file name in a foreign encoding) would
crash the print. Every command's output shows them as ``\\uXXXX``; ``--json`` output still
decodes to the exact values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.hostile_values import HOSTILE, create

from casebench.cli.common import terminal_safe
from casebench.cli.main import main

RAW = ("\x00", "\x07", "\x1b", "\x7f", "\r", "\u202e", "\u202c")


@pytest.fixture
def hostile_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str], str]:
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    case, made = create(tmp_path / "h.casebench", PASSPHRASE)
    case.close()
    return str(made.path), made.persons, made.exhibit


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_listing_escapes_control_and_bidi_characters(capsys, hostile_path) -> None:
    path, persons, exhibit = hostile_path
    commands = [["info", path], ["entity", "list", path], ["entity", "show", path, persons["nul"]],
                ["entity", "show", path, persons["rtl"]], ["search", path, "Nul"], ["timeline", path],
                ["exhibit", "list", path], ["exhibit", "show", path, exhibit], ["custody", path, exhibit],
                ["audit", path], ["open", "--no-gui", path]]
    for command in commands:
        code, out, err = _run(capsys, *command)
        assert code == 0, (command, err)
        assert not [c for c in RAW if c in out or c in err], command
    _, out, _ = _run(capsys, "entity", "show", path, persons["nul"])
    assert "Nul\\u0000Byte\\u0007Bell\\u001bEsc\\u007fDel" in out
    _, out, _ = _run(capsys, "entity", "list", path)
    assert "Ana \\u202egnp.exe\\u202c Gomes" in out and HOSTILE["markup"] in out


def test_json_output_decodes_to_the_exact_values(capsys, hostile_path) -> None:
    path, persons, _ = hostile_path
    for key in ("nul", "rtl", "emoji", "markup"):
        code, out, _ = _run(capsys, "entity", "show", path, persons[key], "--json")
        assert code == 0 and not [c for c in RAW if c in out]
        assert json.loads(out)["caption"] == HOSTILE[key], key


def test_lone_surrogates_and_carriage_returns_are_shown_not_obeyed() -> None:
    assert terminal_safe("a\rb\ud800c") == "a\\u000db\\ud800c"
    assert terminal_safe("50%\r", keep_cr=True) == "50%\r"  # the progress bar on stderr
    assert terminal_safe("Zoë 🇪🇸\tok\n") == "Zoë 🇪🇸\tok\n"
