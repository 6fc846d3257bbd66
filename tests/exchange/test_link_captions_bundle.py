"""A partner corrects the name of a person we merged into one of ours: our links to her read
the corrected name (the bundle names her by the partner's id, merged away here)."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import do_import, export

from casebench.services import entities as svc
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft
from casebench.store import entities as repo


def _captions(case, schema):  # type: ignore[no-untyped-def]
    return sorted(r.caption for r in svc.list_entities(case, schema=schema))


def test_a_partners_rename_of_a_person_merged_into_ours_renames_our_links(
        pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    p = svc.add_entity(a.case, EntityDraft("Person", [("name", "Ana Gmes"), ("phone", "+34 612 345 678")]))
    do_import(b, export(a, b, tmp_path / "1.cbx", Selection(entity_ids=[p])).paths[0])
    local = svc.add_entity(b.case, EntityDraft("Person", [("phone", "+34 612 345 678")]))  # known by number only
    firm = svc.add_entity(b.case, EntityDraft("Company", [("name", "Sines Reefer")]))
    svc.add_entity(b.case, EntityDraft("Payment", [("payer", local), ("beneficiary", firm), ("amount", "9")]))
    svc.merge(b.case, p, local, "same phone")
    assert _captions(b.case, "Payment") == ["Ana Gmes paid Sines Reefer"]
    svc.add_values(a.case, p, [("name", "Ana Gomes")])
    svc.retract(a.case, next(s.id for s in svc.get(a.case, p).statements if s.value == "Ana Gmes"), "typo")
    do_import(b, export(a, b, tmp_path / "2.cbx", Selection(entity_ids=[p])).paths[0])
    assert repo.get_entity(b.case, local).caption == "Ana Gomes"
    assert _captions(b.case, "Payment") == ["Ana Gomes paid Sines Reefer"]
