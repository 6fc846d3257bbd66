"""Export A → B, B adds facts, B → A: origins kept, nothing duplicated, re-import is a no-op."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.conftest import Bench
from tests.search_index import index_problems

from casebench.services import bundles
from casebench.services.bundles import LegalBasis, Selection
from casebench.services.entities import EntityDraft, add_entity, add_values, get
from casebench.store import audit

LEGAL = LegalBasis("JIT", "JIT-ES-PT-2024-03")


def export(src: Bench, dst: Bench, out: Path, sel: Selection) -> bundles.ExportResult:
    ident = src.identity
    partner = src.partners.by_key_id(dst.identity.card.key_id)
    assert partner is not None
    plan = bundles.plan_export(src.case, sel, [partner], identity=ident)
    return bundles.write_export(src.case, plan, ident, out, legal_basis=LEGAL, purpose="joint analysis")


def do_import(dst: Bench, path: Path, **kw: object) -> bundles.ImportResult:
    return bundles.import_bundle(dst.case, path, identity=dst.identity, partners=dst.partners,
                                 identity_passphrase="identity passphrase for tests", **kw)  # type: ignore[arg-type]


def stmt_count(b: Bench) -> int:
    return int(b.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0])


def test_round_trip(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    boat = add_entity(a.case, EntityDraft("Vessel", [("name", "Mar Azul"), ("imoNumber", "IMO 9074729")]))
    skipper = add_entity(a.case, EntityDraft("Person", [("name", "Jalloh Mamadou"), ("phone", "+34 612 345 678")]))
    link = add_entity(a.case, EntityDraft("UnknownLink", [("subject", skipper), ("object", boat), ("role", "skipper")]))
    res = export(a, b, tmp_path / "a1.cbx", Selection(entity_ids=[link]))
    assert res.counts["entities"] == 3
    r1 = do_import(b, res.paths[0])
    assert r1.entities_new == 3 and r1.statements_new == 7
    assert get(b.case, boat).first("imoNumber") == "9074729"
    # B adds a fact and sends everything back
    add_values(b.case, boat, [("flag", "SL")])
    res2 = export(b, a, tmp_path / "b1.cbx", Selection(entity_ids=[link], neighbours=True))
    before = stmt_count(a)
    r2 = do_import(a, res2.paths[0])
    assert r2.statements_new == 1 and r2.entities_new == 0
    assert stmt_count(a) == before + 1
    flag = next(s for s in get(a.case, boat).statements if s.prop == "flag")
    assert flag.provenance.origin == b.identity.card.key_id
    assert flag.provenance.origin_bundle == r2.bundle_id
    # re-import is a no-op
    head = audit.records(a.case)[-1].hash
    r3 = do_import(a, res2.paths[0])
    assert r3.already_imported and stmt_count(a) == before + 1
    assert audit.records(a.case)[-1].hash == head
    assert index_problems(a.case) == index_problems(b.case) == []
