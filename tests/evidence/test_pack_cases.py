"""Packs in a case: cancel drops an intake's packs whole, deleted content never survives in a
pack, an interrupted deletion is finished at the next opening."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pyrage
import pytest

from casebench.evidence import contentstore, packs
from casebench.evidence import intake as intake_mod
from casebench.evidence.contentstore import iter_blob_files
from casebench.services import evidence
from casebench.services.cases import open_case
from casebench.services.progress import OperationCancelled
from casebench.services.verify import verify_case
from casebench.store import pendingblobs
from casebench.store.case import Case

from ..conftest import PASSPHRASE
from .conftest import stored_path, write_tree


def _plaintext(case: Case, path: Path) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [pyrage.x25519.Identity.from_str(case.evidence_identity)])


def _forget(case: Case, rel_path: str) -> str:
    """Delete a file's rows as a deletion path does (its content must then be destroyed)."""
    blob_id = case.conn.execute("SELECT blob_id FROM content_files WHERE rel_path = ?", (rel_path,)).fetchone()[0]
    with case.transaction():
        case.conn.execute("DELETE FROM content_files WHERE rel_path = ?", (rel_path,))
        case.conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
    return str(blob_id)


def test_cancel_drops_the_intakes_packs_whole(case: Case, exhibit: str, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_tree(tmp_path / "many", {f"f{i:03d}.bin": os.urandom(3000 + i) for i in range(120)})
    monkeypatch.setattr(intake_mod, "BATCH_FILES", 20)
    commits: list[int] = []

    def cancel() -> bool:
        return len(commits) >= 3  # packs of earlier batches are committed by then

    with pytest.raises(OperationCancelled):
        evidence.intake(case, exhibit, [src], cancelled=cancel, on_commit=lambda names: commits.append(len(names)))
    assert len(commits) >= 3
    assert case.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 0
    assert case.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert list(iter_blob_files(case.path)) == [] and pendingblobs.all_pending(case) == set()


def test_deleted_content_does_not_survive_in_its_pack(case: Case, exhibit: str, tmp_path: Path) -> None:
    secret = b"SECRET-TO-DESTROY " + os.urandom(5000).hex().encode()
    files = {f"chat/{i:02d}.txt": f"kept message {i}\n".encode() * (i * 300 + 1) for i in range(8)}
    files["chat/zz-destroy.txt"] = secret
    src = write_tree(tmp_path / "phone", files)
    evidence.intake(case, exhibit, [src])
    old = stored_path(case, evidence.content_files(case, exhibit)[0].blob_id)
    assert secret in _plaintext(case, old)
    gone = _forget(case, "phone/chat/zz-destroy.txt")
    packs.drop_dead_members(case, {old.stem})
    assert not old.exists()
    new = stored_path(case, evidence.content_files(case, exhibit)[0].blob_id)
    assert new != old and secret not in _plaintext(case, new) and gone.encode() not in _plaintext(case, new)
    assert case.conn.execute("SELECT members FROM packs").fetchall() == [(8,)]
    assert pendingblobs.all_pending(case) == set()
    report = verify_case(case)
    assert report.ok, report.problems
    out = tmp_path / "out"
    evidence.extract(case, exhibit, out, "court")
    for rel, data in files.items():
        if "destroy" not in rel:
            assert (out / "phone" / rel).read_bytes() == data
    # the last member going removes the pack
    for f in evidence.content_files(case, exhibit):
        _forget(case, f.rel_path)
    packs.drop_dead_members(case, {new.stem})
    assert not new.exists() and case.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 0


def test_a_deletion_cut_short_is_finished_at_the_next_opening(case: Case, exhibit: str, tmp_path: Path) -> None:
    secret = b"DESTROY ME " * 300
    src = write_tree(tmp_path / "phone", {"a.txt": b"keep a\n" * 900, "b.txt": secret, "c.txt": b"keep c\n"})
    evidence.intake(case, exhibit, [src])
    old = stored_path(case, evidence.content_files(case, exhibit)[0].blob_id)
    _forget(case, "phone/b.txt")  # the rows are gone, the process dies before the rewrite
    case_path = case.path
    case.close()
    reopened = open_case(case_path, PASSPHRASE, user="tester")
    try:
        evidence.open_evidence(reopened)
        assert not old.exists()
        new = stored_path(reopened, evidence.content_files(reopened, exhibit)[0].blob_id)
        assert secret not in _plaintext(reopened, new)
        assert verify_case(reopened).ok
    finally:
        reopened.close()


def test_a_disk_filling_up_under_the_intake_leaves_the_case_as_it_was(case: Case, exhibit: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The packs are written on worker threads: their failure still stops the intake, and
    nothing of it stays (no rows, no files, nothing pending); the next intake works."""
    src = write_tree(tmp_path / "many", {f"d{i % 4}/f{i:03d}.bin": os.urandom(20_000 + i) for i in range(300)})
    real = contentstore._SealedFile._write_all
    written = [0]

    def fill_up(self: contentstore._SealedFile, data: bytes | memoryview) -> None:
        written[0] += len(data)
        if written[0] > 2_000_000:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(self, data)

    monkeypatch.setattr(contentstore._SealedFile, "_write_all", fill_up)
    with pytest.raises(OSError) as failed:
        evidence.intake(case, exhibit, [src])
    assert failed.value.errno == errno.ENOSPC
    assert evidence.content_files(case, exhibit) == []
    assert case.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert case.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 0
    assert list(iter_blob_files(case.path)) == [] and pendingblobs.all_pending(case) == set()
    monkeypatch.setattr(contentstore._SealedFile, "_write_all", real)
    report = evidence.intake(case, exhibit, [src])
    assert report.files == 300 and not verify_case(case).problems
