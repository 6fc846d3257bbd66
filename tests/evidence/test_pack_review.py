"""Packs after review: an intake stopped part-way never touches another exhibit's content,
a pack that cannot be tidied does not stop the case opening, verify reads the disk fresh,
and no cache outlives the open case with its evidence key."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from casebench.evidence import intake as intake_mod
from casebench.evidence import packs
from casebench.evidence.contentstore import iter_blob_files
from casebench.services import evidence
from casebench.services.cases import open_case
from casebench.services.errors import CodedError
from casebench.services.progress import OperationCancelled
from casebench.services.verify import verify_case
from casebench.store import age, pendingblobs
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


def _chunk_start(path: Path) -> int:
    """Where the pack's first sealed chunk lies in its file (after the age header and nonce)."""
    with open(path, "rb") as fh:
        age.read_header(fh, known=None)
        fh.read(16)
        return fh.tell()


def test_verify_finds_bit_rot_in_a_pack_read_earlier_in_the_session(
        case: Case, exhibit: str, tmp_path: Path) -> None:
    a, b = os.urandom(age.CHUNK + 1000), os.urandom(5000)  # a ends in the chunk that holds b
    evidence.intake(case, exhibit, [write_tree(tmp_path / "phone", {"a.bin": a, "b.bin": b})])
    assert _extracted(case, exhibit, tmp_path / "before")  # reads both: a's last chunk is b's
    b_row = next(f for f in evidence.content_files(case, exhibit) if f.name == "b.bin")
    pack = stored_path(case, b_row.blob_id)
    offset = case.conn.execute("SELECT pack_offset FROM blobs WHERE id = ?", (b_row.blob_id,)).fetchone()[0]
    assert offset // age.CHUNK == 1
    st = pack.stat()
    raw = bytearray(pack.read_bytes())
    raw[_chunk_start(pack) + age.SEALED + offset % age.CHUNK + 100] ^= 1  # one bit of b, size unchanged
    with open(pack, "r+b") as fh:
        fh.write(bytes(raw))
    os.utime(pack, ns=(st.st_atime_ns, st.st_mtime_ns))  # bit rot does not change the time

    full = evidence.verify_evidence(case, exhibit)
    assert any("b.bin" in p and "damaged" in p for p in full.problems), full.problems
    quick = evidence.quick_verify_evidence(case, exhibit)
    assert any("b.bin" in p for p in quick.problems), quick.problems


def test_closing_the_case_drops_every_key_and_plaintext_its_reads_kept(
        case: Case, exhibit: str, tmp_path: Path, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    assert _extracted(case, exhibit, tmp_path / "out")
    evidence.verify_evidence(case, exhibit)
    key = case.evidence_key
    assert key.held > 1  # the parsed identity and the payload of the pack read
    case.close()
    assert key.held == 0
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, age.Payload)]  # no key, no plaintext chunk
    with pytest.raises(ValueError):
        case.evidence_key  # noqa: B018


def test_a_small_file_that_grows_after_the_scan_stops_the_intake_naming_it(
        case: Case, exhibit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_tree(tmp_path / "phone", {f"f{i:02d}.txt": b"line\n" * (100 + i) for i in range(30)})
    real_scan = intake_mod.scan

    def scan_then_grow(paths: list[Path]) -> tuple[list[intake_mod.SourceFile], list[str]]:
        found = real_scan(paths)
        with open(src / "f17.txt", "ab") as fh:  # a log still being written to
            fh.write(b"appended after the scan\n" * 1000)
        return found

    monkeypatch.setattr(intake_mod, "scan", scan_then_grow)
    with pytest.raises(CodedError) as raised:
        evidence.intake(case, exhibit, [src])
    assert raised.value.code == "intake.source_changed" and "phone/f17.txt" in str(raised.value)
    assert evidence.content_files(case, exhibit) == []
    assert list(iter_blob_files(case.path)) == [] and pendingblobs.all_pending(case) == set()


def test_damage_outside_every_file_in_a_pack_is_said_of_the_pack_not_of_its_files(
        case: Case, exhibit: str, tmp_path: Path) -> None:
    # two headers and two files fill the first chunk exactly: the second holds only the archive's end
    files = {"a.bin": os.urandom(age.CHUNK - 3 * packs.BLOCK), "b.txt": b"statement\n" * 51 + b"xx"}
    assert len(files["b.txt"]) == packs.BLOCK
    evidence.intake(case, exhibit, [write_tree(tmp_path / "phone", files)])
    pack = stored_path(case, evidence.content_files(case, exhibit)[0].blob_id)
    assert case.conn.execute("SELECT max(pack_offset + size) FROM blobs").fetchone()[0] == age.CHUNK
    raw = bytearray(pack.read_bytes())
    raw[-40] ^= 1  # in the archive's end
    pack.write_bytes(bytes(raw))
    report = evidence.verify_evidence(case, exhibit)
    name = pack.relative_to(case.path).as_posix()
    assert not any("a.bin" in p or "b.txt" in p for p in report.problems), report.problems
    assert [p for p in report.problems if name in p and "outside the content of every file" in p], report.problems
    assert not verify_case(case, exhibit=exhibit).ok
