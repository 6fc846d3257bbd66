"""Packs after review: an intake stopped part-way never touches another exhibit's content,
a pack that cannot be tidied does not stop the case opening, verify reads the disk fresh,
and no cache outlives the open case with its evidence key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.evidence import intake as intake_mod
from casebench.evidence import packs
from casebench.evidence.contentstore import iter_blob_files
from casebench.services import evidence
from casebench.services.cases import open_case
from casebench.services.progress import OperationCancelled
from casebench.services.verify import verify_case
from casebench.store import pendingblobs
from casebench.store.case import Case
from casebench.store.exhibits import ExhibitDraft

from ..conftest import PASSPHRASE
from .conftest import stored_path, write_tree


def _extracted(case: Case, exhibit: str, out: Path) -> dict[str, bytes]:
    evidence.extract(case, exhibit, out, "court")
    return {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.parametrize("stop", ["cancel", "failure"])
def test_an_intake_stopped_with_content_of_an_upgraded_exhibit_leaves_that_content_intact(
        case: Case, exhibit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: str) -> None:
    # the case as written before packs: every file an age file of its own
    before = {f"before/{i:02d}.txt": f"statement {i}\n".encode() * (40 + i) for i in range(12)}
    write_tree(tmp_path, before)
    monkeypatch.setattr(intake_mod, "PARALLEL_BELOW", -1)
    evidence.intake(case, exhibit, [tmp_path / "before"])
    monkeypatch.setattr(intake_mod, "PARALLEL_BELOW", packs.MEMBER_MAX)
    standalone = {p for _b, p in iter_blob_files(case.path)}
    assert len(standalone) == 12 and case.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 0

    # a later intake whose every fifth file repeats one of them, stopped after two commits
    old = list(before.values())
    later = {f"after/f{i:03d}.bin": old[i // 5 % 12] if i % 5 == 3 else os.urandom(1500 + i) for i in range(70)}
    write_tree(tmp_path, later)
    monkeypatch.setattr(intake_mod, "BATCH_FILES", 10)
    commits: list[int] = []

    def stopped() -> bool:
        if len(commits) < 2:
            return False
        if stop == "failure":
            raise OSError(28, "No space left on device")
        return True

    with pytest.raises(OSError if stop == "failure" else OperationCancelled):
        evidence.intake(case, exhibit, [tmp_path / "after"], cancelled=stopped,
                        on_commit=lambda names: commits.append(len(names)))

    assert {p for _b, p in iter_blob_files(case.path)} == standalone
    assert pendingblobs.all_pending(case) == set()
    report = verify_case(case, exhibit=exhibit)
    assert report.ok, report.problems
    got = _extracted(case, exhibit, tmp_path / "out")
    assert {k.rsplit("/", 1)[-1]: v for k, v in got.items() if k.endswith(".txt")} == {
        k.rsplit("/", 1)[-1]: v for k, v in before.items()}


def _forget(case: Case, rel_path: str) -> None:
    """Delete a file's rows as a deletion path does; the process dies before its pack is rewritten."""
    blob_id = case.conn.execute("SELECT blob_id FROM content_files WHERE rel_path = ?", (rel_path,)).fetchone()[0]
    with case.transaction():
        case.conn.execute("DELETE FROM content_files WHERE rel_path = ?", (rel_path,))
        case.conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))


def _second_exhibit(case: Case, tmp_path: Path, files: dict[str, bytes]) -> str:
    evidence.add_exhibit(case, ExhibitDraft("MA-EX-011", type="device", description="the mate's phone"))
    evidence.intake(case, "MA-EX-011", [write_tree(tmp_path / "mate", files)])
    return "MA-EX-011"


def _reopen(case: Case) -> Case:
    path = case.path
    case.close()
    return open_case(path, PASSPHRASE, user="tester")


@pytest.mark.parametrize("harm", ["removed", "damaged", "swapped"])
def test_a_pack_that_cannot_be_rewritten_does_not_stop_the_case_opening(
        case: Case, exhibit: str, tmp_path: Path, harm: str) -> None:
    phone = {"a.txt": b"keep a\n" * 20_000, "b.txt": b"DELETED " * 300, "c.txt": b"keep c\n"}
    evidence.intake(case, exhibit, [write_tree(tmp_path / "phone", phone)])
    mate = {f"m{i}.bin": os.urandom(300_000) for i in range(3)}
    other = _second_exhibit(case, tmp_path, mate)
    pack = stored_path(case, evidence.content_files(case, exhibit)[0].blob_id)
    other_pack = stored_path(case, evidence.content_files(case, other)[0].blob_id)
    assert pack != other_pack
    _forget(case, "phone/b.txt")
    if harm == "removed":
        pack.unlink()
    elif harm == "damaged":
        raw = bytearray(pack.read_bytes())
        raw[len(raw) // 2] ^= 1  # inside a.txt, which the rewrite must copy
        pack.write_bytes(bytes(raw))
    else:  # another pack of the case in its place: every chunk authenticates, the content is not a's
        pack.write_bytes(other_pack.read_bytes())
    case = _reopen(case)
    try:
        assert not case.read_only
        name = pack.relative_to(case.path).as_posix()
        said = [note for note in case.recovery if name in note]
        assert said and "could not be" in said[0], case.recovery
        logged = case.conn.execute("SELECT details FROM audit WHERE action LIKE '%could not be tidied%'").fetchall()
        assert logged and name in logged[-1][0]
        assert case.conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 2  # the old pack is kept
        if harm != "removed":
            assert pack.exists()
            quick = evidence.quick_verify_evidence(case, exhibit)
            assert any("a.txt" in p for p in quick.problems), quick.problems
        got = _extracted(case, other, tmp_path / "out")
        assert {k.rsplit("/", 1)[-1]: v for k, v in got.items() if k.endswith(".bin")} == mate
    finally:
        case.close()
