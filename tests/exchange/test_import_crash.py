"""A bundle import that dies before it commits leaves blobs the next opening may delete.

The received blobs' ids are reserved as pending before they are written, so crash
recovery removes exactly them and quarantines nothing (quarantine is for evidence a
restored database does not know, not for our own half-done work).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_custody_graph import _exhibit, _send
from tests.exchange.test_roundtrip import do_import

from casebench.evidence.contentstore import QUARANTINE, iter_blob_files
from casebench.exchange import exhibits as ex_io
from casebench.exchange import reader
from casebench.services import bundles, evidence
from casebench.store import pendingblobs


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
