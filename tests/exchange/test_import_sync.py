"""Bundle import writes the received blobs with intake's blob writer: durable before its commit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.evidence.conftest import stored_path, write_tree
from tests.evidence.test_blob_sync import _spy
from tests.exchange.test_custody_graph import _send
from tests.exchange.test_roundtrip import do_import

from casebench.services import evidence
from casebench.store.exhibits import ExhibitDraft


def test_bundle_import_syncs_the_received_blobs_before_its_commit(
        pair: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    src = write_tree(tmp_path / "dump", {f"f{i}.txt": f"file {i}\n".encode() * 50 for i in range(40)})
    evidence.add_exhibit(a.case, ExhibitDraft("MA-EX-001", type="device"))
    evidence.intake(a.case, "MA-EX-001", [src])
    path = _send(a, b, tmp_path / "a1.cbx", "MA-EX-001")
    log = _spy(monkeypatch)
    do_import(b, path)
    blobs = {f.blob_id for f in evidence.content_files(b.case, "MA-EX-001")}
    assert len(blobs) == 40
    synced = [p for kind, p in log if kind == "data"]
    stored = {str(stored_path(b.case, x)) for x in blobs}
    assert len(stored) == 1  # 40 small files received: one pack, one file, one data sync
    assert sorted(synced) == sorted(stored)
    dirs = [p for kind, p in log if kind == "dir"]
    assert len(dirs) == len(set(dirs))
    first_row = next(i for i, (kind, _) in enumerate(log) if kind == "row")
    assert all(kind == "row" for kind, _ in log[first_row:])
    assert evidence.quick_verify_evidence(b.case).files == 1  # the pack's file hash recorded on import too
