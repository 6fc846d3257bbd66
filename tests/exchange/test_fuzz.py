"""Bounded fuzzing of the strict reader: mutated tar streams and manifests never crash it.

Every example must either import cleanly or be refused with a BundleError; any other
exception (or a hang) is a bug. The examples are encrypted so the whole pipeline runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.exchange.craft import Parts, encrypt, tar_bytes

from casebench.exchange import bundleformat as bf
from casebench.exchange import identity as ident_mod
from casebench.exchange import tarstream
from casebench.exchange.errors import BundleError
from casebench.exchange.minisig import PublicKey
from casebench.exchange.reader import read_bundle
from casebench.store.case import utc_now

pytestmark = pytest.mark.slow  # scale test: `make test-fast` skips it

SENDER = ident_mod.generate("Fuzz Sender", "Fuzz Agency", "es", utc_now())
RECEIVER = ident_mod.generate("Fuzz Receiver", "Fuzz Agency", "pt", utc_now())
BASE = tar_bytes(Parts(SENDER).members())


def _resolve(key_id: str, claimed: object) -> PublicKey:
    return SENDER.public_key


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, len(BASE) - 1), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, len(BASE)), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(BASE)), st.binary(min_size=1, max_size=600)),
    st.tuples(st.just("header"), st.integers(0, len(BASE) // 512 - 1), st.binary(min_size=512, max_size=512)),
)


def apply(data: bytes, muts: list[tuple[str, int, object]]) -> bytes:
    buf = bytearray(data)
    for kind, pos, arg in muts:
        pos = min(pos, len(buf))
        if kind == "flip" and pos < len(buf):
            buf[pos] ^= int(arg)  # type: ignore[call-overload]
        elif kind == "cut":
            del buf[pos:]
        elif kind == "insert":
            buf[pos:pos] = arg  # type: ignore[assignment]
        elif kind == "header":
            buf[pos * 512 : pos * 512 + 512] = arg  # type: ignore[assignment]
    return bytes(buf)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(mutation, min_size=1, max_size=4))
def test_reader_survives_mutated_tar(tmp_path_factory: object, muts: list[tuple[str, int, object]]) -> None:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "f.cbx"  # type: ignore[attr-defined]
    path.write_bytes(encrypt(apply(BASE, muts), [RECEIVER.age_recipient]))
    try:
        read_bundle(path, [RECEIVER.age_identity], _resolve)
    except BundleError as exc:
        assert "f.cbx" in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
                    max_leaves=30),
       st.binary(max_size=300))
def test_manifest_checks_never_crash(doc: object, raw: bytes) -> None:
    for candidate in (doc, {"format": bf.FORMAT, "version": 1, "bundle_id": "x", "created_at": "2024-01-01T00:00:00Z",
                            "producer": doc, "members": doc}):
        try:
            bf.check_manifest(candidate)
        except ValueError:
            pass
    for fn in (lambda: bf.loads(raw, "x", 16), lambda: bf.parse_sums(raw)):
        try:
            fn()
        except ValueError:
            pass
    reader = tarstream.ChunkReader(iter([raw]))
    try:
        while tarstream.next_member(reader) is not None:
            pass
    except tarstream.TarError:
        pass
