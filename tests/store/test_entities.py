"""Statements with provenance, retraction, merge and unmerge."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.services import entities
from casebench.services.entities import EntityDraft, Source
from casebench.store.case import Case
from casebench.store.entities import canonical_id
from casebench.store.errors import InvalidInput


def _person(case: Case, name: str, **values: str) -> str:
    vals = [("name", name), *values.items()]
    return entities.add_entity(case, EntityDraft("Person", vals))


def test_values_keep_provenance_and_raw_form(case: Case) -> None:
    from casebench.services.evidence import add_exhibit
    from casebench.store.exhibits import ExhibitDraft

    add_exhibit(case, ExhibitDraft(reference="EX-7", type="document", description="interview"))
    src = Source(grade=Grade.parse("admiralty", "B2"), source_exhibit="EX-7", locator="p. 3",
                 handling=Handling(tlp=TLP.RED))
    eid = entities.add_entity(
        case, EntityDraft("Person", [("name", "Ousman Jallow"), ("phone", "+220 770 1234"),
                                     ("birthDate", "1984-03")]), src)
    ent = entities.show(case, eid)
    phone = next(s for s in ent.statements if s.prop == "phone")
    assert phone.value == "+2207701234"
    assert phone.original == "+220 770 1234"
    assert phone.provenance.grade == Grade.parse("admiralty", "B2")
    assert phone.provenance.source_exhibit == "EX-7"
    assert phone.provenance.author == "tester"
    assert ent.tlp is TLP.RED
    assert ent.caption == "Ousman Jallow"


def test_invalid_value_changes_nothing(case: Case) -> None:
    before = entities.count_entities(case)
    with pytest.raises(InvalidInput, match="IBAN"):
        entities.add_entity(case, EntityDraft("BankAccount", [("iban", "ES00 1234")]))
    assert entities.count_entities(case) == before


def test_retract_hides_a_value_but_keeps_it(case: Case) -> None:
    eid = _person(case, "Ana Gomes", alias="La Rubia")
    ent = entities.get(case, eid)
    alias = next(s for s in ent.statements if s.prop == "alias")
    entities.retract(case, alias.id, "wrong person per phone analysis")
    assert entities.get(case, eid).values("alias") == []
    full = entities.show(case, eid, include_retracted=True)
    kept = next(s for s in full.statements if s.id == alias.id)
    assert kept.retracted and kept.retracted_reason == "wrong person per phone analysis"


def test_list_filters(case: Case) -> None:
    a = _person(case, "Carlos Ruiz Peña", nationality="es")
    entities.add_entity(case, EntityDraft("Company", [("name", "Frutas del Pacífico S.A."),
                                                      ("jurisdiction", "ec")], tags=["front"]))
    assert [e.id for e in entities.list_entities(case, schema="Person")] == [a]
    assert [e.caption for e in entities.list_entities(case, tag="front")] == ["Frutas del Pacífico S.A."]
    assert [e.id for e in entities.list_entities(case, country="ES")] == [a]
    assert entities.count_entities(case, country="ec") == 1


def _view(case: Case, eid: str) -> tuple[str, list[tuple[str, str]]]:
    ent = entities.get(case, eid)
    return ent.caption, sorted((s.prop, s.value) for s in ent.statements)


def test_merge_and_unmerge_restore_the_exact_prior_view(case: Case) -> None:
    a = _person(case, "José Luis García Márquez", birthDate="1968")
    b = _person(case, "J. L. García", phone="+34 612 345 678")
    before_a, before_b = _view(case, a), _view(case, b)
    entities.merge(case, b, a, "same phone in two seizures")
    merged = entities.get(case, a)
    assert sorted(merged.values("name")) == ["J. L. García", "José Luis García Márquez"]
    assert merged.merged_ids == [b]
    assert entities.get(case, b).id == a  # the old id resolves to the canonical entity
    assert b not in [e.id for e in entities.list_entities(case)]
    entities.unmerge(case, b, "different people after all")
    assert _view(case, a) == before_a
    assert _view(case, b) == before_b


def test_merge_refuses_nonsense(case: Case) -> None:
    a = _person(case, "Ana")
    v = entities.add_entity(case, EntityDraft("Vessel", [("name", "MV Esperanza"), ("imoNumber", "9074729")]))
    with pytest.raises(InvalidInput, match="cannot merge"):
        entities.merge(case, v, a)
    with pytest.raises(InvalidInput, match="already the same"):
        entities.merge(case, a, a)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=6))
def test_any_merge_sequence_undone_restores_every_view(case: Case, picks: list[int]) -> None:
    ids = [_person(case, f"Person {i}", alias=f"Alias {i}") for i in range(4)]
    before = {i: _view(case, i) for i in ids}
    done: list[str] = []
    for n, k in enumerate(picks):
        src, dst = canonical_id(case, ids[k]), ids[(k + n + 1) % 4]
        try:
            entities.merge(case, src, dst)
            done.append(src)
        except InvalidInput:
            pass
    for src in reversed(done):
        entities.unmerge(case, src)
    assert {i: _view(case, i) for i in ids} == before


def test_a_value_cannot_cite_a_missing_exhibit(case: Case) -> None:
    with pytest.raises(InvalidInput, match="no exhibit 'NOPE-1'"):
        entities.add_entity(case, EntityDraft("Person", [("name", "Ana")]), Source(source_exhibit="NOPE-1"))
    assert entities.count_entities(case) == 0


def test_tags_on_a_missing_entity_are_refused(case: Case) -> None:
    from casebench.store.errors import NotFound

    with pytest.raises(NotFound):
        entities.set_tags(case, "no-such-id", add=["x"])
