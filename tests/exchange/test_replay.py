"""Replay by sequence, not clock: numbered bundles, future dates refused unless overridden."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench
from tests.exchange.craft import Parts
from tests.exchange.test_hostile import run_import, sealed
from tests.exchange.test_roundtrip import LEGAL

from casebench.exchange.errors import BundleError
from casebench.services import bundles
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft, add_entity
from casebench.store import audit


def _write(a: Bench, b: Bench, tmp: Path, name: str, **kw: object) -> Path:
    path = tmp / name
    path.write_bytes(sealed(a, b, Parts(a.identity, **kw).members()))  # type: ignore[arg-type]
    return path


def test_future_dated_bundle_refused_then_accepted_with_audited_override(pair: tuple[Bench, Bench],
                                                                        tmp_path: Path) -> None:
    a, b = pair
    future = _write(a, b, tmp_path, "future.cbx", created_at="2999-01-01T00:00:00Z")
    with pytest.raises(BundleError, match="dated 2999-01-01 00:00:00 UTC, more than 48 hours in the future"):
        run_import(b, future)
    res = bundles.import_bundle(b.case, future, identity=b.identity, partners=b.partners,
                               identity_passphrase=ID_PASS, accept_clock=True)
    assert res.entities_new == 2
    rec = [r for r in audit.records(b.case) if "future" in r.action]
    assert rec and rec[-1].details["bundle_created_at"] == "2999-01-01T00:00:00Z"
    # the wrong clock does not lock the sender out: its next (correctly dated) bundle imports
    assert not run_import(b, _write(a, b, tmp_path, "next.cbx")).already_imported


def test_replay_is_judged_by_sequence_number(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    two = _write(a, b, tmp_path, "2.cbx", manifest={"sequence": 2}, created_at="2024-05-02T10:00:00Z")
    one = _write(a, b, tmp_path, "1.cbx", manifest={"sequence": 1}, created_at="2024-05-03T10:00:00Z")
    again = _write(a, b, tmp_path, "2b.cbx", manifest={"sequence": 2})
    three = _write(a, b, tmp_path, "3.cbx", manifest={"sequence": 3}, created_at="2024-01-01T10:00:00Z")
    run_import(b, two)
    for path in (one, again):  # a later date does not make an older number new
        with pytest.raises(BundleError, match=r"bundle number \d from .* but number 2 \(made .*\) is already "
                                              r"imported.*replay refused"):
            run_import(b, path)
    assert run_import(b, three).statements_new == 0  # an earlier date is fine: the number is higher


def test_bad_sequence_refused(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    with pytest.raises(BundleError, match="sequence must be a whole number"):
        run_import(b, _write(a, b, tmp_path, "x.cbx", manifest={"sequence": "7"}))


def test_exports_are_numbered_across_cases(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    partner = a.partners.by_key_id(b.identity.card.key_id)
    assert partner is not None
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    with a.use():
        for i in range(2):
            plan = bundles.plan_export(a.case, Selection(entity_ids=[eid]), [partner], identity=a.identity)
            bundles.write_export(a.case, plan, a.identity, tmp_path / f"e{i}.cbx", legal_basis=LEGAL, purpose="p")
        assert bundles.sequence_path().read_text().strip() == "2"
    rows = a.case.conn.execute("SELECT sequence FROM bundles_exported ORDER BY sequence").fetchall()
    assert [r[0] for r in rows] == [1, 2]
    with b.use():
        for i in (1, 0):
            path = tmp_path / f"e{i}.cbx"
            if i == 1:
                bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners,
                                      identity_passphrase=ID_PASS)
            else:
                with pytest.raises(BundleError, match="replay refused"):
                    bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners,
                                          identity_passphrase=ID_PASS)
