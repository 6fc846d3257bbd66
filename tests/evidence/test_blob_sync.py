"""Blobs are made durable together, once, before the commit that lists them; none after it.

Intake and bundle import share one blob writer (contentstore.BlobWriter): each new blob
file gets one data sync, each touched folder one sync per batch, all before the rows
are committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from casebench.evidence import contentstore
from casebench.services import evidence
from casebench.store import exhibits as repo
from casebench.store.case import Case

from .conftest import stored_path, stored_paths, write_tree


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    log: list[tuple[str, str]] = []
    real_data, real_dir = contentstore._datasync_path, contentstore.fsync_dir
    real_record = repo.record_files

    def data(path: Path) -> None:
        log.append(("data", str(path)))
        real_data(path)

    def folder(path: Path) -> None:
        log.append(("dir", str(path)))
        real_dir(path)

    def record(case: Case, *a: Any, **k: Any) -> Any:
        out = real_record(case, *a, **k)
        log.extend(("row", blob_id) for blob_id in out)
        return out

    monkeypatch.setattr(contentstore, "_datasync_path", data)
    monkeypatch.setattr(contentstore, "fsync_dir", folder)
    monkeypatch.setattr(repo, "record_files", record)
    return log


def test_intake_syncs_each_blob_and_folder_once_before_the_commit(
        case: Case, exhibit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {f"chat/{i:03d}.txt": f"message {i}\n".encode() * (i + 1) for i in range(60)}
    src = write_tree(tmp_path / "phone", files)
    log = _spy(monkeypatch)
    evidence.intake(case, exhibit, [src])
    stored = stored_paths(case, exhibit)
    assert len(stored) == 1  # 60 small files, one batch: one pack
    synced = [p for kind, p in log if kind == "data"]
    assert sorted(synced) == sorted(str(p) for p in stored)  # each exactly once
    dirs = [p for kind, p in log if kind == "dir"]
    assert len(dirs) == len(set(dirs))  # one batch: each folder once
    assert {str(p.parent) for p in stored} <= set(dirs)
    assert str(case.path / "evidence") in dirs  # new fan-out folders are listed in it
    first_row = next(i for i, (kind, _) in enumerate(log) if kind == "row")
    assert all(kind == "row" for kind, _ in log[first_row:])  # nothing synced after the rows


def test_each_batch_is_committed_only_after_its_own_blobs_are_synced(
        case: Case, exhibit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A batch is synced on a worker thread while the next one is written: its rows must
    # still wait for its own syncs, whichever batch the worker is on.
    from casebench.evidence import intake

    monkeypatch.setattr(intake, "BATCH_FILES", 7)
    files = {f"chat/{i:03d}.txt": f"message {i}\n".encode() * (i + 1) for i in range(60)}
    src = write_tree(tmp_path / "phone", files)
    log = _spy(monkeypatch)
    evidence.intake(case, exhibit, [src])
    blobs = {f.blob_id for f in evidence.content_files(case, exhibit)}
    assert len(blobs) == 60
    synced_at = {p: i for i, (kind, p) in enumerate(log) if kind == "data"}
    rows = [(i, b) for i, (kind, b) in enumerate(log) if kind == "row"]
    assert len(rows) == 60
    assert len(stored_paths(case, exhibit)) == 9  # a pack per batch of 7
    for i, blob_id in rows:
        assert synced_at[str(stored_path(case, blob_id))] < i
    assert max(synced_at.values()) > rows[0][0]  # later batches were synced after the first commit
