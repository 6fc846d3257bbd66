"""The evidence commands end to end (the demo exhibits: tests/demo/test_evidence.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.cli.main import main
from casebench.store.case import Case

from ..conftest import PASSPHRASE


def test_cli_round_trip(
    case: Case,
    tree: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = str(case.path)
    case.close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    assert (
        main(
            [
                "exhibit",
                "add",
                path,
                "EX-1",
                "--type",
                "data",
                "--seal",
                "S-1",
                "--seized-at",
                "2024-03-11T14:05+01:00",
                "--description",
                "phone dump",
            ]
        )
        == 0
    )
    assert main(["intake", path, str(tree), "--exhibit", "EX-1", "--md5"]) == 0
    assert "intake: 5 file(s)" in capsys.readouterr().out
    assert (
        main(
            [
                "custody",
                path,
                "EX-1",
                "add",
                "transfer",
                "--from-org",
                "UDYCO",
                "--to-org",
                "PJ",
                "--country",
                "pt",
                "--at",
                "2024-03-12T10:00+00:00",
            ]
        )
        == 0
    )
    assert main(["custody", path, "EX-1"]) == 0
    out = capsys.readouterr().out
    assert "image" in out and "transfer" in out
    assert main(["exhibit", "list", path]) == 0
    assert "EX-1" in capsys.readouterr().out
    assert main(["exhibit", "show", path, "EX-1"]) == 0
    assert "seals: S-1" in capsys.readouterr().out
    assert main(["verify", path, "--exhibit", "EX-1"]) == 0
    dest = tmp_path / "out"
    assert main(["extract", path, "EX-1", "--to", str(dest), "--reason", "court order 5/24"]) == 0
    assert (dest / "extraction/media/big.bin").read_bytes() == (tree / "media/big.bin").read_bytes()
    assert main(["extract", path, "EX-1", "--to", str(dest), "--reason", "again"]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["exhibit", "show", path, "NOPE"]) == 1
    assert os.listdir(dest)
