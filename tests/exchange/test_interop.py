"""Real tools both ways: age, minisign, tar and sha256sum read our bundles; a hand-made one imports."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench
from tests.exchange.test_roundtrip import LEGAL, do_import

from casebench.services import bundles, evidence
from casebench.services import partners as partners_svc
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft, add_entity, get
from casebench.store.exhibits import ExhibitDraft

TOOLS = ("age", "age-keygen", "minisign", "tar", "sha256sum")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="age, minisign, tar and sha256sum are needed")


def run(cmd: list[str] | str, cwd: Path, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, timeout=60, **kw)  # type: ignore[call-overload, no-any-return]


def _evidence(bench: Bench, tmp: Path) -> str:
    src = tmp / "phone-dump"
    src.mkdir()
    (src / "chat.txt").write_bytes(b"meet at the port 03:00\n" * 1000)
    (src / "photo.jpg").write_bytes(bytes(range(256)) * 300)
    evidence.add_exhibit(bench.case, ExhibitDraft("MA-EX-001", type="device", description="skipper phone",
                                                  seized_at="2024-03-11T14:05+01:00", seal_numbers=["ES-1"]))
    evidence.intake(bench.case, "MA-EX-001", [src])
    return "MA-EX-001"


def test_casebench_bundle_opens_with_standard_tools(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes"), ("phone", "+351 912 345 678")]))
    ref = _evidence(a, tmp_path)
    partner = a.partners.by_key_id(b.identity.card.key_id)
    assert partner
    plan = bundles.plan_export(a.case, Selection(entity_ids=[eid], exhibits=[ref]), [partner], identity=a.identity)
    res = bundles.write_export(a.case, plan, a.identity, tmp_path / "x.cbx", legal_basis=LEGAL, purpose="test")
    work = tmp_path / "std"
    work.mkdir()
    (work / "key.txt").write_text(b.identity.age_identity + "\n")
    (work / "sender.pub").write_text(a.identity.public_key.to_file())
    run(f"age -d -i key.txt {res.paths[0]} | tar -x", cwd=work, shell=True)
    run(["minisign", "-Vm", "SHA256SUMS", "-p", "sender.pub"], cwd=work)
    out = run(["sha256sum", "-c", "SHA256SUMS"], cwd=work).stdout.decode()
    assert "files/000002: OK" in out and "manifest.json: OK" in out
    manifest = json.loads((work / "manifest.json").read_text())
    assert manifest["legal_basis"] == {"kind": "JIT", "reference": "JIT-ES-PT-2024-03"}
    names = run(f"age -d -i key.txt {res.paths[0]} | tar -t", cwd=work, shell=True).stdout.decode().split()
    assert names[:7] == ["SHA256SUMS", "SHA256SUMS.minisig", "manifest.json", "entities.ndjson",
                         "statements.ndjson", "custody.ndjson", "provenance.jsonld"]
    # B imports it with casebench: evidence keeps its hashes, custody continues the sender's chain
    r = do_import(b, res.paths[0])
    assert r.exhibits_new == 1 and r.files_new == 2
    ex = evidence.get_exhibit(b.case, ref)
    events = [e.event for e in evidence.custody_events(b.case, ex.id)]
    assert events[-2:] == ["export", "import"]
    assert not evidence.custody_problems(b.case)
    got = {f.rel_path: f.sha256 for f in evidence.content_files(b.case, ref)}
    assert got["phone-dump/chat.txt"] == hashlib.sha256(b"meet at the port 03:00\n" * 1000).hexdigest()
    assert not evidence.verify_evidence(b.case).problems


def test_hand_made_bundle_from_partner_without_casebench(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    _, b = pair
    p = tmp_path / "partner"
    p.mkdir()
    run(["age-keygen", "-o", "key.txt"], cwd=p)
    recipient = next(ln.split(": ")[1] for ln in (p / "key.txt").read_text().splitlines() if "public key" in ln)
    run(["minisign", "-G", "-W", "-p", "mini.pub", "-s", "mini.key"], cwd=p)
    pub = (p / "mini.pub").read_text().splitlines()[1]
    key_id = (p / "mini.pub").read_text().splitlines()[0].split()[-1]  # minisign drops leading zeros
    card = ("casebench contact card v1\nname: Kofi Mensah\nagency: Ghana Police Service\ncountry: gh\n"
            f"age-recipient: {recipient}\nminisign-public-key: {pub}\n")
    with b.use():
        partners_svc.add(ID_PASS, partners_svc.parse_card(card), fingerprint_confirmed=True)
    # The partner writes the members by hand ...
    person = "gh-person-0001"
    (p / "entities.ndjson").write_text(json.dumps(
        {"id": person, "schema": "Person", "properties": {"name": ["Kwame Asante"], "nationality": ["gh"]}}) + "\n")
    (p / "statements.ndjson").write_text(json.dumps(
        {"id": "gh-st-1", "entity_id": person, "prop": "phone", "value": "+233 24 123 4567",
         "author": "Insp. Mensah", "grade": "admiralty:B2", "handling": {"tlp": "GREEN"}}) + "\n")
    (p / "files").mkdir()
    (p / "files" / "000001").write_bytes(b"scanned ledger page\n")
    sha = hashlib.sha256(b"scanned ledger page\n").hexdigest()
    (p / "custody.ndjson").write_text(
        json.dumps({"record": "exhibit", "id": "gh-ex-1", "reference": "GH-EX-1", "type": "document"}) + "\n"
        + json.dumps({"record": "file", "exhibit": "gh-ex-1", "member": "files/000001", "name": "ledger.txt",
                      "rel_path": "ledger.txt", "size": 20, "sha256": sha}) + "\n")
    members = ["entities.ndjson", "statements.ndjson", "custody.ndjson", "files/000001"]
    manifest = {"format": "casebench-bundle", "version": 1, "bundle_id": "gh-2024-0001",
                "created_at": "2024-05-02T09:00:00Z",
                "producer": {"name": "Kofi Mensah", "agency": "Ghana Police Service", "key_id": key_id},
                "members": [{"name": m, "size": (p / m).stat().st_size} for m in members]}
    (p / "manifest.json").write_text(json.dumps(manifest, indent=1))
    # ... and seals them with standard tools only.
    run(f"sha256sum manifest.json {' '.join(members)} > SHA256SUMS", cwd=p, shell=True)
    run(["minisign", "-S", "-W", "-s", "mini.key", "-m", "SHA256SUMS"], cwd=p)
    run(f"tar -cf - SHA256SUMS SHA256SUMS.minisig manifest.json {' '.join(members)}"
        f" | age -r {b.identity.age_recipient} -o hand.cbx", cwd=p, shell=True)
    res = do_import(b, p / "hand.cbx")
    assert res.entities_new == 1 and res.statements_new == 3 and res.files_new == 1
    ent = get(b.case, person)
    assert ent.first("phone") == "+233241234567"
    phone = next(s for s in ent.statements if s.prop == "phone")
    assert phone.provenance.origin == key_id.zfill(16) and phone.provenance.grade is not None
    files = evidence.content_files(b.case, "GH-EX-1")
    assert files[0].sha256 == sha
