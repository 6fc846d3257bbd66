"""Storage faults in plain words: a full disk, a read-only medium, permissions — never "damaged"."""

from __future__ import annotations

import errno
import io
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebench.cli.main import main
from casebench.services.cases import create_case
from casebench.services.verify import verify_case
from casebench.store.errors import (
    DiskFull,
    ReadOnlyStorage,
    StorageIOError,
    StoragePermission,
    storage_error,
)

PASS = "correct horse battery staple"


def _mount(folder: Path, size: str, *options: str) -> bool:
    opts = ",".join([f"size={size}", *options])
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)],
                              capture_output=True, check=False)
    except OSError:
        return False
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs (needs root); skipped where it cannot be mounted."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(folder, "4m"):
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    # unbuffered: a buffered file would try its last bytes again on close and fail there,
    # depending on how many bytes happened to be free
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


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


def test_full_disk_is_not_damage(small_disk: Path, cli: Any) -> None:
    path = small_disk / "c.casebench"
    create_case(path, PASS, user="tester").close()
    filler = _fill(small_disk)
    for command in (["info", path], ["verify", path],
                    ["entity", "add", path, "--schema", "Person", "--set", "name=Ana Gomes"]):
        code, err = cli(*command)
        assert code == 1, err
        assert err.strip() == (f"casebench: the disk holding {path} is full: nothing was changed; "
                               "free some space and try again")
    filler.unlink()
    code, err = cli("verify", path)
    assert code == 0, err


def test_full_disk_while_open_rolls_back_once(small_disk: Path) -> None:
    path = small_disk / "c.casebench"
    case = create_case(path, PASS, user="tester")
    try:
        filler = _fill(small_disk)
        with pytest.raises(DiskFull, match="is full: nothing was changed"), case.transaction():
            for i in range(10_000):  # much more than the disk holds
                case.set_meta(f"filler-{i}", "x" * 4000)
        assert not case.conn.in_transaction
        filler.unlink()
        assert case.get_meta("filler-0") is None  # nothing of it was kept
        with case.transaction():  # the case goes on working
            case.set_meta("after", "yes")
        assert verify_case(case).ok
    finally:
        case.close()


def test_error_after_sqlite_rolled_back_is_the_real_one(tmp_path: Path) -> None:
    case = create_case(tmp_path / "c.casebench", PASS, user="tester")
    try:
        with pytest.raises(ValueError, match="the real problem"), case.transaction() as conn:
            conn.execute("ROLLBACK")  # as SQLite does by itself on some errors
            raise ValueError("the real problem")
        with case.transaction():
            case.set_meta("still", "works")
        assert case.get_meta("still") == "works"
    finally:
        case.close()


def test_read_only_medium_is_named(tmp_path: Path, cli: Any) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0 or not _mount(folder, "8m"):
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        path = folder / "c.casebench"
        create_case(path, PASS, user="tester").close()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        code, err = cli("entity", "add", path, "--schema", "Person", "--set", "name=Ana Gomes")
        assert code == 1 and "damaged" not in err, err
        note, refusal = err.strip().splitlines()
        assert "opened read-only (the case folder cannot be written" in note
        assert refusal.endswith("the case is open read-only: nothing was changed")
        code, err = cli("info", path)  # but it can be read, and nothing is written
        assert code == 0 and "opened read-only" in err, err
        assert sorted(p.name for p in path.iterdir()) == [
            "case.db", "case.json", "case.lock", "evidence", "keys"]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize(("code", "kind", "words"), [
    (errno.ENOSPC, DiskFull, "is full"),
    (errno.EROFS, ReadOnlyStorage, "read-only disk or folder"),
    (errno.EACCES, StoragePermission, "no permission"),
    (errno.EPERM, StoragePermission, "no permission"),
    (errno.EIO, StorageIOError, "input/output error"),
])
def test_os_errors_in_plain_words(tmp_path: Path, code: int, kind: type, words: str) -> None:
    exc = OSError(code, os.strerror(code), str(tmp_path / "case.db"))
    plain = storage_error(exc, tmp_path)
    assert isinstance(plain, kind) and words in str(plain) and str(tmp_path) in str(plain)
    assert "damaged" not in str(plain)
    assert storage_error(OSError(errno.ENOENT, "gone"), tmp_path) is None


def test_damage_still_reads_as_damage(tmp_path: Path, cli: Any) -> None:
    path = tmp_path / "c.casebench"
    create_case(path, PASS, user="tester").close()
    with open(path / "case.db", "r+b") as fh:
        fh.seek(4096 + 100)
        fh.write(b"\xff" * 16)
    code, err = cli("info", path)  # the page is read: damage, never a wrong passphrase
    assert code == 1 and "case.db is damaged" in err and "passphrase" not in err, err
    code, err = cli("verify", path)  # verify checks every page and names the bad one
    assert code == 1 and "damaged at page 2" in err, err
