"""A new case appears whole or not at all; a court copy opens read-only and stays unchanged."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from casebench.cli.main import main
from casebench.services import evidence
from casebench.services.cases import create_case, open_case
from casebench.store import case as case_mod
from casebench.store.errors import CaseLocked, DiskFull, NotACase, ReadOnlyCase
from casebench.store.exhibits import ExhibitDraft

PASS = "correct horse battery staple"

KILL_DURING_NEW = r"""
import os, signal, sys
from casebench.store import case as m
real = m._configure
def dying(conn, **kw):
    real(conn, **kw)
    os.kill(os.getpid(), signal.SIGKILL)  # half-way: key slot and database exist
m._configure = dying
from casebench.services.cases import create_case
create_case(sys.argv[1], sys.argv[2], user="tester")
"""


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    def run(*args: str | Path) -> tuple[int, str]:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.err

    return run


def test_kill_during_new_leaves_nothing_and_new_works_again(tmp_path: Path, cli: Any) -> None:
    target = tmp_path / "Op.casebench"
    proc = subprocess.run([sys.executable, "-c", KILL_DURING_NEW, str(target), PASS],
                          capture_output=True, check=False)
    assert proc.returncode == -9, proc.stderr
    assert not target.exists()
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".Op.casebench.tmp-")  # hidden, half-made
    code, err = cli("new", target, "--title", "Op")
    assert code == 0, err
    assert [p.name for p in tmp_path.iterdir()] == ["Op.casebench"]  # the leftover is gone
    code, err = cli("info", target)
    assert code == 0, err


def test_full_disk_during_new_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "Op.casebench"
    real = case_mod.atomic_write_bytes

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(case_mod, "atomic_write_bytes", full)
    with pytest.raises(DiskFull, match=f"the disk holding {tmp_path} is full: the case was not created"):
        create_case(target, PASS, user="tester")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(case_mod, "atomic_write_bytes", real)
    create_case(target, PASS, user="tester").close()
    open_case(target, PASS, user="tester").close()


def test_new_into_an_empty_folder_and_refused_over_a_full_one(tmp_path: Path) -> None:
    target = tmp_path / "Op.casebench"
    target.mkdir()
    create_case(target, PASS, user="tester").close()
    assert (target / "case.json").is_file()
    with pytest.raises(Exception, match="already exists and is not empty"):
        create_case(target, PASS, user="tester")


def test_read_only_opening_changes_nothing(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "Court.casebench"
    case = create_case(path, PASS, user="tester")
    (tmp_path / "seized").mkdir()
    (tmp_path / "seized" / "chat.txt").write_text("hola\n")
    evidence.add_exhibit(case, ExhibitDraft("EX-1", type="data"))
    evidence.intake(case, "EX-1", [tmp_path / "seized"])
    case.close()
    (path / "case.lock").unlink()  # a copy made without it
    before = {p.relative_to(path): p.stat().st_mtime_ns for p in path.rglob("*")}
    code, err = cli("info", path, "--read-only")
    assert code == 0 and "opened read-only: nothing can be changed" in err, err
    code, err = cli("entity", "add", path, "--read-only", "--schema", "Person", "--set", "name=Ana")
    assert code == 1 and err.strip().splitlines()[-1].endswith(
        "the case is open read-only: nothing was changed"), err
    code, err = cli("verify", path, "--read-only")  # a court copy can be verified
    assert code == 0, err
    after = {p.relative_to(path): p.stat().st_mtime_ns for p in path.rglob("*")}
    assert after == before  # no lock file, no -wal or -shm, nothing touched
    case = open_case(path, PASS, user="tester", read_only=True)
    try:
        with pytest.raises(ReadOnlyCase):
            case.add_slot("second", "another passphrase")
        assert not (path / "keys" / "second.age").exists()
    finally:
        case.close()


def test_read_only_and_writer_exclude_each_other(tmp_path: Path) -> None:
    path = tmp_path / "Op.casebench"
    writer = create_case(path, PASS, user="tester")
    with pytest.raises(CaseLocked):
        open_case(path, PASS, user="tester", read_only=True)
    writer.close()
    reader = open_case(path, PASS, user="tester", read_only=True)
    try:
        with pytest.raises(CaseLocked):
            open_case(path, PASS, user="tester")
        second = open_case(path, PASS, user="tester", read_only=True)  # readers share
        second.close()
    finally:
        reader.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX nesting limits")
def test_deeply_nested_case_json_is_a_plain_error(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "Odd.casebench"
    path.mkdir()
    (path / "case.json").write_text("[" * 100_000 + "]" * 100_000)
    code, err = cli("info", path)
    assert code == 1 and "case.json is" in err and len(err.strip().splitlines()) == 1, err
    (path / "case.json").write_text("[" * 20_000 + "]" * 20_000)
    with pytest.raises(NotACase, match="nested too deeply"):
        open_case(path, PASS, user="tester")
