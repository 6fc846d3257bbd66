"""Opening never deletes evidence: a restored older case.db quarantines, pending blobs go."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebench.cli.main import main
from casebench.evidence.contentstore import QUARANTINE, blob_path, iter_blob_files
from casebench.services import evidence
from casebench.services.cases import open_case
from casebench.services.verify import verify_case
from casebench.store import audit, pendingblobs
from casebench.store.case import Case

from ..conftest import PASSPHRASE
from .conftest import write_tree


def _copy_db(case_path: Path, dest: Path) -> None:
    dest.mkdir()
    shutil.copy2(case_path / "case.db", dest / "case.db")


def _put_db(src: Path, case_path: Path) -> None:
    for name in ("case.db-wal", "case.db-shm"):
        (case_path / name).unlink(missing_ok=True)
    shutil.copy2(src / "case.db", case_path / "case.db")


def _blob_files(case_path: Path) -> set[str]:
    return {b for b, _ in iter_blob_files(case_path) if b}


def test_restored_older_database_quarantines_and_restores(
    case: Case, exhibit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_tree(tmp_path / "a", {f"{i}.txt": f"first {i}\n".encode() for i in range(5)})
    evidence.intake(case, exhibit, [first])
    case_path = case.path
    case.close()
    _copy_db(case_path, tmp_path / "old")  # the backup
    case = open_case(case_path, PASSPHRASE, user="tester")
    later = write_tree(tmp_path / "b", {f"{i}.txt": f"later {i}\n".encode() for i in range(7)})
    evidence.intake(case, exhibit, [later])
    all_blobs = _blob_files(case_path)
    assert len(all_blobs) == 2  # a pack per intake: quarantine treats each as one file
    case.close()
    _copy_db(case_path, tmp_path / "new")

    _put_db(tmp_path / "old", case_path)  # the user restores the older backup
    case = open_case(case_path, PASSPHRASE, user="tester")
    try:
        assert len(_blob_files(case_path)) == 1
        quarantined = {p.name[:32] for p in (case_path / "evidence" / QUARANTINE).iterdir()}
        assert len(quarantined) == 1 and quarantined | _blob_files(case_path) == all_blobs
        assert any("1 evidence file(s)" in n and "quarantine" in n for n in case.recovery)
        rec = audit.records(case, category="alteration")[-1]
        assert rec.action == "unlisted evidence files quarantined" and rec.details["files"] == 1
        report = verify_case(case)
        assert any("quarantine" in p and "1 file(s)" in p for p in report.problems), report.problems
    finally:
        case.close()

    # opening again reports nothing new and still deletes nothing
    rc = main(["info", str(case_path), "--passphrase-file", str(_pfile(tmp_path))])
    assert rc == 0 and "quarantine" not in capsys.readouterr().err
    assert len(list((case_path / "evidence" / QUARANTINE).iterdir())) == 1

    _put_db(tmp_path / "new", case_path)  # the newer database comes back: so does its evidence
    rc = main(["info", str(case_path), "--passphrase-file", str(_pfile(tmp_path))])
    err = capsys.readouterr().err
    assert rc == 0 and "1 evidence file(s) listed by case.db were moved back" in err, err
    assert _blob_files(case_path) == all_blobs
    case = open_case(case_path, PASSPHRASE, user="tester")
    try:
        report = verify_case(case)
        assert report.ok, report.problems
    finally:
        case.close()


def _pfile(tmp_path: Path) -> Path:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE + "\n")
    return p


def test_only_pending_blobs_are_deleted(case: Case, exhibit: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    pending = pendingblobs.reserve(case, "intake:crashed", 3)
    stranger = "ab" * 16
    for blob_id in [*pending[:2], stranger]:
        path = blob_path(case.path, blob_id)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"age-encryption.org/v1\n...")
    stray = case.path / "evidence" / "notes.txt"
    stray.write_text("left here by hand")
    case_path = case.path
    case.close()
    rc = main(["info", str(case_path), "--passphrase-file", str(_pfile(tmp_path))])
    err = capsys.readouterr().err
    assert rc == 0
    assert "2 unfinished blob(s) of an interrupted write removed" in err
    assert "1 evidence file(s) that case.db does not list were moved" in err
    assert _blob_files(case_path) == set()
    assert [p.name for p in (case_path / "evidence" / QUARANTINE).iterdir()] == [f"{stranger}.age"]
    assert stray.exists()
    case = open_case(case_path, PASSPHRASE, user="tester")
    try:
        assert pendingblobs.all_pending(case) == set() and case.recovery == []
        problems = verify_case(case).problems
        assert any("notes.txt" in p and "stray" in p for p in problems), problems
    finally:
        case.close()
