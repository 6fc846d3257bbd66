"""Bundles of packed evidence: members travel as plain files in the bundle's tar, so a case
without packs receives them, and sends them back, unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import do_import, export

from casebench.exchange import exhibits as ex_io
from casebench.services import evidence
from casebench.services.bundles import Selection
from casebench.services.verify import verify_case
from casebench.store.exhibits import ExhibitDraft


@pytest.mark.parametrize("receiver_packs", [False, True], ids=["receiver-without-packs", "receiver-packs"])
def test_packed_files_round_trip(pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 receiver_packs: bool) -> None:
    a, b = pair
    files = {f"phone/chat/{i:03d}.txt": os.urandom(i * 997) for i in range(40)}  # 0 B up to ~39 KB
    files["phone/media/clip.bin"] = os.urandom(3 * 65536 + 5)  # straddles chunks
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    evidence.add_exhibit(a.case, ExhibitDraft("PH-1", type="device"))
    evidence.intake(a.case, "PH-1", [tmp_path / "phone"])
    assert a.case.conn.execute("SELECT count(*) FROM blobs WHERE pack_id IS NULL").fetchone()[0] == 0
    res = export(a, b, tmp_path / "a.cbx", Selection(exhibits=["PH-1"]))
    if not receiver_packs:  # stored as casebench did before packs: one age file per received file
        monkeypatch.setattr(ex_io.ContentSink, "PACK_BELOW", -1)
    r = do_import(b, res.paths[0])
    monkeypatch.undo()
    assert r.files_new == len(files)
    got = b.case.conn.execute("SELECT count(*), coalesce(sum(members), 0) FROM packs").fetchone()
    assert got == ((1, len(files)) if receiver_packs else (0, 0))
    assert verify_case(b.case).ok
    out = tmp_path / "at-b"
    evidence.extract(b.case, "PH-1", out, "court")
    for rel, data in files.items():
        assert (out / rel).read_bytes() == data
    # and back: the same content, the same hashes
    res2 = export(b, a, tmp_path / "b.cbx", Selection(exhibits=["PH-1"]))
    before = sorted(p.name for p in (a.case.path / "evidence").rglob("*.age"))
    back = do_import(a, res2.paths[0])
    assert back.files_new == 0
    assert verify_case(a.case).ok
    # everything came back already held: the import's pack was removed whole, nothing pending
    assert sorted(p.name for p in (a.case.path / "evidence").rglob("*.age")) == before
    assert a.case.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'pending_blobs:%'").fetchone()[0] == 0
