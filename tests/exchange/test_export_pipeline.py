"""Bundle export reads the evidence on one thread and encrypts the bundle on another
(exchange/writer.py). What a user relies on stays true: the bundle holds exactly the
exhibit's files, Cancel stops both threads and leaves nothing, and a file whose stored
content is not what the case recorded stops the export, named, with no bundle left."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tarfile
import threading
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import LEGAL, do_import, export

from casebench.cli.error_texts import cli_text
from casebench.domain.progress import OperationCancelled
from casebench.evidence import intake as intake_mod
from casebench.evidence.contentstore import blob_path
from casebench.exchange import writer
from casebench.exchange.errors import BundleError
from casebench.services import bundles, evidence
from casebench.services.bundles import Selection
from casebench.store import age, audit
from casebench.store.exhibits import ExhibitDraft

READER = "casebench-bundle-read"


def _files(root: Path) -> dict[str, bytes]:
    """Small files (into packs), one over a pack member's limit (its own age file, read into
    the reader's reused buffers), one empty and one straddling STREAM chunks."""
    files = {f"phone/chat/{i:03d}.txt": os.urandom(1000 + i * 7919) for i in range(30)}
    files["phone/empty.txt"] = b""
    files["phone/media/clip.bin"] = os.urandom(3 * 65536 + 5)
    files["phone/image.dd"] = os.urandom(4 * 1024 * 1024 + 70_000)
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return files


def _bundle_members(b: Bench, path: Path) -> dict[str, bytes]:
    """The bundle's tar members, decrypted with the receiver's key by the standard library's tar."""
    with path.open("rb") as fh:
        header = age.read_header(fh)
        key = age.unwrap_x25519(header, [age.parse_identity(b.identity.age_identity)])
        plain = b"".join(age.open_payload(fh, key))
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _no_reader_alive() -> bool:
    for t in threading.enumerate():
        if t.name == READER:
            t.join(timeout=5)
    return not any(t.name == READER and t.is_alive() for t in threading.enumerate())


def _plan(a: Bench, b: Bench, exhibit: str) -> bundles.ExportPlan:
    to_b = a.partners.by_key_id(b.identity.card.key_id)
    assert to_b is not None
    return bundles.plan_export(a.case, Selection(exhibits=[exhibit]), [to_b], identity=a.identity)


@pytest.mark.parametrize(("in_flight", "packed"), [(writer.IN_FLIGHT, True), (1, True), (writer.IN_FLIGHT, False)],
                         ids=["default", "one-batch-at-a-time", "each-file-its-own-age-file"])
def test_pipeline_bundle_holds_every_file_and_imports_unchanged(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_flight: int,
        packed: bool) -> None:
    a, b = pair
    files = _files(tmp_path / "src")
    if not packed:  # as cases stored before packs, and files received by one: blocks in reused buffers
        monkeypatch.setattr(intake_mod, "PARALLEL_BELOW", -1)
    evidence.add_exhibit(a.case, ExhibitDraft("PH-1", type="device"))
    evidence.intake(a.case, "PH-1", [tmp_path / "src" / "phone"])
    monkeypatch.setattr(writer, "IN_FLIGHT", in_flight)  # 1: the reader waits for every batch
    monkeypatch.setattr(writer, "BATCH", 4096)
    res = export(a, b, tmp_path / "a.cbx", Selection(exhibits=["PH-1"]))
    assert _no_reader_alive()
    members = _bundle_members(b, res.paths[0])
    shipped = sorted(data for name, data in members.items() if name.startswith("files/"))
    assert shipped == sorted(files.values())
    r = do_import(b, res.paths[0])
    assert r.files_new == len(files)
    out = tmp_path / "at-b"
    evidence.extract(b.case, "PH-1", out, "court")
    for rel, data in files.items():
        assert (out / rel).read_bytes() == data


def test_cancel_mid_export_stops_both_threads_and_leaves_nothing(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    _files(tmp_path / "src")
    evidence.add_exhibit(a.case, ExhibitDraft("PH-1", type="device"))
    evidence.intake(a.case, "PH-1", [tmp_path / "src" / "phone"])
    monkeypatch.setattr(writer, "BATCH", 4096)
    monkeypatch.setattr(writer, "IN_FLIGHT", 8192)  # the reader is waiting on the writer when Cancel comes
    plan = _plan(a, b, "PH-1")
    head = audit.records(a.case)[-1].hash
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)

    with pytest.raises(OperationCancelled):
        bundles.write_export(a.case, plan, a.identity, tmp_path / "c.cbx", legal_basis=LEGAL, purpose="x",
                             progress=progress, cancelled=lambda: len(seen) >= 4)
    assert 0 < seen[-1] < sum(p.stat().st_size for p in (tmp_path / "src").rglob("*") if p.is_file())
    assert _no_reader_alive()
    assert not list(tmp_path.glob("*.cbx*")) and not list(tmp_path.glob(".tmp-*"))
    assert audit.records(a.case)[-1].hash == head
    # and the next export works
    res = export(a, b, tmp_path / "ok.cbx", Selection(exhibits=["PH-1"]))
    assert do_import(b, res.paths[0]).files_new == 33


