"""A relationship kept as statements is listed under its ends' names ("Ana Gomes paid Sines
Reefer"): when an end's name is corrected, or the end is merged into another entity or taken
out again, the relationship reads the name the end has now, as a call kept as a compact record
(named when read) does."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from tests.compact_pair import compact_pair

from casebench.services import entities as svc
from casebench.services.entities import EntityDraft
from casebench.store.case import Case


def _listed(case: Case, schema: str) -> list[str]:
    return sorted(r.caption for r in svc.list_entities(case, schema=schema))


def _rename(case: Case, eid: str, old: str, new: str) -> None:
    svc.add_values(case, eid, [("name", new)])
    svc.retract(case, next(s.id for s in svc.get(case, eid).statements if s.value == old), "misspelt")


def test_a_payment_reads_its_payers_corrected_name(case: Case) -> None:
    ana = svc.add_entity(case, EntityDraft("Person", [("name", "Ana Gmes")]))
    sines = svc.add_entity(case, EntityDraft("Company", [("name", "Sines Reefer")]))
    svc.add_entity(case, EntityDraft("Payment", [("payer", ana), ("beneficiary", sines), ("amount", "100")]))
    svc.add_entity(case, EntityDraft("Ownership", [("owner", ana), ("asset", sines)]))
    _rename(case, ana, "Ana Gmes", "Ana Gomes")
    assert _listed(case, "Payment") == ["Ana Gomes paid Sines Reefer"]
    assert _listed(case, "Ownership") == ["Ana Gomes owns Sines Reefer"]
    _rename(case, sines, "Sines Reefer", "Sines Reefer Lda")
    assert _listed(case, "Payment") == ["Ana Gomes paid Sines Reefer Lda"]


def test_a_payment_reads_the_name_its_payer_was_merged_into_and_its_own_after_the_merge_is_undone(
        case: Case) -> None:
    ana = svc.add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    dupe = svc.add_entity(case, EntityDraft("Person", [("name", "GOMES A.")]))
    sines = svc.add_entity(case, EntityDraft("Company", [("name", "Sines Reefer")]))
    svc.add_entity(case, EntityDraft("Payment", [("payer", dupe), ("beneficiary", sines), ("amount", "9")]))
    svc.merge(case, dupe, ana, "the same person")
    assert _listed(case, "Payment") == ["Ana Gomes paid Sines Reefer"]
    svc.unmerge(case, dupe, "not the same after all")
    assert _listed(case, "Payment") == ["GOMES A. paid Sines Reefer"]


def test_calls_kept_either_way_read_a_subscribers_new_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch, rows=40) as p:
        for case, eid in zip((p.plain, p.compact), p.people["Ana Gomes"], strict=True):
            _rename(case, eid, "Ana Gomes", "Ana Gomes Tavares")
        plain, compact = Counter(_listed(p.plain, "Call")), Counter(_listed(p.compact, "Call"))
        assert plain == compact
        assert any("Ana Gomes Tavares" in c for c in plain)
        assert not any("Ana Gomes called" in c or c.endswith("called Ana Gomes") for c in plain)


def test_undoing_a_merge_from_the_merge_review_names_the_links_again(case: Case) -> None:
    from casebench.store import entities as repo
    from casebench.store import exchange as xrepo

    ana = svc.add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    dupe = svc.add_entity(case, EntityDraft("Person", [("name", "GOMES A.")]))
    firm = svc.add_entity(case, EntityDraft("Company", [("name", "Sines Reefer")]))
    svc.add_entity(case, EntityDraft("Payment", [("payer", dupe), ("beneficiary", firm), ("amount", "9")]))
    svc.add_entity(case, EntityDraft("Vehicle", [("registrationNumber", "1234-BCD"), ("owner", dupe)]))
    with case.transaction():
        merged = repo.merge(case, dupe, ana, "merge review: same person")
    assert _listed(case, "Payment") == ["Ana Gomes paid Sines Reefer"]
    with case.transaction():
        xrepo.undo_merge(case, merged, "2024-01-01T00:00:00Z")  # as the merge review undoes it
    assert _listed(case, "Payment") == ["GOMES A. paid Sines Reefer"]
    assert _listed(case, "Vehicle") == ["1234-BCD"]  # a vehicle's owner names no relationship
