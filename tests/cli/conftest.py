"""The command line driven in-process through `casebench.cli.main.main`."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from casebench.cli.main import main

PASS = "correct horse battery staple"


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBENCH_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked

    def run(*args: str | Path) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: --help and usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
