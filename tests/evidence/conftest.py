"""Evidence fixtures: a case with a digital exhibit, and source trees to take in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.services import evidence
from casebench.store.case import Case
from casebench.store.exhibits import ExhibitDraft


@pytest.fixture
def exhibit(case: Case) -> str:
    evidence.add_exhibit(
        case,
        ExhibitDraft(
            "MA-EX-010",
            type="device",
            description="Samsung phone seized from the skipper",
            seized_place="Port of Vigo",
            seized_at="2024-03-11T14:05+01:00",
            seized_tz="Europe/Madrid",
            seized_by="Agente 4471 (UDYCO)",
            seized_authority="Auto JCI-3 Vigo 117/2024",
            seal_numbers=["ES-0042117"],
            device_make="Samsung",
            device_model="SM-A546B",
            device_serial="R58T90ABCDE",
            acquisition_tool="UFED",
            acquisition_tool_version="7.69",
            write_blocker="n/a (logical extraction)",
            image_name="A546B.ufd",
        ),
    )
    return "MA-EX-010"


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "src" / "extraction"
    write_tree(
        root,
        {
            "sms/threads.txt": b"Ola, o barco chega na terca\n" * 50,
            "media/IMG_0001.jpg": b"\xff\xd8\xff\xe0" + os.urandom(200_000),
            "media/big.bin": os.urandom(3 * 1024 * 1024 + 17),
            "empty.dat": b"",
            "copy/threads-again.txt": b"Ola, o barco chega na terca\n" * 50,
        },
    )
    return root


def stored_path(case: Case, blob_id: str) -> Path:
    """The age file that holds a blob's content: its pack, or its own file."""
    from casebench.evidence.contentstore import blob_path
    from casebench.store import packs

    where = packs.locations(case, [blob_id]).get(blob_id)
    return blob_path(case.path, where[0] if where else blob_id)


def stored_paths(case: Case, exhibit_id: str) -> set[Path]:
    return {stored_path(case, f.blob_id) for f in evidence.content_files(case, exhibit_id)}


@pytest.fixture
def standalone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Intake writes every file as an age file of its own, as casebench did before packs."""
    from casebench.evidence import intake

    monkeypatch.setattr(intake, "PARALLEL_BELOW", -1)
