"""No plaintext on disk across the bundle flows: a marker in entities, evidence content,
evidence file names and exhibit descriptions is found in no file after export and import
(case folders, bundle, key file, both CASEBENCH_HOMEs, the temp folder)."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest
from tests.exchange.conftest import ID_PASS, Bench, pair  # noqa: F401 - fixture

from casebench.services import bundles, evidence
from casebench.services.bundles import LegalBasis, PassphraseRecipient, Selection
from casebench.services.entities import EntityDraft, add_entity
from casebench.store.exhibits import ExhibitDraft

LEGAL = LegalBasis("JIT", "JIT-ES-PT-2024-03")


def _hits(roots: list[Path], needles: list[bytes], marker: str) -> list[str]:
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")] if root.is_dir() else [root]:
            if marker in path.name:
                found.append(f"{path} (name)")
            elif path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    found.append(str(path))
    return found


def test_bundle_export_import_leave_no_plaintext(pair: tuple[Bench, Bench], tmp_path: Path,  # noqa: F811
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    marker = "MARKER" + uuid.uuid4().hex
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    src = tmp_path / "src" / "dump"
    src.mkdir(parents=True)
    (src / "chat.txt").write_bytes(f"meet {marker} at the port\n".encode() * 500)
    (src / f"{marker}.bin").write_bytes(b"x" * 70_000 + marker.encode())

    eid = add_entity(a.case, EntityDraft("Person", [("name", f"{marker} Jalloh"),
                                                    ("notes", f"note {marker}")]))
    evidence.add_exhibit(a.case, ExhibitDraft("MA-EX-001", type="device", description=f"phone {marker}"),
                         links=[(eid, "owner")])
    evidence.intake(a.case, "MA-EX-001", [src])
    out = tmp_path / "out"
    out.mkdir()
    ident = a.identity
    partner = a.partners.by_key_id(b.identity.card.key_id)
    assert partner is not None
    plan = bundles.plan_export(a.case, Selection(entity_ids=[eid], exhibits=["MA-EX-001"]), [partner],
                               identity=ident)
    res = bundles.write_export(a.case, plan, ident, out / "a.cbx", legal_basis=LEGAL, purpose="test")
    # passphrase mode too: the bundle and its key file
    pplan = bundles.plan_export(a.case, Selection(entity_ids=[eid], exhibits=["MA-EX-001"]),
                                [PassphraseRecipient("Fiscal", "Fiscalía", "ec")], identity=ident)
    pres = bundles.write_export(a.case, pplan, ident, out / "p.cbx", legal_basis=LEGAL, purpose="test",
                                key_passphrase="one-off passphrase")
    assert pres.key_file is not None
    r = bundles.import_bundle(b.case, res.paths[0], identity=b.identity, partners=b.partners,
                              identity_passphrase=ID_PASS)
    assert r.entities_new == 1 and r.files_new == 2
    a.case.close()
    b.case.close()

    needles = [marker.encode(), marker.encode("utf-16-le"), marker[:16].encode()]
    roots = [a.case.path, b.case.path, out, a.home, b.home, private_tmp]
    assert _hits(roots, needles, marker) == []
    # the content really went through (it is in the encrypted stores)
    assert list((b.case.path / "evidence").rglob("*.age"))
