"""The merge queue stays consistent: undo knows what was built on a merge."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebench.services import merge_review
from casebench.services.entities import EntityDraft, add_entity
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

PAIRS = [(0, 1), (2, 0), (3, 2), (1, 3), (4, 1)]  # chains: 2 builds on 0-1, 3 on 2, …


def _setup(case: Case) -> tuple[list[str], list[int]]:
    people = [add_entity(case, EntityDraft("Person", [("name", f"Person {i} {id(case)}")])) for i in range(5)]
    ids = []
    with case.transaction():
        for a, b in PAIRS:
            xrepo.add_review(case, kind="identifier", imported_id=people[a], local_id=people[b], reason="same phone",
                             score=1.0, bundle_id="b", created_at="2024-01-01T00:00:00Z")
    for r in xrepo.reviews(case):
        if r.imported_id in people:
            ids.append(r.id)
    return people, sorted(ids)


def _consistent(case: Case, people: list[str]) -> None:
    merges, by_review = xrepo.active_merges(case)
    for r in xrepo.reviews(case):
        if r.imported_id not in people:
            continue
        if r.status == "accepted":
            assert r.id in by_review, f"proposal {r.id} accepted without its merge"
            assert repo.canonical_id(case, r.imported_id) == repo.canonical_id(case, r.local_id)
        else:
            assert r.id not in by_review, f"proposal {r.id} is {r.status} but its merge is in force"
    for mid in merges:
        assert mid in by_review.values(), "an entity stays merged without an accepted proposal"


def _snapshot(case: Case) -> tuple[object, ...]:
    return (tuple(case.conn.execute("SELECT id, undone_at FROM merges ORDER BY id")),
            tuple((r.id, r.status) for r in xrepo.reviews(case)))


def test_undoing_a_merge_others_build_on_is_refused_with_the_order(case: Case) -> None:
    people, ids = _setup(case)
    for rid in ids[:3]:
        merge_review.accept(case, rid)
    before = _snapshot(case)
    assert merge_review.built_on(case, ids[0]) == [(ids[2], xrepo.active_merges(case)[1][ids[2]]),
                                                   (ids[1], xrepo.active_merges(case)[1][ids[1]])]
    assert merge_review.built_on(case, ids[2]) == []  # the newest: nothing builds on it
    with pytest.raises(InvalidInput, match=f"undo proposal {ids[2]}, proposal {ids[1]} first, in that order, "
                                           f"then {ids[0]}"):
        merge_review.undo(case, ids[0])
    assert _snapshot(case) == before
    merge_review.undo(case, ids[0], cascade=True)
    assert [merge_review.list_reviews(case, None)[i].status for i in range(3)] == ["pending"] * 3
    assert len({repo.canonical_id(case, p) for p in people}) == 5
    _consistent(case, people)
    # undoing the newest alone is fine: nothing builds on it
    for rid in ids[:3]:
        merge_review.accept(case, rid)
    merge_review.undo(case, ids[2])
    _consistent(case, people)


ACTIONS = st.lists(st.tuples(st.sampled_from(["accept", "reject", "undo", "cascade"]), st.integers(0, 4)),
                   max_size=14)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ACTIONS)
def test_random_accept_undo_sequences_keep_the_queue_consistent(case: Case,
                                                               actions: list[tuple[str, int]]) -> None:
    people, ids = _setup(case)
    for action, i in actions:
        before = _snapshot(case)
        try:
            if action == "accept":
                merge_review.accept(case, ids[i])
            elif action == "reject":
                merge_review.reject(case, ids[i])
            else:
                merge_review.undo(case, ids[i], cascade=action == "cascade")
        except InvalidInput:
            assert _snapshot(case) == before  # a refusal changes nothing
        _consistent(case, people)
