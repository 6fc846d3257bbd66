"""Intake: one pass per file, byte-identical extraction, awkward names, links, errors, cancel."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from casebench.evidence import intake as intake_mod
from casebench.evidence.contentstore import blob_path, iter_blob_files
from casebench.services import evidence
from casebench.services.progress import OperationCancelled
from casebench.store.case import Case
from casebench.store.errors import CaseError

from .conftest import stored_path, write_tree


def _blobs(case: Case) -> list[Path]:
    return [p for _, p in iter_blob_files(case.path)]


def test_extract_is_byte_identical(case: Case, exhibit: str, tree: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = evidence.intake(
        case, exhibit, [tree], md5=True, sha1=True, progress=lambda d, t, m: seen.append((d, t))
    )
    assert report.files == 5 and report.duplicates == 1 and not report.skipped
    assert (
        seen[-1][0] == seen[-1][1] == sum(p.stat().st_size for p in tree.rglob("*") if p.is_file())
    )
    files = {f.rel_path: f for f in evidence.content_files(case, exhibit)}
    big = files["extraction/media/big.bin"]
    data = (tree / "media/big.bin").read_bytes()
    assert big.sha256 == hashlib.sha256(data).hexdigest()
    assert big.md5 == hashlib.md5(data).hexdigest() and big.sha1 == hashlib.sha1(data).hexdigest()
    assert big.hashed_by == "tester" and big.hash_tool.startswith("casebench ")
    assert files["extraction/media/IMG_0001.jpg"].media_type == "image/jpeg"
    assert len(_blobs(case)) == 1  # small files: one pack for the batch
    assert case.conn.execute("SELECT members FROM packs").fetchall() == [(4,)]  # identical text once
    out = tmp_path / "out"
    written = evidence.extract(case, exhibit, out, "expert report for the court")
    assert len(written) == 5
    for rel in files:
        assert (out / rel).read_bytes() == (tree.parent / rel).read_bytes()
    events = evidence.custody_events(case, exhibit)
    assert [e.event for e in events] == ["image", "check-out"]
    assert events[1].matched is True and events[1].purpose == "expert report for the court"
    assert events[0].details["tool"].startswith("casebench") and events[0].to_person == "tester"
    from casebench.store import audit

    rec = audit.records(case, category="disclosure")[-1]
    assert rec.justification == "expert report for the court"
    # refuses to overwrite, and one file alone
    with pytest.raises(CaseError, match="not empty"):
        evidence.extract(case, exhibit, out, "again")
    one = evidence.extract(
        case, exhibit, tmp_path / "one", "one file", file_name="extraction/media/big.bin"
    )
    assert one[0].name == "big.bin" and one[0].read_bytes() == data
    with pytest.raises(CaseError, match="reason"):
        evidence.extract(case, exhibit, tmp_path / "x", "  ")


def test_blob_names_reveal_nothing(case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    digests = {f.sha256 for f in evidence.content_files(case, exhibit)}
    for p in _blobs(case):
        assert re.fullmatch(r"[0-9a-f]{32}\.age", p.name)
        assert p.parent.name == p.name[:2]
        assert not any(p.stem in d or d.startswith(p.stem) for d in digests)
        assert "IMG" not in str(p) and "threads" not in str(p)


def test_blob_decrypts_with_age_command(
    case: Case, exhibit: str, tree: Path, tmp_path: Path
) -> None:
    if shutil.which("age") is None:
        pytest.skip("age command not installed")
    evidence.intake(case, exhibit, [tree])
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "big.bin")
    key = tmp_path / "identity.txt"
    key.write_text(case.evidence_identity + "\n")
    # a small file lies in a pack: `age -d | tar -x` recovers it under its blob id
    out = tmp_path / "unpacked"
    out.mkdir()
    subprocess.run(f"age -d -i {key} {stored_path(case, f.blob_id)} | tar -x -C {out}", shell=True, check=True)
    assert (out / f.blob_id).read_bytes() == (tree / "media/big.bin").read_bytes()
    assert len(list(out.iterdir())) == 4
    # a file above 4 MiB stays an age file of its own
    large = write_tree(tmp_path / "large", {"disk.img": os.urandom(4 * 1024 * 1024 + 1)})
    evidence.intake(case, exhibit, [large])
    g = next(f for f in evidence.content_files(case, exhibit) if f.name == "disk.img")
    assert stored_path(case, g.blob_id) == blob_path(case.path, g.blob_id)
    got = subprocess.run(["age", "-d", "-i", str(key), str(blob_path(case.path, g.blob_id))],
                         capture_output=True, check=True)
    assert got.stdout == (large / "disk.img").read_bytes()


def test_awkward_names_zero_bytes_and_links(case: Case, exhibit: str, tmp_path: Path) -> None:
    root = write_tree(
        tmp_path / "src" / "dump",
        {
            "Ação/fotografía ñ 照片.txt": b"unicode",
            "line\nbreak.txt": b"newline in the name",
            "zero.bin": b"",
            "deep/a/b/c/d/e.txt": b"deep",
        },
    )
    (tmp_path / "outside.txt").write_bytes(b"OUTSIDE SECRET")
    os.symlink(tmp_path / "outside.txt", root / "escape.txt")
    os.symlink("zero.bin", root / "inside-link")
    os.symlink(tmp_path, root / "dirlink")
    os.symlink("missing", root / "broken")
    os.mkfifo(root / "pipe")
    report = evidence.intake(case, exhibit, [root])
    names = {f.rel_path for f in evidence.content_files(case, exhibit)}
    assert names == {
        "dump/Ação/fotografía ñ 照片.txt",
        "dump/line\nbreak.txt",
        "dump/zero.bin",
        "dump/deep/a/b/c/d/e.txt",
        "dump/inside-link",
    }
    text = "\n".join(report.skipped)
    assert "dump/escape.txt: is a symbolic link to a place outside the folder" in text
    assert "dump/dirlink" in text and "dump/broken" in text and "dump/pipe" in text
    out = tmp_path / "out"
    evidence.extract(case, exhibit, out, "check names")
    assert (out / "dump" / "line\nbreak.txt").read_bytes() == b"newline in the name"
    assert (out / "dump" / "Ação" / "fotografía ñ 照片.txt").read_bytes() == b"unicode"
    assert (out / "dump" / "zero.bin").read_bytes() == b""
    assert not (out / "dump" / "escape.txt").exists()
    assert evidence.verify_evidence(case).problems == []


def test_unreadable_files_are_named_and_skipped(
    case: Case, exhibit: str, tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = intake_mod.open_source

    def fake(path: str) -> int:
        if path.endswith("IMG_0001.jpg"):
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(intake_mod, "open_source", fake)
    report = evidence.intake(case, exhibit, [tree])
    assert report.files == 4
    assert report.skipped == [
        "extraction/media/IMG_0001.jpg: cannot be read (Permission denied); skipped"
    ]


@pytest.mark.slow
def test_ten_thousand_files(case: Case, exhibit: str, tmp_path: Path) -> None:
    root = tmp_path / "src" / "phone"
    for d in range(10):
        sub = root / f"d{d}"
        sub.mkdir(parents=True)
        for i in range(1000):
            (sub / f"f{i:04d}.txt").write_bytes(b"%d/%d" % (d, i))
    report = evidence.intake(case, exhibit, [root])
    assert report.files == 10_000 and not report.skipped
    assert evidence.get_exhibit(case, exhibit).files == 10_000
    again = evidence.intake(case, exhibit, [root])  # resumes: nothing new, all named as present
    assert again.files == 0 and len(again.skipped) == 10_000


def test_cancel_leaves_nothing(case: Case, exhibit: str, tree: Path, tmp_path: Path) -> None:
    many = write_tree(
        tmp_path / "src" / "many", {f"f{i}.bin": os.urandom(5000) for i in range(300)}
    )
    monkey_batches = intake_mod.BATCH_FILES
    intake_mod.BATCH_FILES = 50  # several commits happen before the cancel
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 200

    try:
        with pytest.raises(OperationCancelled):
            evidence.intake(case, exhibit, [many], cancelled=cancel)
    finally:
        intake_mod.BATCH_FILES = monkey_batches
    assert evidence.content_files(case, exhibit) == []
    assert evidence.custody_events(case, exhibit) == []
    assert _blobs(case) == []
    assert case.conn.execute("SELECT count(*) FROM intakes").fetchone()[0] == 0


def test_physical_exhibit_has_no_content(case: Case) -> None:
    from casebench.store.exhibits import ExhibitDraft

    evidence.add_exhibit(
        case,
        ExhibitDraft(
            "MA-EX-001",
            type="physical",
            description="parcel",
            weight="24.8 kg",
            seal_numbers=["A1", "A2"],
        ),
    )
    ex = evidence.show_exhibit(case, "MA-EX-001")
    assert not ex.has_content and ex.seal_numbers == ["A1", "A2"]
    with pytest.raises(CaseError, match="already exists"):
        evidence.add_exhibit(case, ExhibitDraft("MA-EX-001"))
    with pytest.raises(CaseError, match="type"):
        evidence.add_exhibit(case, ExhibitDraft("MA-EX-002", type="banana"))
    with pytest.raises(CaseError, match="no content files"):
        evidence.extract(case, "MA-EX-001", "/nonexistent", "why")


def test_no_plaintext_marker_on_disk(
    case: Case, exhibit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    marker = b"CASEBENCH-PLAINTEXT-MARKER-7f3a9c"
    src = write_tree(
        tmp_path / "src" / "m",
        {
            "small.txt": marker,
            "big.bin": os.urandom(1_000_000) + marker + os.urandom(500_000),
            f"{marker.decode()}.txt": b"name carries the marker",
        },
    )
    evidence.intake(case, exhibit, [src], md5=True)
    evidence.verify_evidence(case)
    case.close()
    hits = []
    for base in (case.path, private_tmp):
        for p in base.rglob("*"):
            if marker.decode() in p.name or (p.is_file() and marker in p.read_bytes()):
                hits.append(p)
    assert hits == []


def test_seizure_time_zone_must_exist(case: Case) -> None:
    import pytest

    from casebench.services import evidence as ev
    from casebench.store.errors import InvalidInput
    from casebench.store.exhibits import ExhibitDraft

    with pytest.raises(InvalidInput, match="time zone 'Mars/Olympus' is unknown"):
        ev.add_exhibit(case, ExhibitDraft(reference="X-1", type="physical", description="parcel",
                                          seized_tz="Mars/Olympus"))
    for zone in ("Africa/Banjul", "+01:00", "UTC", "-0500"):
        ev.add_exhibit(case, ExhibitDraft(reference=f"X-{zone}", type="physical", description="parcel",
                                          seized_tz=zone))


def test_a_large_file_hashed_slowly_keeps_its_true_hashes(case: Case, exhibit: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Its blocks are read into buffers used in turn while the hashing thread still works
    on earlier ones: a buffer refilled too early would record a hash of other bytes."""
    from casebench.evidence import hashing

    real = hashing.Hasher._update

    def slow(self: hashing.Hasher, data: bytes) -> None:
        time.sleep(0.01)  # the hashing thread falls behind the reading
        real(self, data)

    monkeypatch.setattr(hashing.Hasher, "_update", slow)
    data = os.urandom(13 * 1024 * 1024 + 3)
    src = write_tree(tmp_path / "img", {"disk.img": data})
    evidence.intake(case, exhibit, [src], md5=True, sha1=True)
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "disk.img")
    assert (f.sha256, f.md5, f.sha1) == (hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest(),
                                         hashlib.sha1(data).hexdigest())
    monkeypatch.setattr(hashing.Hasher, "_update", real)
    assert not evidence.verify_evidence(case, exhibit).problems  # the stored content is these bytes


def test_files_written_past_the_page_cache_are_extracted_whole(case: Case, exhibit: str, tree: Path,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file goes the direct way here (large ones do); a disk filling up part-way
    stops the extraction with nothing left in the destination and nothing recorded."""
    from casebench.evidence import examine
    from casebench.store import directio

    monkeypatch.setattr(examine, "DIRECT_FROM", 0)
    evidence.intake(case, exhibit, [tree])
    out = tmp_path / "out"
    written = evidence.extract(case, exhibit, out, "expert report")
    assert len(written) == 5
    for src in tree.rglob("*"):
        if src.is_file():
            got = out / "extraction" / src.relative_to(tree)
            assert got.read_bytes() == src.read_bytes()
            assert got.stat().st_mtime == pytest.approx(src.stat().st_mtime, abs=1e-5)
    events = len(evidence.custody_events(case, exhibit))

    def full(fd: int, data: memoryview, offset: int) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(directio.os, "pwrite", full)
    again = tmp_path / "again"
    with pytest.raises(OSError) as failed:
        evidence.extract(case, exhibit, again, "second copy")
    assert failed.value.errno == errno.ENOSPC
    assert os.listdir(again) == []
    assert len(evidence.custody_events(case, exhibit)) == events
