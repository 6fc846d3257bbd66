"""Disclosures are recorded before their file gets its name (a kill in between leaves a
record and no disclosed file), and packs honour the one handling decision."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from casebench.domain.handling import TLP, Handling
from casebench.services import briefing, interop
from casebench.services.briefing import PackRequest, build_pack, render_pack
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.store import audit
from casebench.store.atomic import TMP_PREFIX
from casebench.store.case import Case


def _people(case: Case) -> None:
    add_entity(case, EntityDraft("Person", [("name", "Ana Gomes"), ("country", "pt")]))
    add_entity(case, EntityDraft("Person", [("name", "Nodis Person"), ("country", "es")]),
               Source(handling=Handling(tlp=TLP.AMBER, codes=("NODIS",))))


def test_pack_is_recorded_before_it_appears(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _people(case)
    out = tmp_path / "pack.pdf"
    seen: list[bool] = []
    record = briefing._record

    def spy(*args: object) -> None:
        seen.append(out.exists())
        record(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing, "_record", spy)
    render_pack(case, PackRequest(), out, "pdf")
    assert seen == [False] and out.is_file()
    assert not [n for n in os.listdir(tmp_path) if n.startswith(TMP_PREFIX)]
    rec = [r for r in audit.records(case, category="disclosure") if r.action == "briefing pack printed"][-1]
    import hashlib

    assert rec.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()


def test_failed_record_leaves_no_pack(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _people(case)

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(briefing, "_record", broken)
    folder = tmp_path / "packs"
    folder.mkdir()
    with pytest.raises(OSError):
        render_pack(case, PackRequest(), folder / "pack.pdf", "pdf")
    assert os.listdir(folder) == []


def test_pack_honours_handling_codes(case: Case) -> None:
    _people(case)
    names = [p.name for p in build_pack(case, PackRequest()).persons]
    assert "Ana Gomes" in names and "Nodis Person" not in names  # NODIS: as for a bundle


@pytest.mark.parametrize("fmt", ["ftm", "stix", "case"])
def test_exports_are_recorded_before_they_appear(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 fmt: str) -> None:
    _people(case)
    out = tmp_path / f"x.{fmt}.json"
    seen: list[bool] = []
    record = interop._disclosed

    def spy(*args: object) -> None:
        seen.append(out.exists())
        record(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(interop, "_disclosed", spy)
    export = {"ftm": interop.export_ftm, "stix": interop.export_stix, "case": interop.export_case_uco}[fmt]
    export(case, out)
    assert seen == [False] and out.is_file()
    if fmt == "ftm":
        assert "Nodis Person" not in out.read_text("utf-8")
