"""What the export may trust without hashing a pack member again (decision 51), and what
still stops it or the partner.

A pack member is not hashed again at export: every chunk it is read from authenticated
against the pack's key, and the pack's own tar header before the member must name the
member's blob id and size. So damage, another pack of the case in this one's place, or rows
pointing at the wrong place stop the export naming the file; content that decrypts and sits
where the rows say but is not what the case recorded travels with the RECORDED hash in the
signed SHA256SUMS and is refused by the partner's import; `verify` finds it at home."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from tests.exchange.conftest import Bench
from tests.exchange.test_roundtrip import do_import, export

from casebench.evidence.contentstore import blob_path
from casebench.exchange.errors import BundleError
from casebench.services import evidence
from casebench.services.bundles import Selection
from casebench.services.verify import verify_case
from casebench.store import age, audit
from casebench.store.exhibits import ExhibitDraft


def _intake(a: Bench, tmp_path: Path, ref: str, sizes: list[int]) -> dict[str, bytes]:
    src = tmp_path / ref
    files = {f"{ref}/doc-{i:02d}.bin": os.urandom(n) for i, n in enumerate(sizes)}
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    evidence.add_exhibit(a.case, ExhibitDraft(ref, type="device"))
    evidence.intake(a.case, ref, [src])
    return files


def _rows(a: Bench, ref: str) -> list[tuple[str, str, str, int, int]]:
    """(rel_path, blob id, pack id, offset, size) of the exhibit's files, in export order."""
    return [tuple(r) for r in a.case.conn.execute(  # type: ignore[misc]
        "SELECT cf.rel_path, b.id, b.pack_id, b.pack_offset, cf.size FROM content_files cf "
        "JOIN blobs b ON b.id = cf.blob_id JOIN exhibits e ON e.id = cf.exhibit_id "
        "WHERE e.reference = ? ORDER BY cf.seq", (ref,))]


def _refused_naming(a: Bench, b: Bench, tmp_path: Path, ref: str) -> BundleError:
    head = audit.records(a.case)[-1].hash
    with pytest.raises(BundleError) as err:
        export(a, b, tmp_path / "out.cbx", Selection(exhibits=[ref]))
    assert err.value.code == "export.content_changed"
    assert not list(tmp_path.glob("out.cbx*")) and not list(tmp_path.glob(".tmp-*"))
    assert audit.records(a.case)[-1].hash == head  # no disclosure, no custody event recorded
    return err.value


def test_another_pack_of_the_case_in_a_packs_place_stops_the_export(pair: tuple[Bench, Bench],
                                                                    tmp_path: Path) -> None:
    a, b = pair
    _intake(a, tmp_path, "PH-1", [3000 + i * 911 for i in range(8)])
    _intake(a, tmp_path, "PH-2", [3000 + i * 911 for i in range(8)])
    pack1, pack2 = _rows(a, "PH-1")[0][2], _rows(a, "PH-2")[0][2]
    assert pack1 and pack2 and pack1 != pack2
    # same key, same layout: every chunk authenticates, but it holds PH-2's files
    shutil.copyfile(blob_path(a.case.path, pack2), blob_path(a.case.path, pack1))
    err = _refused_naming(a, b, tmp_path, "PH-1")
    assert err.params["file"] == _rows(a, "PH-1")[0][0]
    assert "holds other content where the case's rows place this file" in str(err)


def test_a_row_pointing_at_another_member_stops_the_export(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    _intake(a, tmp_path, "PH-1", [5000 + i * 911 for i in range(8)])
    rows = _rows(a, "PH-1")
    victim, other = rows[4], rows[2]
    # a wrong offset (a bug in whatever wrote the rows) lands on a whole, authenticated member
    a.case.conn.execute("UPDATE blobs SET pack_offset = ? WHERE id = ?", (other[3], victim[1]))
    err = _refused_naming(a, b, tmp_path, "PH-1")
    assert err.params["file"] == victim[0]


def test_a_damaged_chunk_stops_the_export_naming_the_file_it_holds(pair: tuple[Bench, Bench],
                                                                   tmp_path: Path) -> None:
    a, b = pair
    _intake(a, tmp_path, "PH-1", [20_000, 400_000, 30_000, 25_000])
    rel, _blob, pack, offset, size = _rows(a, "PH-1")[1]
    chunk = (offset + size // 2) // age.CHUNK  # wholly inside doc-01's content
    assert offset < chunk * age.CHUNK and (chunk + 1) * age.CHUNK < offset + size
    path = blob_path(a.case.path, pack)
    with path.open("rb") as fh:
        age.read_header(fh, known=None)
        start = fh.tell() + 16  # after the header and the payload nonce: the sealed chunks
    data = bytearray(path.read_bytes())
    data[start + chunk * age.SEALED + 100] ^= 0x01
    path.write_bytes(bytes(data))
    err = _refused_naming(a, b, tmp_path, "PH-1")
    assert err.params["file"] == rel and "cannot be read" in str(err) and f"chunk {chunk + 1}" in str(err)


def test_content_not_matching_its_record_travels_with_the_recorded_hash_and_the_partner_refuses_it(
        pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    _intake(a, tmp_path, "PH-1", [3000 + i * 911 for i in range(6)])
    rows = _rows(a, "PH-1")
    # the case's record of one file says other content than its pack holds (the pack reads
    # whole and in place: only a hash would tell)
    a.case.conn.execute("UPDATE content_files SET sha256 = ? WHERE rel_path = ?", ("ab" * 32, rows[3][0]))
    res = export(a, b, tmp_path / "out.cbx", Selection(exhibits=["PH-1"]))
    before = b.case.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
    with pytest.raises(BundleError) as err:
        do_import(b, res.paths[0])
    assert err.value.code == "bundle.altered" and "files/000004" in str(err.value)
    assert b.case.conn.execute("SELECT count(*) FROM exhibits").fetchone()[0] == before
    assert b.case.conn.execute("SELECT count(*) FROM content_files").fetchone()[0] == 0
    # and the full check at home names it
    report = verify_case(a.case)
    assert not report.ok
    assert any(rows[3][0] in str(p) for p in report.problems)
