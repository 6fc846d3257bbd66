"""Full-text search: accents folded, prefixes, ranking, snippets."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.services import entities, search
from casebench.services.entities import EntityDraft
from casebench.store.case import Case


def _add(case: Case, schema: str, **values: str) -> str:
    return entities.add_entity(case, EntityDraft(schema, list(values.items())))


def test_accent_insensitive_both_ways(case: Case) -> None:
    eid = _add(case, "Person", name="João Pedro da Silva Santos")
    assert [h.entity_id for h in search.search(case, "Joao")] == [eid]
    other = _add(case, "Person", name="Joao Batista")
    found = {h.entity_id for h in search.search(case, "joão")}
    assert found == {eid, other}


def test_prefix_and_snippet(case: Case) -> None:
    eid = _add(case, "Company", name="Transitários Atlântico Lda", notes="front company in Bissau harbour")
    hits = search.search(case, "atlan")
    assert hits[0].entity_id == eid
    assert "[" in hits[0].snippet and "]" in hits[0].snippet
    assert search.search(case, "Bissa")[0].prop == "notes"


def test_ranking_prefers_the_better_match(case: Case) -> None:
    strong = _add(case, "Person", name="Ousman Jallow", alias="Ousman Jallow Ceesay")
    weak = _add(case, "Person", name="Lamin Ceesay", notes="brother-in-law of someone called Ousman")
    hits = search.search(case, "Ousman Jallow")
    assert hits[0].entity_id == strong
    assert weak not in [h.entity_id for h in hits]  # every word must match


def test_retracted_values_are_not_found(case: Case) -> None:
    eid = _add(case, "Person", name="Marta Quispe", alias="La Negra")
    alias = next(s for s in entities.get(case, eid).statements if s.prop == "alias")
    entities.retract(case, alias.id, "wrong")
    assert search.search(case, "Negra") == []


def test_hostile_query_text_is_harmless(case: Case) -> None:
    _add(case, "Person", name="Ana")
    for text in ['"', "AND OR NOT", "*", "name:Ana", "a) OR (b", "NEAR(", ""]:
        search.search(case, text)  # never raises


def test_names_rank_above_other_values(case: Case) -> None:
    note = _add(case, "Note", description="meeting with Mendes at the port of Praia")
    person = _add(case, "Person", name="Carlos Mendes")
    hits = search.search(case, "mendes")
    assert [h.entity_id for h in hits] == [person, note]
    assert hits[1].snippet.count("[Mendes]") == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(alphabet="abcjoãé", min_size=1, max_size=4), max_size=3))
def test_snippet_never_fails_and_marks_what_it_finds(value: str, words: list[str]) -> None:
    from casebench.domain.names import fold as _fold
    from casebench.store.search import snippet

    folded = [_fold(w) for w in words]
    out = snippet(value, folded)
    if not words:
        assert "[" not in out or "[" in value
    tokens = re.findall(r"\w+", value)
    if len(tokens) <= 12 and any(_fold(t).startswith(w) for t in tokens for w in folded):
        assert re.search(r"\[\w+\]", out)  # a word that matches is marked


def test_a_number_finds_its_holder_before_the_calls_that_name_it(case: Case) -> None:
    """Searching a number asks whose it is: the holder first, then the calls, newest first."""
    owner = _add(case, "Person", name="Ebrima Touray", phone="+220 412 7730")
    calls = [_add(case, "Call", callerNumber="+220 412 7730", receiverNumber=f"+34 612 345 6{i:02d}")
             for i in range(5)]
    for typed in ("+220 412 7730", "412 7730", "2204127730"):
        hits = [h.entity_id for h in search.find(case, typed, limit=3).hits]
        assert hits == [owner, calls[-1], calls[-2]], typed
