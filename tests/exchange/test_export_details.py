"""Export limits and what the user is told: --max-tlp, the file's own SHA-256, volumes, odd paths."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import LEGAL, do_import

from casebench.domain.handling import TLP, Handling
from casebench.exchange.errors import BundleError
from casebench.exchange.reader import volumes
from casebench.services import bundles
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft, Source, add_entity, add_values


def _plan(a: Bench, b: Bench, ids: list[str], **kw: object) -> bundles.ExportPlan:
    partner = a.partners.by_key_id(b.identity.card.key_id)
    assert partner is not None
    return bundles.plan_export(a.case, Selection(entity_ids=ids), [partner], identity=a.identity, **kw)  # type: ignore[arg-type]


def test_max_tlp_withholds_what_is_above(pair: tuple[Bench, Bench]) -> None:
    a, b = pair
    def person(name: str, tlp: TLP) -> str:
        return add_entity(a.case, EntityDraft("Person", [("name", name)], handling=Handling(tlp=tlp)),
                          Source(handling=Handling(tlp=tlp)))

    green, amber = person("Open Person", TLP.GREEN), person("Amber Person", TLP.AMBER)
    plan = _plan(a, b, [green, amber], max_tlp=TLP.GREEN)
    assert list(plan.entities) == [green] and plan.max_tlp == TLP.GREEN
    assert any(w.id == amber and "above the export limit GREEN" in w.reason for w in plan.withheld)


def test_a_withheld_value_is_named_by_its_label(pair: tuple[Bench, Bench]) -> None:
    a, b = pair
    eid = add_entity(a.case, EntityDraft("Person", [("name", "José Luis García Márquez")]))
    add_values(a.case, eid, [("weakAlias", "Pepe")], Source(handling=Handling(tlp=TLP.RED)))
    plan = _plan(a, b, [eid])
    assert [w.label for w in plan.withheld if w.kind == "statement"] == ["José Luis García Márquez: Weak alias"]


def test_export_reports_the_bundle_files_own_sha256(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    eid = add_entity(a.case, EntityDraft("Note", [("description", "x" * 20000)]))
    one = bundles.write_export(a.case, _plan(a, b, [eid]), a.identity, tmp_path / "one.cbx", legal_basis=LEGAL,
                               purpose="p")
    assert one.file_sha256 == hashlib.sha256(one.paths[0].read_bytes()).hexdigest() != one.sha256
    split = bundles.write_export(a.case, _plan(a, b, [eid]), a.identity, tmp_path / "v.cbx", legal_basis=LEGAL,
                                 purpose="p", volume_size=4096)
    joined = b"".join(p.read_bytes() for p in split.paths)
    assert len(split.paths) >= 3 and split.file_sha256 == hashlib.sha256(joined).hexdigest()
    # a missing volume is named, in the middle or at the end
    split.paths[1].rename(tmp_path / "elsewhere")
    with pytest.raises(BundleError, match=r"volume v\.cbx\.002 is missing"):
        do_import(b, split.paths[0])
    (tmp_path / "elsewhere").rename(split.paths[1])
    split.paths[-1].unlink()
    with pytest.raises(BundleError, match=rf"if it was split into more, v\.cbx\.{len(split.paths):03d} is missing"):
        do_import(b, split.paths[0])


def test_folders_and_devices_are_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="it is a folder, not a bundle file"):
        volumes(tmp_path)
    if Path("/dev/zero").exists():
        with pytest.raises(BundleError, match="device or special file"):
            volumes(Path("/dev/zero"))
