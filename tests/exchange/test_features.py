"""Handling per recipient, merge review, volumes, passphrase mode, identities and partners."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench, make_bench, pin
from tests.exchange.test_roundtrip import LEGAL, do_import, export

from casebench.domain.handling import TLP, Handling
from casebench.exchange.errors import ChangedKey, PartnerError
from casebench.exchange.identity import ContactCard
from casebench.services import bundles, merge_review
from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.bundles import PassphraseRecipient, Selection
from casebench.services.entities import EntityDraft, Source, add_entity, get
from casebench.store import entities as repo


def test_card_text_round_trip_and_fingerprint(pair: tuple[Bench, Bench]) -> None:
    a, _ = pair
    card = a.identity.card
    text = card.to_text()
    again = ContactCard.parse(text)
    assert again == card
    assert len(card.fingerprint_hex.split()) == 8 and len(card.fingerprint_words.split()) == 16
    with pytest.raises(PartnerError, match="does not match"):
        ContactCard.parse(text.replace(card.fingerprint_hex, "0000 " * 7 + "0000"))


def test_identity_passphrase_and_replace(pair: tuple[Bench, Bench]) -> None:
    a, _ = pair
    with a.use():
        with pytest.raises(Exception, match="incorrect identity passphrase"):
            identity_svc.unlock("wrong")
        with pytest.raises(Exception, match="already has an identity"):
            identity_svc.create(ID_PASS, name="X", agency="Y", country="es")
        assert not (a.home / "identity.age").read_bytes().count(b"UDYCO")  # encrypted at rest


def test_changed_partner_key_refused_until_replaced(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    with b.use():
        identity_svc.create(ID_PASS, name=b.name, agency="Policia Judiciaria", country="pt", replace=True)
    new_card = b.identity.card
    with a.use():
        with pytest.raises(ChangedKey, match="HAVE CHANGED"):
            partners_svc.add(ID_PASS, new_card, fingerprint_confirmed=True)
        p = partners_svc.add(ID_PASS, new_card, fingerprint_confirmed=True, replace=True)
        assert p.previous_key_ids and len(partners_svc.list_partners(ID_PASS)) == 1
        with pytest.raises(PartnerError, match="not confirmed"):
            partners_svc.add(ID_PASS, new_card, fingerprint_confirmed=False)


def test_handling_withheld_per_recipient(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    c = make_bench(tmp_path, "Chloe Martin", "OFAST", "fr")
    pin(a, c)
    red = Source(handling=Handling(tlp=TLP.RED, named_recipients=("Policia Judiciaria",)))
    pid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    from casebench.services.entities import add_values

    add_values(a.case, pid, [("phone", "+34 600 111 222")], red)
    add_values(a.case, pid, [("alias", "La Jefa")], Source(handling=Handling(denied_countries=("fr",))))
    to_b = a.partners.by_key_id(b.identity.card.key_id)
    to_c = a.partners.by_key_id(c.identity.card.key_id)
    assert to_b and to_c
    plan = bundles.plan_export(a.case, Selection(entity_ids=[pid]), [to_b], identity=a.identity)
    assert not plan.withheld and len(plan.statements) == 3
    plan = bundles.plan_export(a.case, Selection(entity_ids=[pid]), [to_c], identity=a.identity)
    reasons = sorted(w.reason for w in plan.withheld)
    assert any("TLP:RED goes only to recipients named" in r for r in reasons)
    assert any("FR is a denied country" in r for r in reasons)
    assert len(plan.statements) == 1
    # B received AMBER from A: B may send it back to A but not on to C.
    res = export(a, b, tmp_path / "ab.cbx", Selection(entity_ids=[pid]))
    do_import(b, res.paths[0])
    pin(b, c)
    b_to_c = b.partners.by_key_id(c.identity.card.key_id)
    assert b_to_c
    plan = bundles.plan_export(b.case, Selection(entity_ids=[pid]), [b_to_c], identity=b.identity)
    assert not plan.statements and any("received from a partner" in w.reason for w in plan.withheld)
    c.case.close()


def test_merge_review_strong_identifier_and_names(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    local = add_entity(a.case, EntityDraft("Person", [("name", "Mamadou Jalloh"), ("phone", "+34 612 345 678")]))
    namesake = add_entity(a.case, EntityDraft("Person", [("name", "Amadou Diallo")]))
    theirs = add_entity(b.case, EntityDraft("Person", [("name", "M. Jalloh"), ("phone", "0034612345678")]))
    other = add_entity(b.case, EntityDraft("Person", [("name", "Amadou Djaló")]))
    res = export(b, a, tmp_path / "b.cbx", Selection(entity_ids=[theirs, other]))
    r = do_import(a, res.paths[0])
    assert r.reviews == 1 and r.candidates >= 1
    pending = merge_review.list_reviews(a.case)
    strong = next(p for p in pending if p.kind == "identifier")
    assert (strong.imported_id, strong.local_id) == (theirs, local) and "+34612345678" in strong.reason
    name = next(p for p in pending if p.kind == "name")
    assert (name.imported_id, name.local_id) == (other, namesake) and "never merged" in name.reason
    assert repo.canonical_id(a.case, other) == other  # names never merge by themselves
    merge_review.accept(a.case, strong.id)
    assert repo.canonical_id(a.case, theirs) == local
    assert len(get(a.case, local).values("phone")) == 2
    merge_review.undo(a.case, strong.id)
    assert repo.canonical_id(a.case, theirs) == theirs
    merge_review.reject(a.case, name.id)
    assert [p.status for p in merge_review.list_reviews(a.case, None)] == ["pending", "rejected"]


def test_volumes_and_passphrase_mode(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    eid = add_entity(a.case, EntityDraft("Note", [("description", "x" * 20000)]))
    plan = bundles.plan_export(a.case, Selection(entity_ids=[eid]), [PassphraseRecipient("Prosecutor", "", "pt")],
                               identity=a.identity)
    res = bundles.write_export(a.case, plan, a.identity, tmp_path / "v.cbx", legal_basis=LEGAL,
                               purpose="court", key_passphrase="one-off pass", volume_size=8192)
    assert len(res.paths) >= 3 and all(p.stat().st_size <= 8192 for p in res.paths)
    assert res.key_file and res.key_file.exists()
    # the key file is an age passphrase (scrypt) file, never the key in the clear
    assert res.key_file.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    # standard tools: cat the volumes, age -d with the key from the passphrase file
    if subprocess.run(["which", "age"], capture_output=True).returncode == 0:
        key = subprocess.run(["age", "-d", str(res.key_file)], input=b"", capture_output=True)
        assert key.returncode != 0  # needs the passphrase (a terminal), never plaintext
    r = do_import(b, res.paths[0], key_file=res.key_file, key_passphrase="one-off pass")
    assert r.statements_new == 1
    with pytest.raises(Exception, match="incorrect passphrase"):
        do_import(b, tmp_path / "v.cbx", key_file=res.key_file, key_passphrase="wrong")


def test_export_logs_disclosure_and_cancel_leaves_nothing(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    from casebench.services.progress import OperationCancelled
    from casebench.store import audit

    eid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    to_b = a.partners.by_key_id(b.identity.card.key_id)
    assert to_b
    plan = bundles.plan_export(a.case, Selection(entity_ids=[eid]), [to_b], identity=a.identity)
    head = audit.records(a.case)[-1].hash
    calls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        bundles.write_export(a.case, plan, a.identity, tmp_path / "c.cbx", legal_basis=LEGAL, purpose="x",
                             progress=lambda *_: (_ for _ in ()).throw(OperationCancelled("export"))
                             if next(calls) >= 0 else None)
    assert audit.records(a.case)[-1].hash == head and not list(tmp_path.glob("*.cbx*"))
    assert not list(tmp_path.glob(".tmp-*"))
    bundles.write_export(a.case, plan, a.identity, tmp_path / "ok.cbx", legal_basis=LEGAL, purpose="JIT analysis")
    rec = audit.records(a.case, category="disclosure")[-1]
    assert rec.details["legal_basis"]["kind"] == "JIT" and rec.details["recipients"][0]["country"] == "pt"
    assert rec.details["recipients"][0]["authority"] == "Policia Judiciaria"


def test_unknown_sender_accept_key(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    _, b = pair
    c = make_bench(tmp_path, "Chloe Martin", "OFAST", "fr")
    pin(c, b)
    eid = add_entity(c.case, EntityDraft("Person", [("name", "Jean Dupont")]))
    res = export(c, b, tmp_path / "c.cbx", Selection(entity_ids=[eid]))
    from casebench.exchange.errors import UnknownSigner

    with pytest.raises(UnknownSigner) as err:
        do_import(b, res.paths[0])
    assert err.value.fingerprint == c.identity.card.fingerprint_hex
    with b.use():
        r = do_import(b, res.paths[0], accept_key=True)
    assert r.entities_new == 1 and b.partners.by_key_id(c.identity.card.key_id) is not None
    c.case.close()


def test_source_exhibit_reference_stays_home_unless_the_exhibit_travels(pair: tuple[Bench, Bench]) -> None:
    from casebench.services.evidence import add_exhibit
    from casebench.store.exhibits import ExhibitDraft

    a, b = pair
    add_exhibit(a.case, ExhibitDraft(reference="HS-DEBRIEF-7", type="document", description="debrief"))
    pid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]),
                     Source(source_exhibit="HS-DEBRIEF-7", locator="p. 2"))
    to_b = a.partners.by_key_id(b.identity.card.key_id)
    assert to_b
    plan = bundles.plan_export(a.case, Selection(entity_ids=[pid]), [to_b], identity=a.identity)
    assert [s["source_exhibit"] for s in plan.statements] == [""]
    plan = bundles.plan_export(a.case, Selection(entity_ids=[pid], exhibits=["HS-DEBRIEF-7"]), [to_b],
                               identity=a.identity)
    assert [s["source_exhibit"] for s in plan.statements] == ["HS-DEBRIEF-7"]


def test_export_a_saved_chart(pair: tuple[Bench, Bench]) -> None:
    from casebench.services.charts import SavedChart, save_chart

    a, b = pair
    p1 = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    p2 = add_entity(a.case, EntityDraft("Person", [("name", "Rui Lopes")]))
    add_entity(a.case, EntityDraft("Person", [("name", "Not On The Chart")]))
    save_chart(a.case, SavedChart("route", node_ids=[p1, p2, "phone:+351912345678"]))
    to_b = a.partners.by_key_id(b.identity.card.key_id)
    assert to_b
    plan = bundles.plan_export(a.case, Selection(chart="route"), [to_b], identity=a.identity)
    assert set(plan.entities) == {p1, p2}
