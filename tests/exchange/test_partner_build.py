"""A partner without casebench builds bundles from docs/bundle-format.md alone.

packaging/partners/build_bundle.py uses only Python's standard library (it runs here
with `python -I -S`: no site-packages) and the real `tar`, `age` and `minisign`; what it
builds imports into casebench with its values and custody intact. The test vector in
tests/fixtures/bundle-vector/ gives the same member hashes the format document lists.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench
from tests.exchange.test_roundtrip import do_import

from casebench.evidence.custody import event_digest
from casebench.exchange import minisig
from casebench.exchange.errors import BundleError
from casebench.exchange.reader import read_bundle
from casebench.services import evidence
from casebench.services import partners as partners_svc
from casebench.services.entities import get
from casebench.store.custody import COLUMNS, CustodyEvent

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "partners" / "build_bundle.py"
VECTOR = ROOT / "tests" / "fixtures" / "bundle-vector"
DOC = ROOT / "docs" / "bundle-format.md"
MISSING = [t for t in ("tar", "age", "minisign") if shutil.which(t) is None]
needs_tools = pytest.mark.skipif(bool(MISSING), reason=f"the real {', '.join(MISSING)} command(s) are not installed "
                                 "(.ci/run installs the apt packages age and minisign)")

# The test vector's members (docs/bundle-format.md §9 lists the same values).
VECTOR_MEMBERS = {
    "SHA256SUMS": "04c02950c3efc6b9089c6defadaae14380ce6bb2fa6d5e8a5a8801b255131ff6",
    "manifest.json": "62d58abe6fdc3c0a6476902bc57533537e81cb088327969aeb10b960b7ac21ae",
    "entities.ndjson": "3f26816789cd7f2ac61b138f3dff41400143511b3234d734b128da01979a80ad",
    "statements.ndjson": "188687e4362aefe089664ecfc29e1c6a75673e2b2ee21211e61f13d3496288cf",
    "custody.ndjson": "b6205e72613447151db5eaad140fd440abffb08825b514d9f39b143978bb2cc5",
    "files/000001": "c38f6b48db7b97ed82cda19626ba19d62971673f5cc951871cfd60185000999e",
}
VECTOR_EVENTS = ["6c5260c8fe49f2fe239909342e1a555ad271aecff8e3c921cc80415b72a045eb",
                 "a73182518f0bb1cc3d55ac1f39f6166cb0373df8ee3cc825363556f67152c1f9",
                 "30a767c0a25aa2b7f39a02f5bf2b249f2770e0a27bf1060ff5d4035ef251cac7"]


def build(desc: Path, out: Path, keep: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-I", "-S", str(SCRIPT), str(desc), "--minisign-key", str(VECTOR / "sender.key"),
           "--minisign-pub", str(VECTOR / "sender.pub"), "-o", str(out)]
    if keep is not None:
        cmd += ["--keep-members", str(keep)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def sender_card() -> str:
    age_pub = next(ln.split(": ")[1] for ln in (VECTOR / "sender-age-key.txt").read_text().splitlines()
                   if "public key" in ln)
    pub = (VECTOR / "sender.pub").read_text().splitlines()[1]
    return ("casebench contact card v1\nname: Kofi Mensah\nagency: Ghana Police Service\ncountry: gh\n"
            f"age-recipient: {age_pub}\nminisign-public-key: {pub}\n")


def description_for(b: Bench, tmp: Path, **changes: object) -> Path:
    """The vector's description, addressed to workbench `b` instead of the vector's receiver."""
    desc = json.loads((VECTOR / "bundle.json").read_text(encoding="utf-8"))
    card = b.identity.card
    desc["recipients"] = [{"name": card.name, "agency": card.agency, "country": card.country,
                           "key_id": card.key_id, "age_recipient": card.age_recipient}]
    desc.update(changes)
    shutil.copyfile(VECTOR / "ledger.txt", tmp / "ledger.txt")
    path = tmp / f"bundle-{desc['bundle_id']}.json"
    path.write_text(json.dumps(desc, ensure_ascii=False), encoding="utf-8")
    return path


@needs_tools
def test_script_builds_a_bundle_casebench_imports(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    _, b = pair
    with b.use():
        partners_svc.add(ID_PASS, partners_svc.parse_card(sender_card()), fingerprint_confirmed=True)
    run = build(description_for(b, tmp_path), tmp_path / "gh.cbx", keep=tmp_path / "members")
    assert run.returncode == 0, run.stderr
    res = do_import(b, tmp_path / "gh.cbx")
    assert (res.entities_new, res.exhibits_new, res.files_new) == (1, 1, 1)
    assert not res.warnings
    # values arrive normalised, with their provenance
    ent = get(b.case, "gh-person-0001")
    assert ent.first("name") == "Kwame Asante" and ent.first("nationality") == "gh"
    phone = next(s for s in ent.statements if s.prop == "phone")
    assert (phone.value, phone.original) == ("+233241234567", "024 123 4567")
    assert phone.provenance.grade is not None and phone.provenance.grade.to_text() == "admiralty:B2"
    assert phone.provenance.origin == "4E646543C0C64CA5" and phone.handling.codes == ("H1",)
    born = next(s for s in ent.statements if s.prop == "birthDate")
    assert born.value == "1979-03-02" and born.provenance.grade.to_text() == "europol-4x4:B2H1"  # type: ignore[union-attr]
    assert "skipper" in ent.tags
    # custody continues the partner's chain hash for hash, then records the import
    sent = [json.loads(ln) for ln in (tmp_path / "members" / "custody.ndjson").read_text().splitlines()]
    sent_events = [r for r in sent if r["record"] == "event"]
    events = evidence.custody_events(b.case, "GH-EX-1")
    assert [e.event for e in events] == ["seize", "image", "export", "import"]
    assert [e.hash for e in events[:3]] == [r["hash"] for r in sent_events]
    assert events[-1].prev_hash == sent_events[-1]["hash"]
    assert not evidence.custody_problems(b.case)
    files = evidence.content_files(b.case, "GH-EX-1")
    assert [(f.rel_path, f.sha256) for f in files] == [("scan/ledger.txt", VECTOR_MEMBERS["files/000001"])]
    # the next bundle needs a higher sequence: the same number again is a replay
    again = description_for(b, tmp_path, bundle_id="gh-2024-0002")
    assert build(again, tmp_path / "gh2.cbx").returncode == 0
    with pytest.raises(BundleError, match="replay refused"):
        do_import(b, tmp_path / "gh2.cbx")
    later = description_for(b, tmp_path, bundle_id="gh-2024-0003", sequence=2)
    assert build(later, tmp_path / "gh3.cbx").returncode == 0
    assert do_import(b, tmp_path / "gh3.cbx").statements_new == 0  # nothing new, but accepted


@needs_tools
def test_script_refuses_what_casebench_would_refuse(tmp_path: Path) -> None:
    desc = json.loads((VECTOR / "bundle.json").read_text(encoding="utf-8"))
    desc["exhibits"][0]["custody"][0]["event"] = "teleport"
    shutil.copyfile(VECTOR / "ledger.txt", tmp_path / "ledger.txt")
    (tmp_path / "d.json").write_text(json.dumps(desc))
    run = build(tmp_path / "d.json", tmp_path / "x.cbx")
    assert run.returncode == 1 and "teleport" in run.stderr and not (tmp_path / "x.cbx").exists()


def _members_of(folder: Path) -> dict[str, str]:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in VECTOR_MEMBERS}


@needs_tools
def test_vector_rebuilds_to_the_documented_hashes(tmp_path: Path) -> None:
    """Same description and keys: the same members, byte for byte (only age differs per run)."""
    run = build(VECTOR / "bundle.json", tmp_path / "v.cbx", keep=tmp_path / "m")
    assert run.returncode == 0, run.stderr
    assert _members_of(tmp_path / "m") == VECTOR_MEMBERS
    events = [json.loads(ln) for ln in (tmp_path / "m" / "custody.ndjson").read_text().splitlines()]
    assert [e["hash"] for e in events if e["record"] == "event"] == VECTOR_EVENTS


def test_documented_vector_hashes() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name, digest in VECTOR_MEMBERS.items():
        assert re.search(rf"`{re.escape(name)}`\s*\|\s*`{digest}`", text), name
    for digest in VECTOR_EVENTS:
        assert digest in text
    # the canonical text written out for the first event hashes to its documented hash
    shown = re.search(r"hash is the SHA-256 of this text.*?```\n(.*?)\n```", text, re.S)
    assert shown is not None
    assert hashlib.sha256(shown.group(1).encode("utf-8")).hexdigest() == VECTOR_EVENTS[0]


def test_committed_vector_verifies_in_casebench() -> None:
    """The committed vector.cbx decrypts with the vector's receiver key and verifies; its custody
    hashes recompute with casebench's own digest and match the documented ones."""
    receiver = next(ln for ln in (VECTOR / "receiver-key.txt").read_text().splitlines()
                    if ln.startswith("AGE-SECRET-KEY-"))
    signer = minisig.PublicKey.parse((VECTOR / "sender.pub").read_text())
    bundle = read_bundle(VECTOR / "vector.cbx", [receiver], lambda key_id, claimed: signer)
    assert bundle.manifest.bundle_id == "gh-2024-0001" and bundle.manifest.sequence == 1
    assert bundle.files[0].sha256 == VECTOR_MEMBERS["files/000001"]
    events = [r for r in bundle.custody if r["record"] == "event"]
    assert [r["hash"] for r in events] == VECTOR_EVENTS
    for r in events:
        assert event_digest(CustodyEvent(**{c: r[c] for c in COLUMNS})) == r["hash"]


@needs_tools
def test_committed_vector_opens_with_the_real_tools(tmp_path: Path) -> None:
    out = tmp_path / "x"
    out.mkdir()
    subprocess.run(f"age -d -i '{VECTOR / 'receiver-key.txt'}' '{VECTOR / 'vector.cbx'}' | tar -x -C '{out}'",
                   shell=True, check=True, timeout=60)
    subprocess.run(["minisign", "-Vm", "SHA256SUMS", "-p", str(VECTOR / "sender.pub")], cwd=out, check=True,
                   capture_output=True, timeout=60)
    assert _members_of(out) == VECTOR_MEMBERS
