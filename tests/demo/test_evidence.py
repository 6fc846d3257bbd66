"""The demo exhibits, and the evidence commands end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.cli.main import main
from casebench.demo.evidence import add_demo_exhibits
from casebench.services import evidence
from casebench.services.entities import EntityDraft, add_entity
from casebench.services.progress import never_cancelled, no_progress
from casebench.services.verify import verify_case
from casebench.store.case import Case

from ..conftest import PASSPHRASE


def test_demo_exhibits(case: Case) -> None:
    pid = add_entity(case, EntityDraft("Person", [("name", "Ramón Romero Delgado")]))
    add_demo_exhibits(
        case, {"person:romero-delgado": pid}, progress=no_progress, cancelled=never_cancelled
    )
    rows = evidence.list_exhibits(case)
    assert len(rows) >= 12
    phone = evidence.get_exhibit(case, "MA-EX-008")
    assert phone.files >= 200
    photos = evidence.content_files(case, "MA-EX-002")
    assert photos and all(f.media_type == "image/jpeg" for f in photos)
    assert evidence.content_files(case, "MA-EX-005")[0].media_type == "application/pdf"
    countries = {e.country for e in evidence.custody_events(case, "MA-EX-003")}
    assert {"es", "pt"} <= countries
    assert any(link.entity_id == pid for link in evidence.get_exhibit(case, "MA-EX-006").links)
    assert verify_case(case).ok


def test_cli_round_trip(
    case: Case,
    tree: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = str(case.path)
    case.close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    assert (
        main(
            [
                "exhibit",
                "add",
                path,
                "EX-1",
                "--type",
                "data",
                "--seal",
                "S-1",
                "--seized-at",
                "2024-03-11T14:05+01:00",
                "--description",
                "phone dump",
            ]
        )
        == 0
    )
    assert main(["intake", path, str(tree), "--exhibit", "EX-1", "--md5"]) == 0
    assert "intake: 5 file(s)" in capsys.readouterr().out
    assert (
        main(
            [
                "custody",
                path,
                "EX-1",
                "add",
                "transfer",
                "--from-org",
                "UDYCO",
                "--to-org",
                "PJ",
                "--country",
                "pt",
                "--at",
                "2024-03-12T10:00+00:00",
            ]
        )
        == 0
    )
    assert main(["custody", path, "EX-1"]) == 0
    out = capsys.readouterr().out
    assert "image" in out and "transfer" in out
    assert main(["exhibit", "list", path]) == 0
    assert "EX-1" in capsys.readouterr().out
    assert main(["exhibit", "show", path, "EX-1"]) == 0
    assert "seals: S-1" in capsys.readouterr().out
    assert main(["verify", path, "--exhibit", "EX-1"]) == 0
    dest = tmp_path / "out"
    assert main(["extract", path, "EX-1", "--to", str(dest), "--reason", "court order 5/24"]) == 0
    assert (dest / "extraction/media/big.bin").read_bytes() == (tree / "media/big.bin").read_bytes()
    assert main(["extract", path, "EX-1", "--to", str(dest), "--reason", "again"]) == 1
    assert "not empty" in capsys.readouterr().err
    assert main(["exhibit", "show", path, "NOPE"]) == 1
    assert os.listdir(dest)
