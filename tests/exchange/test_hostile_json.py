"""JSON caps stay cheap on hostile input.

The manifest is parsed (depth-checked) before the signature is verified, to name the
unknown sender; a manifest of '"\\' pairs made the depth check quadratic, so an
unsigned 1 MiB manifest from anyone who knows our public key hung the import for hours.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench, pair  # noqa: F401 - fixture
from tests.exchange.craft import Parts, encrypt, tar_bytes

from casebench.exchange import bundleformat as bf
from casebench.exchange import identity as ident_mod
from casebench.exchange.errors import BundleError
from casebench.services import bundles
from casebench.store.case import utc_now

QUADRATIC = b'"\\' * 100_000  # 200 KB; took ~3 minutes before the fix


def test_depth_check_is_linear_on_unterminated_escapes() -> None:
    t0 = time.monotonic()
    assert bf.json_depth(QUADRATIC) == 0
    with pytest.raises(ValueError, match="not valid JSON"):
        bf.loads(QUADRATIC, "manifest.json", 16)
    assert time.monotonic() - t0 < 5


@pytest.mark.parametrize(("text", "depth"), [
    (b'{"a": [1, {"b": "]]]}}}"}]}', 3),
    (b'["\\"[[[", [[]]]', 3),
    (b'["\\\\", [[]]]', 3),
    (b'[[[["unterminated [[[[', 4),
])
def test_depth_ignores_brackets_inside_strings(text: bytes, depth: int) -> None:
    assert bf.json_depth(text) == depth


def test_unsigned_hostile_manifest_is_refused_quickly(pair: tuple[Bench, Bench],  # noqa: F811
                                                       tmp_path: Path) -> None:
    _, b = pair
    stranger = ident_mod.generate("Carlos Mendes", "Unknown Agency", "br", utc_now())
    members = Parts(stranger).members(manifest_bytes=QUADRATIC)
    path = tmp_path / "evil.cbx"
    path.write_bytes(encrypt(tar_bytes(members), [b.identity.age_recipient]))
    t0 = time.monotonic()
    with pytest.raises(BundleError):
        bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners)
    assert time.monotonic() - t0 < 10
