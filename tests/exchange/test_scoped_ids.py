"""Identities are scoped by who sent them: one sender's id never lands on another's entity."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.conftest import Bench, make_bench, pin
from tests.exchange.craft import Parts, stmt
from tests.exchange.test_hostile import run_import, sealed

from casebench.services import merge_review
from casebench.services.entities import get
from casebench.store import entities as repo

GH = "gh-person-0001"


def _person(signer: Bench, name: str, nationality: str, sid: str) -> Parts:
    return Parts(signer.identity, entities=[{"id": GH, "schema": "Person", "properties": {}}],
                 statements=[stmt(sid, GH, "name", name), stmt(sid + "-n", GH, "nationality", nationality)])


def test_same_entity_id_from_two_senders_is_a_proposal_not_a_merge(pair: tuple[Bench, Bench],
                                                                   tmp_path: Path) -> None:
    a, b = pair
    c = make_bench(tmp_path, "Claire Martin", "OFAST", "fr")
    pin(b, c)
    p1, p2 = tmp_path / "a.cbx", tmp_path / "c.cbx"
    p1.write_bytes(sealed(a, b, _person(a, "Kwame Asante", "gh", "s-1").members()))
    p2.write_bytes(sealed(c, b, _person(c, "Moussa Ndiaye", "sn", "s-1").members()))
    with b.use():
        run_import(b, p1)
        res = run_import(b, p2)
    kwame = get(b.case, GH)
    assert kwame.caption == "Kwame Asante"
    assert sorted(s.value for s in kwame.statements) == ["Kwame Asante", "gh"]
    other_id = f"{c.identity.card.key_id}:{GH}"
    moussa = get(b.case, other_id)
    assert sorted(s.value for s in moussa.statements) == ["Moussa Ndiaye", "sn"]
    assert res.entities_new == 1 and res.statements_new == 2
    assert any("kept apart" in w for w in res.warnings)
    (prop,) = [r for r in merge_review.list_reviews(b.case) if r.imported_id == other_id]
    assert prop.local_id == GH and "same entity id" in prop.reason
    # C's next bundle about its own person lands on C's entity again, not on A's
    p3 = tmp_path / "c2.cbx"
    later = Parts(c.identity, entities=[{"id": GH, "schema": "Person", "properties": {}}],
                  statements=[stmt("s-2", GH, "birthDate", "1980-01-02")])
    p3.write_bytes(sealed(c, b, later.members()))
    with b.use():
        run_import(b, p3)
    assert get(b.case, other_id).first("birthDate") == "1980-01-02"
    assert get(b.case, GH).first("birthDate") is None
    # the same sender again merges into its own entity (no second copy, no proposal)
    assert repo.entity_exists(b.case, GH) and not repo.entity_exists(b.case, f"{a.identity.card.key_id}:{GH}")
