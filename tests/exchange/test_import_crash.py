"""A bundle import that dies before it commits leaves blobs the next opening may delete.

The received blobs' ids are reserved as pending before they are written, so crash
recovery removes exactly them and quarantines nothing (quarantine is for evidence a
restored database does not know, not for our own half-done work).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.evidence.conftest import stored_path
from tests.exchange.conftest import Bench
from tests.exchange.test_custody_graph import _exhibit, _send
from tests.exchange.test_roundtrip import do_import

from casebench.evidence import contentstore, packs
from casebench.evidence.contentstore import QUARANTINE, iter_blob_files
from casebench.exchange import exhibits as ex_io
from casebench.exchange import reader
from casebench.services import bundles, evidence
from casebench.store import pendingblobs
from casebench.store.exhibits import ExhibitDraft


def _blobs(case_path: Path) -> set[str]:
    return {b for b, _ in iter_blob_files(case_path) if b}


def test_import_killed_before_commit_is_tidied_not_quarantined(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    ref = _exhibit(a, tmp_path)
    path = _send(a, b, tmp_path / "a1.cbx", ref)
    before = _blobs(b.case.path)

    def power_cut(*_a: object, **_k: object) -> None:
        raise RuntimeError("power cut")

    # The process dies between receiving the files and committing: no cleanup runs.
    with monkeypatch.context() as m:
        m.setattr(bundles, "commit", power_cut)
        m.setattr(ex_io.ContentSink, "release", lambda self: None)
        m.setattr(reader.VerifiedBundle, "discard_files", lambda self: None)
        with pytest.raises(RuntimeError, match="power cut"):
            do_import(b, path)
    left = _blobs(b.case.path) - before
    assert left and left <= pendingblobs.all_pending(b.case)  # reserved before they were written

    notes = evidence.open_evidence(b.case)  # what the next opening does
    assert _blobs(b.case.path) == before
    assert not (b.case.path / "evidence" / QUARANTINE).exists() or not any(
        (b.case.path / "evidence" / QUARANTINE).iterdir())
    assert not any("quarantine" in n for n in notes)
    # and the import then goes through whole
    do_import(b, path)
    assert len(evidence.content_files(b.case, ref)) == 1


def test_a_finished_import_leaves_nothing_pending(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(a, tmp_path)
    do_import(b, _send(a, b, tmp_path / "a1.cbx", ref))
    assert pendingblobs.all_pending(b.case) == set()
    assert len(evidence.content_files(b.case, ref)) == 1


def test_received_blobs_synced_during_the_import_are_all_durable_before_its_commit(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every few received files are synced on a worker while the bundle is still read; the
    # commit must still find every received blob synced, the last few included.
    a, b = pair
    src = tmp_path / "dump"
    src.mkdir()
    for i in range(7):
        (src / f"chat-{i}.txt").write_bytes(f"message {i}\n".encode() * (i + 1))
    evidence.add_exhibit(a.case, ExhibitDraft("MA-EX-002", type="device"))
    evidence.intake(a.case, "MA-EX-002", [src])
    path = _send(a, b, tmp_path / "a1.cbx", "MA-EX-002")
    synced: list[str] = []
    real_sync, real_commit = contentstore._datasync_path, bundles.commit
    at_commit: list[list[str]] = []

    def data(p: Path) -> None:
        synced.append(str(p))
        real_sync(p)

    def commit(*args: object, **kw: object) -> object:
        at_commit.append(list(synced))
        return real_commit(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ex_io.ContentSink, "SYNC_EVERY", 2)
    monkeypatch.setattr(packs, "PACK_FILES", 2)  # small files: a pack of two at a time
    monkeypatch.setattr(contentstore, "_datasync_path", data)
    monkeypatch.setattr(bundles, "commit", commit)
    do_import(b, path)
    received = {str(stored_path(b.case, f.blob_id)) for f in evidence.content_files(b.case, "MA-EX-002")}
    assert len(received) == 4  # packs of 2, 2, 2 and 1
    assert at_commit and sorted(at_commit[0]) == sorted(received)  # each once, all before the commit
