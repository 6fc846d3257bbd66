"""RED to named recipients: pinned partners by key, re-pinning the demo's free-text name."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.exchange.conftest import ID_PASS, Bench, make_bench, pin

from casebench.cli.main import main
from casebench.domain.handling import TLP, Handling
from casebench.services import bundles
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.store import audit

DEMO_NAME = "Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)"


def _plan(a: Bench, to: Bench, eid: str) -> bundles.ExportPlan:
    partner = a.partners.by_key_id(to.identity.card.key_id)
    assert partner is not None
    return bundles.plan_export(a.case, Selection(entity_ids=[eid]), [partner], identity=a.identity)


def test_demo_red_reaches_laura_once_repinned_by_key(pair: tuple[Bench, Bench], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    laura = make_bench(tmp_path, "Laura Sánchez Prieto", "UCNM Grupo Atlántico", "es")
    pin(a, laura)
    red = Handling(tlp=TLP.RED, named_recipients=(DEMO_NAME,))
    eid = add_entity(a.case, EntityDraft("Person", [("name", "el hombre del puerto")], handling=red),
                     Source(handling=red))
    plan = _plan(a, laura, eid)
    assert not plan.entities  # the whole free-text string is not her card's name: withheld
    assert any("TLP:RED goes only to recipients named" in w.reason for w in plan.withheld)

    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEBENCH_IDENTITY_PASSPHRASE", ID_PASS)
    monkeypatch.setenv("CASEBENCH_HOME", str(a.home))
    path = a.case.path
    a.case.close()
    capsys.readouterr()
    assert main(["recipients", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"free text, not pinned: {DEMO_NAME}" in out and "--replace" in out
    # A name that is only part of a card's, or an unknown partner, changes nothing.
    assert main(["recipients", "pin", str(path), "Nobody Known", "--replace", DEMO_NAME]) == 1
    assert main(["recipients", "pin", str(path), "Laura Sánchez Prieto", "--replace", DEMO_NAME]) == 0
    assert "recipient of 2 RED item(s)" in capsys.readouterr().out  # the entity and its value
    assert main(["recipients", "list", str(path)]) == 0
    out = capsys.readouterr().out
    assert "pinned: Laura Sánchez Prieto (UCNM Grupo Atlántico, ES)" in out and "not pinned" not in out

    from casebench.services.cases import open_case

    a.case = open_case(path, PASSPHRASE, user="ana")
    plan = _plan(a, laura, eid)
    assert eid in plan.entities and len(plan.statements) == 1 and not plan.withheld
    # By key, not by text: Bruno, pinned under another key, still gets nothing.
    assert not _plan(a, b, eid).entities
    rec = [r for r in audit.records(a.case, category="alteration") if r.action == "RED recipient pinned"]
    assert rec and rec[-1].details["replaced_name"] == DEMO_NAME
    laura.case.close()


def test_pin_by_item_and_unpin(pair: tuple[Bench, Bench], monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    red = Handling(tlp=TLP.RED)
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Fuente Roja")], handling=red), Source(handling=red))
    assert not _plan(a, b, eid).entities  # RED naming no one goes to no one
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEBENCH_IDENTITY_PASSPHRASE", ID_PASS)
    monkeypatch.setenv("CASEBENCH_HOME", str(a.home))
    path = a.case.path
    a.case.close()
    assert main(["recipients", "pin", str(path), "Bruno Costa"]) == 2  # which items?
    assert main(["recipients", "pin", str(path), "Bruno Costa", "--item", "no-such-id"]) == 1
    assert main(["recipients", "pin", str(path), "Bruno Costa", "--item", eid]) == 0
    from casebench.services.cases import open_case

    a.case = open_case(path, PASSPHRASE, user="ana")
    assert eid in _plan(a, b, eid).entities
    a.case.close()
    assert main(["recipients", "unpin", str(path), "Bruno Costa"]) == 0
    a.case = open_case(path, PASSPHRASE, user="ana")
    assert not _plan(a, b, eid).entities
