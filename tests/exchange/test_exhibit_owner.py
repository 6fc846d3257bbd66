"""Exhibits belong to their owner: a partner cannot add files to an exhibit it did not send."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.exchange import craft
from tests.exchange.conftest import Bench
from tests.exchange.craft import Parts
from tests.exchange.test_custody_graph import _exhibit, _send
from tests.exchange.test_hostile import run_import, sealed, state
from tests.exchange.test_roundtrip import do_import

from casebench.exchange.errors import BundleError
from casebench.services import evidence


def test_partner_cannot_add_files_to_our_exhibit(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(b, tmp_path, "LOCAL-EX-1")
    do_import(a, _send(b, a, tmp_path / "b1.cbx", ref))
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "planted.txt").write_bytes(b"not from B")
    evidence.intake(a.case, ref, [extra])  # A adds a file to B's exhibit and sends it back
    back = _send(a, b, tmp_path / "a1.cbx", ref)
    before = state(b.case), len(evidence.content_files(b.case, ref))
    with pytest.raises(BundleError, match="may add files only to exhibits it sent itself"):
        do_import(b, back)
    assert (state(b.case), len(evidence.content_files(b.case, ref))) == before


def test_our_exhibit_coming_back_unchanged_is_fine(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(b, tmp_path, "LOCAL-EX-1")
    do_import(a, _send(b, a, tmp_path / "b1.cbx", ref))
    res = do_import(b, _send(a, b, tmp_path / "a1.cbx", ref))
    assert res.files_new == 0 and len(evidence.content_files(b.case, ref)) == 1  # the same file, not a copy


def test_unrelated_exhibit_under_our_id_is_refused(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(b, tmp_path, "LOCAL-EX-1")
    xid = evidence.get_exhibit(b.case, ref).id
    data = b"planted"
    p = Parts(a.identity, custody=[craft.exhibit(xid, "FAKE-1"), craft.file_record(data, xid),
                                   craft.custody_event(xid)], files=[(xid, data)])
    path = tmp_path / "fake.cbx"
    path.write_bytes(sealed(a, b, p.members()))
    with pytest.raises(BundleError, match="share no event"):
        run_import(b, path)
    assert len(evidence.content_files(b.case, ref)) == 1


def test_sender_may_add_files_to_its_own_exhibit(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    first = craft.custody_event()
    d1, d2 = b"one", b"two"
    p1 = Parts(a.identity, custody=[craft.exhibit(), craft.file_record(d1), first], files=[("P-EX-1", d1)])
    second = craft.custody_event(seq=2, prev=first["hash"], event="image")
    p2 = Parts(a.identity, custody=[craft.exhibit(), craft.file_record(d2, rel_path="dump/b.txt"), first, second],
               files=[("P-EX-1", d2)])
    for name, parts in (("1.cbx", p1), ("2.cbx", p2)):
        (tmp_path / name).write_bytes(sealed(a, b, parts.members()))
        run_import(b, tmp_path / name)
    assert sorted(f.rel_path for f in evidence.content_files(b.case, "P-EX-1")) == ["dump/a.txt", "dump/b.txt"]
