"""A signed bundle from a pinned partner with malformed exhibit records is refused with a
plain BundleError (not a stray ValueError/TypeError/database error), and the case is unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.conftest import ID_PASS, Bench, pair  # noqa: F401 - fixture
from tests.exchange.craft import Parts, encrypt, line, tar_bytes

from casebench.exchange.errors import BundleError
from casebench.services import bundles

CONTENT = b"evidence content\n"
SHA = hashlib.sha256(CONTENT).hexdigest()


def _exhibit(**kw: Any) -> dict[str, Any]:
    return {"record": "exhibit", "id": "ex-1", "reference": "PT-EX-1", "handling": {"tlp": "AMBER"}, **kw}


def _file(**kw: Any) -> dict[str, Any]:
    return {"record": "file", "exhibit": "ex-1", "member": "files/000001", "sha256": SHA, "size": len(CONTENT),
            "name": "a.txt", "rel_path": "a.txt", **kw}


CASES = {
    "size is text": [_exhibit(), _file(size="abc")],
    "size is a list": [_exhibit(), _file(size=[1])],
    "no path": [_exhibit(), {k: v for k, v in _file().items() if k != "rel_path"}],
    "path is an object": [_exhibit(), _file(rel_path={"a": 1})],
    "exhibit id has a slash": [_exhibit(id="../x"), _file(exhibit="../x")],
    "handling is text": [_exhibit(handling="RED"), _file()],
    "handling has a bad TLP": [_exhibit(handling={"tlp": "PURPLE"}), _file()],
    "seizure time is an object": [_exhibit(seized_at_utc={"x": 1}), _file()],
    "hash is a number": [_exhibit(), _file(md5=5)],
}


@pytest.mark.parametrize("name", list(CASES))
def test_malformed_exhibit_records_are_refused_plainly(pair: tuple[Bench, Bench], tmp_path: Path,  # noqa: F811
                                                       name: str) -> None:
    a, b = pair
    parts = Parts(a.identity)
    custody = b"".join(line(r) for r in CASES[name])
    texts = [*parts.texts(), ("custody.ndjson", custody), ("files/000001", CONTENT)]
    path = tmp_path / "x.cbx"
    path.write_bytes(encrypt(tar_bytes(parts.members(texts=texts)), [b.identity.age_recipient]))
    before = b.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    with pytest.raises(BundleError):
        bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners,
                              identity_passphrase=ID_PASS)
    assert b.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == before
    assert b.case.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0] == 0
    assert not list((b.case.path / "evidence").rglob("*.age"))
