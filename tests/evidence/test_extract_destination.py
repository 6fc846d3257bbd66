"""Extract writes only into an empty folder, never through links, and records before it places."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.services import evidence
from casebench.store import audit
from casebench.store.atomic import TMP_PREFIX
from casebench.store.case import Case
from casebench.store.errors import CaseError


def test_non_empty_destination_is_refused(case: Case, exhibit: str, tree: Path, tmp_path: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(CaseError, match="not empty"):
        evidence.extract(case, exhibit, out, "court copy")
    assert sorted(os.listdir(out)) == ["notes.txt"]
    assert not [r for r in audit.records(case, category="disclosure") if r.action == "evidence extracted"]


def test_links_inside_the_destination_are_never_followed(case: Case, exhibit: str, tree: Path,
                                                          tmp_path: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    # The exhibit's top folder name, pointing elsewhere: following it would write outside.
    top = evidence.content_files(case, exhibit)[0].rel_path.split("/")[0]
    os.symlink(outside, out / top)
    with pytest.raises(CaseError, match="not empty"):
        evidence.extract(case, exhibit, out, "court copy")
    assert os.listdir(outside) == []


def test_killed_run_leftovers_are_cleaned_and_files_placed_after_the_record(
        case: Case, exhibit: str, tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    evidence.intake(case, exhibit, [tree])
    out = tmp_path / "out"
    (out / f"{TMP_PREFIX}dead").mkdir(parents=True)  # a killed extraction's staging folder
    (out / f"{TMP_PREFIX}dead" / "half.bin").write_bytes(b"x" * 10)
    from casebench.evidence import examine

    seen: list[list[str]] = []
    record = examine._record_extract

    def spy(*args: object, **kw: object) -> None:
        # When the disclosure is recorded, no extracted file has its place yet.
        seen.append([n for n in os.listdir(out) if not n.startswith(TMP_PREFIX)])
        record(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(examine, "_record_extract", spy)
    written = evidence.extract(case, exhibit, out, "court copy")
    assert seen == [[]]
    assert written and all(p.is_file() for p in written)
    assert not [n for n in os.listdir(out) if n.startswith(TMP_PREFIX)]
    assert all(str(p).startswith(str(out)) for p in written)