def test_content_not_matching_its_record_stops_the_export_naming_the_file(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    src = tmp_path / "src" / "disk"
    src.mkdir(parents=True)
    for i in range(6):
        (src / f"doc-{i}.txt").write_bytes(os.urandom(50_000 + i))
    monkeypatch.setattr(intake_mod, "PARALLEL_BELOW", -1)  # each file its own age file
    evidence.add_exhibit(a.case, ExhibitDraft("HD-1", type="storage-media"))
    evidence.intake(a.case, "HD-1", [src])
    rows = dict(a.case.conn.execute("SELECT rel_path, blob_id FROM content_files").fetchall())
    victim = next(r for r in rows if r.endswith("doc-3.txt"))
    other = next(r for r in rows if r.endswith("doc-1.txt"))
    # another blob of the same case in its place: it decrypts, but it is not doc-3's content
    shutil.copyfile(blob_path(a.case.path, rows[other]), blob_path(a.case.path, rows[victim]))
    monkeypatch.setattr(writer, "BATCH", 4096)
    plan = _plan(a, b, "HD-1")
    head = audit.records(a.case)[-1].hash
    with pytest.raises(BundleError) as err:
        bundles.write_export(a.case, plan, a.identity, tmp_path / "d.cbx", legal_basis=LEGAL, purpose="x")
    assert err.value.code == "export.content_changed"
    assert err.value.params["file"] == victim and victim in str(err.value)
    # an export that stops says so, in export's words: not the import's "nothing was imported"
    assert str(err.value).endswith("; nothing was exported") and "imported" not in str(err.value)
    said = cli_text(err.value)
    assert "bundle not written" in said and said.endswith("nothing was exported") and "imported" not in said
    assert _no_reader_alive()
    assert not list(tmp_path.glob("*.cbx*")) and not list(tmp_path.glob(".tmp-*"))
    assert audit.records(a.case)[-1].hash == head


def test_damaged_pack_stops_the_export_naming_the_file(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    files = _files(tmp_path / "src")
    evidence.add_exhibit(a.case, ExhibitDraft("PH-1", type="device"))
    evidence.intake(a.case, "PH-1", [tmp_path / "src" / "phone"])
    (pack_id,) = [r[0] for r in a.case.conn.execute("SELECT id FROM packs")]
    path = blob_path(a.case.path, pack_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40  # one bit in the middle of the pack
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError) as err:
        export(a, b, tmp_path / "e.cbx", Selection(exhibits=["PH-1"]))
    assert err.value.code == "export.content_changed"
    assert err.value.params["file"] in files and "cannot be read" in str(err.value)
    assert _no_reader_alive()
    assert not list(tmp_path.glob("*.cbx*")) and not list(tmp_path.glob(".tmp-*"))


@pytest.mark.parametrize("how", ["direct", "file-system-refuses-direct-writes", "no-direct-io"])
def test_the_bundle_file_is_the_one_its_sha256_names_however_it_is_written(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    """The bundle goes past the page cache where the system allows (O_DIRECT), in whole
    blocks from aligned buffers with the last part block written ordinarily; a file system
    that refuses that gets ordinary writes. The file is the same: its SHA-256 (hashed from
    the buffers, never read back) is the file's, and the partner imports it."""
    import errno

    fcntl = pytest.importorskip("fcntl")
    a, b = pair
    files = _files(tmp_path / "src")
    evidence.add_exhibit(a.case, ExhibitDraft("PH-1", type="device"))
    evidence.intake(a.case, "PH-1", [tmp_path / "src" / "phone"])
    opened: list[bool] = []
    real_open = writer._DirectFile.open.__func__  # type: ignore[attr-defined]

    def spy(cls: type, target: Path) -> object:
        sink = None if how == "no-direct-io" else real_open(cls, target)
        opened.append(sink is not None)
        return sink

    monkeypatch.setattr(writer._DirectFile, "open", classmethod(spy))
    refused: list[int] = []
    if how == "file-system-refuses-direct-writes":
        real_pwrite = os.pwrite

        def pwrite(fd: int, data: object, offset: int) -> int:
            if fcntl.fcntl(fd, fcntl.F_GETFL) & getattr(os, "O_DIRECT", 0):
                refused.append(fd)
                raise OSError(errno.EINVAL, "Invalid argument")
            return real_pwrite(fd, data, offset)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "pwrite", pwrite)
    res = export(a, b, tmp_path / "a.cbx", Selection(exhibits=["PH-1"]))
    monkeypatch.undo()
    if how != "no-direct-io" and not opened[0]:
        pytest.skip("this file system takes no direct writes")
    assert opened == [how != "no-direct-io"]
    assert bool(refused) == (how == "file-system-refuses-direct-writes")
    data = res.paths[0].read_bytes()
    assert res.file_sha256 == hashlib.sha256(data).hexdigest()
    assert not list(tmp_path.glob(".tmp-*"))
    shipped = sorted(d for name, d in _bundle_members(b, res.paths[0]).items() if name.startswith("files/"))
    assert shipped == sorted(files.values())
    assert do_import(b, res.paths[0]).files_new == len(files)
