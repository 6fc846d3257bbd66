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
from casebench.services.progress import OperationCancelled
from casebench.services.verify import verify_case
from casebench.store import pendingblobs
from casebench.store.case import Case

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
