"""Custody never loses a link: when a partner's chain and ours fork, both lines are kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import LEGAL, do_import

from casebench.evidence.custody import GENESIS, event_digest
from casebench.services import bundles, evidence
from casebench.services.bundles import Selection
from casebench.store import custody as custody_repo
from casebench.store import migrations
from casebench.store.case import Case
from casebench.store.exhibits import ExhibitDraft


def _exhibit(bench: Bench, tmp: Path, ref: str = "MA-EX-001") -> str:
    src = tmp / f"dump-{ref}"
    src.mkdir()
    (src / "chat.txt").write_bytes(b"meet at the port 03:00\n" * 10)
    evidence.add_exhibit(bench.case, ExhibitDraft(ref, type="device", description="skipper phone"))
    evidence.intake(bench.case, ref, [src])
    return ref


def _send(src: Bench, dst: Bench, out: Path, ref: str) -> Path:
    partner = src.partners.by_key_id(dst.identity.card.key_id)
    assert partner is not None
    plan = bundles.plan_export(src.case, Selection(exhibits=[ref]), [partner], identity=src.identity)
    return bundles.write_export(src.case, plan, src.identity, out, legal_basis=LEGAL, purpose="lab").paths[0]


def test_diverged_chains_are_both_kept_reported_and_verified(pair: tuple[Bench, Bench], tmp_path: Path,
                                                            qapp: object) -> None:
    a, b = pair
    ref = _exhibit(a, tmp_path)
    do_import(b, _send(a, b, tmp_path / "a1.cbx", ref))
    evidence.verify_evidence(b.case, ref)  # B examines: "examine" on B's chain
    back = _send(b, a, tmp_path / "b1.cbx", ref)
    evidence.verify_evidence(a.case, ref)  # meanwhile A examines too: the chains fork
    res = do_import(a, back)
    assert any("diverged" in w and "Both are kept" in w for w in res.warnings), res.warnings
    assert any("examine" in w for w in res.warnings)
    ex = evidence.get_exhibit(a.case, ref)
    ours = custody_repo.events(a.case, ex.id)
    assert [e.event for e in ours][-2:] == ["examine", "import"]
    (branch,) = custody_repo.branches(a.case, ex.id).values()
    assert [e.event for e in branch] == ["import", "examine", "export"]  # B's import, lab work, export
    assert branch[0].prev_hash == ours[1].hash  # forks after A's export
    assert evidence.custody_problems(a.case) == []
    # the window's custody view lists both lines: ours, then B's branch marked ⑂
    from casebench.ui.exhibit_models import CustodyModel

    model = CustodyModel()
    model.set_rows(bundles.custody_graph(a.case, ex.id))
    cells = [(model.data(model.index(r, 0)), model.data(model.index(r, 1))) for r in range(model.rowCount())]
    assert cells[-3:] == [("⑂ 3", "import"), ("⑂ 4", "examine"), ("⑂ 5", "export")]
    assert [c[1] for c in cells[:len(ours)]] == [e.event for e in ours]
    # the pack's custody annex prints both lines too: ours, then the partner's, marked
    from casebench.services.briefing import PackRequest, build_pack
    from casebench.services.briefing import Selection as PackSelection

    for lang, heading in (("en", "Line kept from a partner"), ("es", "Línea conservada de un socio")):
        pack = build_pack(a.case, PackRequest(selection=PackSelection(), language=lang))
        (row,) = [r for r in pack.exhibits if r.reference == ref]
        marked = [line for line in row.custody if line.startswith("↳")]
        assert len(row.custody) == len(ours) + 1 + 3 and len(marked) == 4
        assert heading in marked[0]
        assert row.custody[:len(ours)] == tuple(line for line in row.custody if not line.startswith("↳"))
    # a second bundle from B extending its line extends the same branch
    evidence.verify_evidence(b.case, ref)
    res2 = do_import(a, _send(b, a, tmp_path / "b2.cbx", ref))
    (branch2,) = custody_repo.branches(a.case, ex.id).values()
    assert [e.event for e in branch2] == ["import", "examine", "export", "examine", "export"]
    assert res2.warnings and evidence.custody_problems(a.case) == []
    # deleting a branch event (behind casebench's back) is caught by verify
    a.case.conn.execute("DROP TRIGGER custody_no_delete")
    a.case.conn.execute("DELETE FROM custody_events WHERE id = ?", (branch2[-1].id,))
    problems = evidence.custody_problems(a.case)
    assert problems and "branch" in problems[0], problems


def test_plain_continuation_has_no_branch(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(a, tmp_path)
    do_import(b, _send(a, b, tmp_path / "a1.cbx", ref))
    res = do_import(a, _send(b, a, tmp_path / "b1.cbx", ref))
    ex = evidence.get_exhibit(a.case, ref)
    assert not res.warnings and not custody_repo.branches(a.case, ex.id)
    assert [e.event for e in custody_repo.events(a.case, ex.id)][-3:] == ["import", "export", "import"]
    assert evidence.custody_problems(a.case) == []


def test_case_at_version_7_upgrades_keeping_custody(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    upto7 = [s for s in migrations.steps() if s[0] <= 7]
    monkeypatch.setattr(migrations, "steps", lambda: upto7)
    monkeypatch.setattr(migrations, "latest_version", lambda: 7)
    case = Case.create(tmp_path / "v7.casebench", "pass phrase for v7", user="old")
    evidence.add_exhibit(case, ExhibitDraft("OLD-1", type="document", description="paper"))
    xid = evidence.get_exhibit(case, "OLD-1").id
    ev = custody_repo.CustodyEvent("ev-1", xid, 1, "seal", "2024-01-02T10:00Z", "2024-01-02T10:00Z", "", "", "",
                                   "", "", "", "es", "", "", "", "", "", "", True, "sealed", {}, "2024-01-02",
                                   "old", GENESIS, "")
    ev = dataclasses.replace(ev, hash=event_digest(ev))
    # the version-7 table, written as version 7 wrote it (no branch column)
    case.conn.execute(f"INSERT INTO custody_events({', '.join(custody_repo.COLUMNS)}) VALUES "
                      f"({', '.join('?' * len(custody_repo.COLUMNS))})",
                      [*[getattr(ev, c) for c in custody_repo.COLUMNS[:19]], 1, "sealed", "{}",
                       ev.recorded_at, ev.recorded_by, ev.prev_hash, ev.hash])
    case.conn.execute("UPDATE exhibits SET custody_head = ? WHERE id = ?", (f"1:{ev.hash}", xid))
    case.conn.commit()
    before = [("ev-1", ev.hash)]
    case.close()
    monkeypatch.undo()
    with Case.open(tmp_path / "v7.casebench", "pass phrase for v7", user="new") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert [(e.id, e.hash) for e in evidence.custody_events(case, "OLD-1")] == before
        assert evidence.custody_problems(case) == []
        evidence.add_custody(case, "OLD-1", custody_repo.CustodyDraft("examine"))
        assert evidence.custody_problems(case) == []
        with pytest.raises(Exception, match="append-only"):
            case.conn.execute("DELETE FROM custody_events")
        cols = [r[1] for r in case.conn.execute("PRAGMA table_info(bundles_imported)")]
        assert "sequence" in cols
